// Rollup plugin: per-file locale chunks holding only the messages that file's code uses.

const LOCALE_TAGS = '\0iop-locale-tags';

/**
 * Gives each CDN file its own locale chunks (`locales/<file>.<locale>.js`), holding only the
 * messages that file's code uses, with no import of their own; then checks that the build
 * produced exactly the entry, those chunks, the file's message keys (`locales/<file>.keys.js`)
 * and the lazy chunks of its widgets' `import()`s (`lazy/<file>.<module>.js`, each named after
 * its module and importing the entry alone), and that the entry imports nothing before the first
 * render.
 * @param {object} options
 * @param {string} options.entry the entry file name (`iop-widgets.js`)
 * @param {string[]} options.targetLocales the locales of lit-localize.json
 * @param {(id: string) => boolean} options.isLocaleModule generated locale modules
 */
export function localeChunks({entry, targetLocales, isLocaleModule}) {
  const base = entry.replace(/\.js$/, '');
  return {
    name: 'iop-locale-chunks',
    resolveId(id, importer) {
      // The `str` and `html` tags a generated locale module imports: a copy for each locale, so
      // that no chunk of tags shared by the locales appears.
      if (importer && isLocaleModule(importer) && (id === '@lit/localize' || id === 'lit')) {
        return `${LOCALE_TAGS}:${importer}`;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(`${LOCALE_TAGS}:`)) return null;
      // The same objects as `str` from @lit/localize and `html` from lit produce.
      return [
        'export const str = (strings, ...values) => ({strTag: true, strings, values});',
        "export const html = (strings, ...values) => ({['_$litType$']: 1, strings, values});",
      ].join('\n');
    },
    renderChunk(code, chunk) {
      if (!chunk.facadeModuleId || !isLocaleModule(chunk.facadeModuleId)) return null;
      // The number of every message this file's modules use, as shortMessageIds() found them.
      const used = new Set();
      for (const id of this.getModuleIds()) {
        for (const {number} of this.getModuleInfo(id)?.meta.iopMessages ?? []) used.add(number);
      }
      let templates;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string' || templates) return;
        if (node.type === 'VariableDeclarator' && node.id.name === 'templates') {
          templates = node.init;
          return;
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else visit(value);
        }
      };
      visit(this.parse(code));
      if (templates?.type !== 'ObjectExpression') {
        this.error(`${chunk.fileName}: found no \`templates\` object to trim`);
      }
      // Written as an array indexed by those numbers: `[,,"Siguiente",…]`. A message the file
      // does not use is a hole, which reads as `undefined`, as a missing key would.
      const entries = [];
      const seen = new Set();
      for (const property of templates.properties) {
        const key = property.key.value;
        if (typeof key !== 'number' || property.computed || seen.has(key)) {
          this.error(`${chunk.fileName}: \`templates\` has an unexpected key`);
        }
        seen.add(key);
        if (used.has(key)) entries[key] = code.slice(property.value.start, property.value.end);
      }
      const object = `[${Array.from(entries, (entry) => entry ?? '').join(',')}]`;
      return {
        code: code.slice(0, templates.start) + object + code.slice(templates.end),
        map: null,
      };
    },
    generateBundle(_options, bundle) {
      const expected = [
        entry,
        `locales/${base}.keys.js`,
        ...targetLocales.map((locale) => `locales/${base}.${locale}.js`),
      ];
      const produced = Object.keys(bundle).filter((name) => bundle[name].type === 'chunk');
      const lazy = produced.filter((name) => name.startsWith(`lazy/${base}.`));
      const unexpected = produced.filter(
        (name) => !expected.includes(name) && !lazy.includes(name),
      );
      const missing = expected.filter((name) => !produced.includes(name));
      if (unexpected.length || missing.length) {
        this.error(
          `${entry}: expected ${expected.join(', ')} and lazy/${base}.*.js` +
            (unexpected.length ? `; unexpected ${unexpected.join(', ')}` : '') +
            (missing.length ? `; missing ${missing.join(', ')}` : ''),
        );
      }
      for (const name of lazy) {
        // A chunk of code shared by two lazy modules would be one more request: not wanted.
        const {isDynamicEntry, facadeModuleId} = bundle[name];
        const module = facadeModuleId?.replace(/^.*[\\/]/, '').replace(/\.[cm]?[jt]s$/, '');
        if (!isDynamicEntry || name !== `lazy/${base}.${module}.js`) {
          this.error(`${name} is not the chunk of one module a widget imports with import()`);
        }
      }
      for (const name of produced) {
        // An import of a module left external (as `npm run bench` leaves Lit) is no chunk.
        const chunks = bundle[name].imports.filter((imported) => imported in bundle);
        const allowed = lazy.includes(name) ? [entry] : [];
        const extra = chunks.filter((imported) => !allowed.includes(imported));
        if (extra.length) {
          this.error(
            `${name} must import ${allowed.length ? `only ${entry}` : 'nothing'} but imports ${extra}`,
          );
        }
      }
    },
  };
}
