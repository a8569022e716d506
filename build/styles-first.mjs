// Rollup plugin (no maintained one orders modules for compression): every style sheet a CDN file
// loads, side by side at its start.

/**
 * A style module (`*.styles.ts`) lands in a bundle where its widget first imports it, so in the
 * all-in-one file the last widget's sheet sat some 60 KB after the shared ones, beyond the 32 KB
 * gzip looks back, and each sheet was compressed as if the others did not exist. This makes each
 * entry import, before anything else, every style module its static imports reach, in the order
 * they are reached (the shared sheets first), so their text is bundled together. A style module
 * imports only `css` from Lit, so running it earlier changes nothing; lazy chunks (dynamic
 * `import()`) are not followed.
 * @param {{isStyles: (id: string) => boolean}} options
 */
export function stylesFirst({isStyles}) {
  return {
    name: 'iop-styles-first',
    async transform(code, id) {
      if (!this.getModuleInfo(id)?.isEntry) return null;
      const seen = new Set([id]);
      const sheets = [];
      const visit = async (dependency) => {
        if (seen.has(dependency)) return;
        seen.add(dependency);
        if (isStyles(dependency)) {
          sheets.push(dependency);
          return;
        }
        const info = await this.load({id: dependency, resolveDependencies: true});
        for (const next of info.importedIdResolutions) if (!next.external) await visit(next.id);
      };
      for (const node of this.parse(code).body) {
        if (!node.source || node.type === 'ImportExpression') continue;
        const resolved = await this.resolve(node.source.value, id);
        if (resolved && !resolved.external) await visit(resolved.id);
      }
      if (!sheets.length) return null;
      const imports = sheets.map((sheet) => `import ${JSON.stringify(sheet)};\n`).join('');
      return {code: imports + code, map: null};
    },
  };
}
