// Rollup plugin: a CDN file in one language: each msg() carries that language's words.
//
// @lit/localize's own "transform" mode writes one build per language too, but drops runtime
// switching; the widgets keep it (a page may change `<html lang>`), so this plugin does what
// transform mode does to the text and leaves the runtime as it is. For `locale` (say `es`):
//
// - every `msg('Next', {id})` / `msg(str\`Step ${n}\`, {id})` of the source modules gets the
//   XLIFF target of its id (`msg('Siguiente', {id})`, `msg(str\`Paso ${n}\`, {id})`): the
//   placeholders `<x id="k"/>` become the source call's k-th expression;
// - src/localization/loaders.ts is replaced: `builtLocale` is `locale`, and the loaders import
//   every other locale, English included, from a locale module built from the XLIFF sources,
//   shaped like the ones `lit-localize build` writes, so the other plugins treat it alike.
//
// The build fails on an id without a target (check-translations.mjs keeps them complete) and on a
// target whose placeholders the source call does not have.
import {join} from 'node:path';
import {decodeXML} from 'entities';
import {readUnits} from './xliff.mjs';

const PLACEHOLDER = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;

/** Text for the inside of a JavaScript template literal. */
const literalText = (text) =>
  text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * A raw XLIFF message as a template literal, its XML character references decoded (`&amp;`,
 * `&#x2068;`), each placeholder written by `placeholder(index)`.
 */
export function template(raw, placeholder) {
  let body = '';
  let last = 0;
  for (const match of raw.matchAll(PLACEHOLDER)) {
    body += literalText(decodeXML(raw.slice(last, match.index)));
    body += '${' + placeholder(Number(match[1])) + '}';
    last = match.index + match[0].length;
  }
  body += literalText(decodeXML(raw.slice(last)));
  return '`' + body + '`';
}

export const hasPlaceholders = (raw) => new RegExp(PLACEHOLDER.source).test(raw);

/**
 * @param {object} options
 * @param {string} options.locale the language of the file; `en` (the source) changes nothing;
 *   `none` leaves every text out, keeping only its placeholders' expressions (how `npm run bench`
 *   measures code + CSS without the words)
 * @param {string[]} options.locales every supported locale, English first
 * @param {string} options.xliffDir the XLIFF files
 * @param {string} options.generatedLocales the folder of the generated locale modules
 * @param {string} options.loadersModule the absolute path of src/localization/loaders.ts
 * @param {(id: string) => boolean} options.isSource modules whose `msg()` texts are replaced
 */
export function localeTexts({
  locale,
  locales,
  xliffDir,
  generatedLocales,
  loadersModule,
  isSource,
}) {
  if (locale === locales[0]) return {name: 'iop-locale-texts'};
  const english = join(generatedLocales, `${locales[0]}.ts`);
  let units;
  return {
    name: 'iop-locale-texts',
    buildStart() {
      const file = join(xliffDir, `${locale === 'none' ? locales[1] : locale}.xlf`);
      this.addWatchFile(file);
      units = new Map(readUnits(file).map((unit) => [unit.id, unit]));
      if (locale === 'none') {
        for (const unit of units.values()) {
          unit.target = [...unit.source.matchAll(PLACEHOLDER)].map(([x]) => x).join('');
        }
      }
    },
    resolveId: (id) => (id === english ? id : null),
    load(id) {
      if (id === loadersModule && locale !== 'none') {
        const others = locales.filter((other) => other !== locale);
        const loader = (other) =>
          `${JSON.stringify(other)}: () => import(${JSON.stringify(join(generatedLocales, `${other}.ts`))})`;
        return [
          `export const builtLocale = ${JSON.stringify(locale)};`,
          `export const loaders = {${others.map(loader).join(', ')}};`,
        ].join('\n');
      }
      if (id === english) {
        // The same shape as a module `lit-localize build` writes: `templates`, keyed by id.
        const entries = [...units.values()].map(({id: key, source}) => {
          const text = template(source, (index) => index);
          return `${JSON.stringify(key)}: ${hasPlaceholders(source) ? `str${text}` : text}`;
        });
        return `import {str} from '@lit/localize';\nexport const templates = {${entries.join(',\n')}};`;
      }
      return null;
    },
    transform(code, module) {
      if (!isSource(module) || !code.includes('@lit/localize')) return null;
      const ast = this.parse(code);
      const names = new Set();
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || node.source.value !== '@lit/localize') continue;
        for (const specifier of node.specifiers) {
          if (specifier.imported?.name === 'msg') names.add(specifier.local.name);
        }
      }
      if (!names.size) return null;
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'CallExpression' || !names.has(node.callee.name)) return;
        const [text, options] = node.arguments;
        const property = options?.properties?.find((p) => (p.key?.name ?? p.key?.value) === 'id');
        const id = property?.value.value;
        const where = `${module}:${code.slice(0, node.start).split('\n').length}`;
        // shortMessageIds() fails the build on a call without a literal id; leave it that.
        if (typeof id !== 'string') return;
        const target = units.get(id)?.target;
        if (target === undefined) this.error(`${where}: "${id}" has no ${locale} target`);
        const expressions = text.type === 'TaggedTemplateExpression' ? text.quasi.expressions : [];
        const replacement = template(target, (index) => {
          if (!expressions[index])
            this.error(`${where}: "${id}" (${locale}) has no value ${index}`);
          return code.slice(expressions[index].start, expressions[index].end);
        });
        const tagged = text.type === 'TaggedTemplateExpression' && hasPlaceholders(target);
        const tag = tagged ? code.slice(text.tag.start, text.tag.end) : '';
        edits.push({start: text.start, end: text.end, text: tag + replacement});
      });
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      if (edits.some((edit, i) => i && edit.end > edits[i - 1].start)) {
        this.error(`${module}: a msg() inside another msg()'s text`);
      }
      let result = code;
      for (const edit of edits) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return {code: result, map: null};
    },
  };
}

/** Calls `enter(node)` on every node of an ESTree tree. */
function walk(node, enter) {
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, enter));
    else if (value && typeof value.type === 'string') walk(value, enter);
  }
}
