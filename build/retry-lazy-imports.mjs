// Rollup plugin (no maintained one asks again under a new address): a chunk that failed to load
// can load again, in Firefox too.

/** The function every `import()` of a chunk becomes: one per file that imports a chunk. */
const IMPORT = '__iopImport';

/**
 * Firefox keeps a failed `import()` failed for the life of the page (one module map entry per
 * address), where Chromium fetches it again. So a visitor whose connection dropped could not see
 * the quiz's result, export their plan or switch language in Firefox until they reloaded, losing
 * what they had entered. Each `import()` of a chunk (lazy, locale or message keys) calls one
 * function of its file instead, which loads the chunk once and keeps it (a switch back to a
 * language fetches nothing), and after a failure asks for the same file as `<file>?retry=<n>`: a
 * new entry in the module map. The chunk's own import of the CDN file resolves to its plain
 * address, so it joins the page's one copy of the widgets. The function keeps each chunk's load,
 * or its count of failures, on itself; it is a declaration appended to the file, so the file can
 * call it while it is still evaluating (a locale chunk loads during start-up).
 */
export function retryLazyImports() {
  return {
    name: 'iop-retry-lazy-imports',
    renderDynamicImport: ({targetModuleId}) =>
      targetModuleId ? {left: `${IMPORT}(`, right: ')'} : null,
    renderChunk(code) {
      if (!code.includes(`${IMPORT}(`)) return null;
      // The address is inside a template literal, so that however the minifier rewrites it (it
      // turns an inlined function into a comma sequence), import() still gets one argument.
      const load = [
        `function ${IMPORT}(file) {`,
        `  const last = ${IMPORT}[file];`,
        '  // A load under way or done; else the failures so far (`-~undefined` is 1).',
        '  return last?.then',
        '    ? last',
        `    : (${IMPORT}[file] = import(\`\${last ? \`\${file}?retry=\${last}\` : file}\`).catch(`,
        '        (error) => {',
        `          ${IMPORT}[file] = -~last;`,
        '          throw error;',
        '        },',
        '      ));',
        '}',
      ];
      // At the end, so that the code before it keeps its place (and its source map).
      return {code: `${code}\n${load.join('\n')}\n`, map: null};
    },
    generateBundle(_options, bundle) {
      // The minifier ran in renderChunk(): every file must still be a module a browser can parse.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        try {
          this.parse(file.code);
        } catch (error) {
          this.error(`${file.fileName} is not valid JavaScript after minifying: ${error.message}`);
        }
      }
    },
  };
}
