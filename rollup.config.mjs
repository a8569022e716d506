// The CDN build (`npm run build`, `npm run check`, `npm start`). The npm build is `tsc` alone.
//
// cdn/iop-widgets.js                 every widget (entry: src/cdn.ts)
// cdn/iop-<widget>.js                one per folder with a define.ts under src/widgets/ (but
//                                    clinic): <iop-clinic> and that widget
// cdn/locales/<file>.<locale>.js     the translations one of those files uses, loaded only when
//                                    the page asks for that language
//
// Each file is a self-contained, minified ES module with Lit's production build and its own
// copy of @lit/localize. The per-widget entries are virtual modules generated below, so a widget
// that lands later gets its file with no further change. Each of them imports `<iop-clinic>` and
// the widget's define module, then calls `startCdnBundle()` (src/cdn-bundle.ts), as src/cdn.ts
// does for the all-in-one file: every file configures its own localization, follows
// `<html lang>` and joins `window.IopWidgets`, so one `setLocale()` switches them all.
//
// Message ids are numbered in this build (scripts/rollup-short-ids.mjs): `msg(…, {id: 312})` in
// the code, and each locale chunk is an array of translations indexed by those numbers. A file's
// locale chunk keeps only the messages that file's code uses, so a page with one widget
// downloads only that widget's translations. It takes its `str` (and `html`) tags from a tiny
// copy of those tags rather than from the bundle that loads it, so it imports nothing. The build
// fails if any other chunk appears.
//
// Run `lit-localize build` first: the locale modules under src/generated/ are generated, not in
// git (`npm run build`, `npm run check` and `npm start` do it).
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {shortMessageIds} from './scripts/rollup-short-ids.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const {targetLocales} = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const generatedLocales = join(root, 'src/generated/locales');
const source = (path) => join(root, 'src', path).replaceAll('\\', '/');

if (!existsSync(join(root, 'src/generated/locale-codes.ts'))) {
  throw new Error('src/generated/ is missing; run `npx lit-localize build` first');
}

/** Widget folders with a define module, except `clinic` (every file includes it). */
const widgets = readdirSync(join(root, 'src/widgets'), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && entry.name !== 'clinic')
  .map((entry) => entry.name)
  .filter((name) => existsSync(join(root, 'src/widgets', name, 'define.ts')))
  .sort();

const banner =
  `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit and @lit/localize ` +
  `(BSD-3-Clause, Copyright Google LLC) */`;

const ENTRY_PREFIX = '\0iop-cdn-entry:';
const LOCALE_TAGS = '\0iop-locale-tags';

/** The per-widget entries, as virtual modules. */
function widgetEntries() {
  return {
    name: 'iop-widget-entries',
    resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(ENTRY_PREFIX)) return null;
      const widget = id.slice(ENTRY_PREFIX.length);
      return [
        `import ${JSON.stringify(source('widgets/clinic/define.ts'))};`,
        `import ${JSON.stringify(source(`widgets/${widget}/define.ts`))};`,
        `import {startCdnBundle} from ${JSON.stringify(source('cdn-bundle.ts'))};`,
        'startCdnBundle();',
      ].join('\n');
    },
  };
}

/**
 * Minifies the static text of Lit's `css` and `html` templates, which terser leaves alone: CSS
 * loses comments, the spaces around punctuation, the zero before a decimal point (`.5rem`), the
 * space before `!important` and the spaces around `*` and `/` in `calc()`; HTML loses line breaks
 * and indentation (each run becomes one space, which renders the same). Strings in CSS, the content
 * of `<pre>` and `<textarea>` elements, and templates passed to `msg()` are left exactly as written.
 */
function minifyTemplates() {
  const cssText = (text) =>
    text
      .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
      .map((part, index) =>
        index % 2
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,>]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}')
              .replace(/([\s:,(])(-?)0\.(?=\d)/g, '$1$2.')
              .replace(/ !important/g, '!important')
              .replace(/calc\([^;{}]*\)/g, (calc) => calc.replace(/ ([*/]) /g, '$1')),
      )
      .join('');
  /** The static parts of a `css` template, minified. */
  const css = (raws) =>
    raws.map((raw, index) => {
      let text = cssText(raw);
      if (index === 0) text = text.trimStart();
      if (index === raws.length - 1) text = text.trimEnd();
      return text;
    });
  /**
   * The static parts of an `html` template, minified. Reads them in order, as one document: inside
   * a `<pre>` or `<textarea>` (after the `>` of its start tag, outside quoted attribute values,
   * until its end tag), the text is kept.
   */
  const html = (raws) => {
    const collapse = (text) => text.replace(/\s*\n\s*/g, ' ');
    let state = 'text';
    let element = '';
    let quote = '';
    return raws.map((raw) => {
      let out = '';
      let rest = raw;
      while (rest) {
        if (state === 'text') {
          const start = /<(pre|textarea)(?=[\s/>]|$)/i.exec(rest);
          const end = start ? start.index + start[0].length : rest.length;
          out += collapse(rest.slice(0, end));
          rest = rest.slice(end);
          if (start) [state, element] = ['start tag', start[1]];
        } else if (state === 'start tag') {
          let index = 0;
          for (; index < rest.length; index++) {
            const char = rest[index];
            if (quote) quote = char === quote ? '' : quote;
            else if (char === '"' || char === "'") quote = char;
            else if (char === '>') break;
          }
          const end = Math.min(index + 1, rest.length);
          out += collapse(rest.slice(0, end));
          if (index < rest.length) state = 'content';
          rest = rest.slice(end);
        } else {
          const close = new RegExp(`</${element}`, 'i').exec(rest);
          const end = close ? close.index : rest.length;
          out += rest.slice(0, end);
          rest = rest.slice(end);
          if (close) state = 'text';
        }
      }
      return out;
    });
  };
  const minifiers = {css, html};

  return {
    name: 'iop-minify-templates',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      const visit = (node, parent) => {
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name in minifiers &&
          !(parent?.type === 'CallExpression' && parent.callee.name === 'msg')
        ) {
          const {quasis} = node.quasi;
          const texts = minifiers[node.tag.name](quasis.map((quasi) => quasi.value.raw));
          quasis.forEach((quasi, index) => {
            if (code.slice(quasi.start, quasi.end) === quasi.value.raw) {
              edits.push({start: quasi.start, end: quasi.end, text: texts[index]});
            }
          });
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach((child) => visit(child, node));
          else if (value && typeof value.type === 'string') visit(value, node);
        }
      };
      visit(this.parse(code), undefined);
      if (!edits.length) return null;
      let result = code;
      for (const {start, end, text} of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return {code: result, map: null};
    },
  };
}

const HELPERS_PREFIX = '\0iop-esbuild-helpers:';

/**
 * esbuild writes its helpers (`__decorateClass` for the `@property()` decorators) at the top of
 * each module that needs them, so a file held one copy per decorated class. This moves them to a
 * shared module, one for each distinct text, which every such module imports.
 */
function sharedHelpers() {
  const helpers = new Map();
  return {
    name: 'iop-shared-helpers',
    resolveId: (id) => (id.startsWith(HELPERS_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(HELPERS_PREFIX)) return null;
      const {text, names} = helpers.get(id);
      return `${text}\nexport {${names.join(', ')}};`;
    },
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('var __')) return null;
      const declarations = [];
      for (const node of this.parse(code).body) {
        if (node.type === 'ExpressionStatement' && node.directive) continue;
        const names =
          node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name) : [];
        if (!names.length || !names.every((name) => /^__\w+$/.test(name ?? ''))) break;
        declarations.push({node, names});
      }
      if (!declarations.length) return null;
      const {start} = declarations[0].node;
      const {end} = declarations.at(-1).node;
      const text = code.slice(start, end);
      const names = declarations.flatMap((declaration) => declaration.names);
      const module = HELPERS_PREFIX + createHash('sha256').update(text).digest('hex').slice(0, 16);
      helpers.set(module, {text, names});
      const statement = `import {${names.join(', ')}} from ${JSON.stringify(module)};`;
      return {code: code.slice(0, start) + statement + code.slice(end), map: null};
    },
  };
}

/**
 * Fails the build if a development build (Lit's `development/` files, with their dev-mode checks
 * and warnings) is bundled: node-resolve picks the production files unless it is asked for the
 * `development` export condition, and this keeps it so.
 */
function productionBuilds() {
  return {
    name: 'iop-production-builds',
    generateBundle() {
      const development = [...this.getModuleIds()].filter((id) =>
        /[\\/]node_modules[\\/].*[\\/]development[\\/]/.test(id),
      );
      if (development.length) this.error(`development builds bundled: ${development.join(', ')}`);
    },
  };
}

/** Adds the license banner after minification, to the entry files only. */
function licenseBanner() {
  return {
    name: 'iop-license-banner',
    // The compile hint asks V8 to compile the whole entry while the script loads, rather than
    // function by function during the widgets' first render.
    renderChunk: (code, chunk) =>
      chunk.isEntry ? `${banner}\n//# allFunctionsCalledOnLoad\n${code}` : null,
  };
}

const isLocaleModule = (path) => path.startsWith(generatedLocales);

/**
 * Gives each CDN file its own locale chunks (`locales/<file>.<locale>.js`), holding only the
 * messages that file's code uses, with no import of their own; then checks that the build
 * produced exactly the entry and those chunks.
 */
function localeChunks({entry}) {
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
        for (const key of this.getModuleInfo(id)?.meta.iopMessages ?? []) used.add(key);
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
      const expected = [entry, ...targetLocales.map((locale) => `locales/${base}.${locale}.js`)];
      const produced = Object.keys(bundle).filter((name) => bundle[name].type === 'chunk');
      const unexpected = produced.filter((name) => !expected.includes(name));
      const missing = expected.filter((name) => !produced.includes(name));
      if (unexpected.length || missing.length) {
        this.error(
          `${entry}: expected ${expected.join(', ')}` +
            (unexpected.length ? `; unexpected ${unexpected.join(', ')}` : '') +
            (missing.length ? `; missing ${missing.join(', ')}` : ''),
        );
      }
      for (const name of produced) {
        if (bundle[name].imports.length) {
          this.error(`${name} must be self-contained but imports ${bundle[name].imports}`);
        }
      }
    },
  };
}

/**
 * Empties cdn/ first, so files of a removed widget or locale never linger (not in watch mode,
 * where a change rebuilds only some of the files).
 */
function cleanOutput() {
  return {
    name: 'iop-clean-cdn',
    buildStart() {
      if (!this.meta.watchMode) rmSync(join(root, 'cdn'), {recursive: true, force: true});
    },
  };
}

/** One self-contained CDN file. */
function cdnBuild({input, file, first}) {
  return {
    input: {[file.replace(/\.js$/, '')]: input},
    plugins: [
      ...(first ? [cleanOutput()] : []),
      widgetEntries(),
      localeChunks({entry: file}),
      esbuild({tsconfig: resolve(root, 'tsconfig.json'), target: 'es2022'}),
      sharedHelpers(),
      shortMessageIds({
        xliffDir: join(root, 'xliff'),
        isSource: (id) => id.startsWith(join(root, 'src/')) && id.endsWith('.ts'),
        isLocaleModule,
      }),
      minifyTemplates(),
      nodeResolve({browser: true}),
      productionBuilds(),
      terser({module: true, ecma: 2022, compress: {passes: 2}, format: {comments: false}}),
      licenseBanner(),
    ],
    output: {
      dir: join(root, 'cdn'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: `locales/${file.replace(/\.js$/, '')}.[name].js`,
      sourcemap: false,
    },
  };
}

export default [
  cdnBuild({input: source('cdn.ts'), file: 'iop-widgets.js', first: true}),
  ...widgets.map((widget) => cdnBuild({input: ENTRY_PREFIX + widget, file: `iop-${widget}.js`})),
];
