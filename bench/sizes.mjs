// The size budgets of DESIGN.md, measured on the built cdn/ (gzip -9; brotli -q 11 beside it).
//
// Delivered bytes are the files as built. Code + CSS is exact, by a build that leaves the words
// and Lit out: the same Rollup configuration (rollup.config.mjs's `cdnFile`) with every msg() text
// reduced to its placeholders' expressions (`locale: 'none'`) and Lit and @lit/localize external
// (their import statements left out: the delivered file has none).
// A CDN file's figures count what loads before the first render: the file itself. Its lazy chunks
// (cdn/lazy/, fetched when the page is idle after it) are reported on their own lines, with no
// budget.
// "Lit + localize as bundled" is a build of just the bindings that build imports from them, with
// the same plugins. A locale chunk is compared with the same chunk written with the English
// texts of the same messages (from the XLIFF sources).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {parseAst} from 'rollup/parseAst';
import {readUnits} from '../build/xliff.mjs';
import {hasPlaceholders, template} from '../build/locale-texts.mjs';
import {messageIds} from '../build/short-message-ids.mjs';

const KB = 1024;
export const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
export const brotli = (bytes) =>
  brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Builds `config` in memory; returns its entry chunk, and its lazy chunks as `lazy`. */
async function build(config) {
  const bundle = await rollup({...config, onwarn: () => {}});
  const {output} = await bundle.generate(config.output);
  await bundle.close();
  const entry = output.find((chunk) => chunk.isEntry);
  const lazy = output.filter(
    (chunk) => chunk.type === 'chunk' && chunk.fileName.startsWith('lazy/'),
  );
  return Object.assign(entry, {lazy});
}

/**
 * Code + CSS of one CDN file and of each of its lazy chunks (`lazy`, by file name), and the
 * Lit + @lit/localize bindings the file uses, bundled alone.
 */
async function codeAndLit(root, cdnFile, file, input) {
  const external = (id) => /^(lit|@lit\/localize)(\/|$)/.test(id);
  const config = cdnFile({input, file, locale: 'none'});
  const code = await build({...config, external});
  const lines = Object.entries(code.importedBindings).map(
    ([from, names]) => `export {${names.join(', ')}} from ${JSON.stringify(from)};`,
  );
  const litEntry = '\0iop-bench-lit';
  const lit = await build({
    ...config,
    input: litEntry,
    plugins: [
      {
        name: 'iop-bench-lit',
        resolveId: (id) => (id === litEntry ? id : null),
        load: (id) => (id === litEntry ? lines.join('\n') : null),
      },
      ...config.plugins.filter((plugin) => plugin && plugin.name !== 'iop-locale-chunks'),
    ],
    output: {...config.output, banner: ''},
  });
  // The banner (licence and compile hint) is counted with the code; the statements that import
  // Lit's bindings are not: the file as delivered has none (Lit is in it), and the Lit figure
  // counts the list of those bindings already.
  const lazy = code.lazy.map((chunk) => [chunk.fileName, withoutImportsOf(chunk.code, external)]);
  return {code: withoutImportsOf(code.code, external), lit: Buffer.from(lit.code), lazy};
}

/** `code` without its import declarations of the modules `isOf` accepts. */
function withoutImportsOf(code, isOf) {
  const imports = parseAst(code).body.filter(
    (node) => node.type === 'ImportDeclaration' && isOf(node.source.value),
  );
  let result = code;
  for (const node of imports.reverse())
    result = result.slice(0, node.start) + result.slice(node.end);
  return Buffer.from(result);
}

/** The same chunk with the English text of each of its messages in place of the translation. */
function englishOf(root, chunk) {
  const english = new Map(readUnits(join(root, 'xliff/es.xlf')).map((u) => [u.id, u.source]));
  const ids = messageIds(join(root, 'xliff'));
  const code = chunk.toString();
  let array;
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ArrayExpression' && node.elements.length > (array?.elements.length ?? 0)) {
      array = node;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(parseAst(code));
  const edits = [];
  array.elements.forEach((element, index) => {
    if (!element) return;
    const source = english.get(ids[index]);
    const text = template(source, (k) => k);
    const tag =
      element.type === 'TaggedTemplateExpression'
        ? code.slice(element.tag.start, element.tag.end)
        : '';
    edits.push({
      start: element.start,
      end: element.end,
      text: hasPlaceholders(source) ? tag + text : text,
    });
  });
  let result = code;
  for (const edit of edits.reverse())
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return Buffer.from(result);
}

/** Every English text the widgets show, long enough to be telling (for "no English fetched"). */
function englishTexts(root, locale) {
  return readUnits(join(root, `xliff/${locale}.xlf`))
    .filter(({source, target}) => target !== undefined && target !== source)
    .map(({source}) => source.split(/<x [^>]*\/>/).sort((a, b) => b.length - a.length)[0])
    .map((text) =>
      text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    )
    .filter((text) => text.length >= 16);
}

/** Whether `text` is English the file should not hold: not a name its translations keep too. */
function keptInTranslations(root, locale, text) {
  return readUnits(join(root, `xliff/${locale}.xlf`)).some(
    ({target}) => target !== undefined && target.replace(/&amp;/g, '&').includes(text),
  );
}

/**
 * Measures every size budget; returns rows `{what, figure, budget, pass, value}` (`value`: the
 * figure as a number, gzip bytes or a ratio, where there is a budget).
 * @param {string} root the repository root, with cdn/ built
 */
export async function measureSizes(root) {
  const {cdnFile, entries} = await import(join(root, 'rollup.config.mjs'));
  const {targetLocales} = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const cdn = (path) => readFileSync(join(root, 'cdn', path));
  const cdnEqual = (a, b) => {
    try {
      return cdn(a).equals(cdn(b));
    } catch {
      return false;
    }
  };
  const rows = [];
  const row = (what, bytes, budget, extra = '') =>
    rows.push({
      what,
      figure: `${kb(gzip(bytes))} (br ${kb(brotli(bytes))})${extra}`,
      budget: `≤ ${kb(budget)}`,
      pass: gzip(bytes) <= budget,
      value: gzip(bytes),
    });
  // A figure with no budget: `pass` is left undefined.
  const figure = (what, bytes) =>
    rows.push({what, figure: `${kb(gzip(bytes))} (br ${kb(brotli(bytes))})`, budget: 'no budget'});

  for (const [file, input] of Object.entries(entries)) {
    const all = file === 'iop-widgets.js';
    const {code, lit, lazy} = await codeAndLit(root, cdnFile, file, input);
    row(`code + CSS, cdn/${file}`, code, (all ? 24 : 10) * KB);
    row(`Lit + localize as bundled, cdn/${file}`, lit, 7 * KB);
    row(`delivered, English, cdn/${file}`, cdn(file), (all ? 42 : 20) * KB);
    for (const [chunk, bytes] of lazy) {
      figure(`code + CSS, lazy: cdn/${chunk}`, bytes);
      figure(`delivered, English, lazy: cdn/${chunk}`, cdn(chunk));
    }
  }
  // A language's lazy chunks, where they differ from the English ones.
  for (const locale of targetLocales) {
    const folder = join(root, 'cdn', locale, 'lazy');
    for (const name of existsSync(folder) ? readdirSync(folder) : []) {
      const chunk = `${locale}/lazy/${name}`;
      if (!cdnEqual(chunk, `lazy/${name}`)) figure(`delivered, lazy: cdn/${chunk}`, cdn(chunk));
    }
  }
  for (const locale of ['es', 'ar']) {
    const file = `${locale}/iop-widgets.js`;
    const bytes = cdn(file);
    const text = bytes.toString();
    const english = englishTexts(root, locale).filter(
      (sentence) => text.includes(sentence) && !keptInTranslations(root, locale, sentence),
    );
    const imports = /(^|[;}])import[\s{*"']/.test(text);
    rows.push({
      what: `first visit, ${locale}, all four widgets: cdn/${file}`,
      figure:
        `${kb(gzip(bytes))} (br ${kb(brotli(bytes))}); ` +
        `${english.length} English texts${imports ? '; imports before render' : '; one file'}`,
      budget: '≤ 46.0 KB, no English',
      pass: gzip(bytes) <= 46 * KB && !english.length && !imports,
      value: english.length || imports ? Infinity : gzip(bytes),
    });
  }
  const chunks = [
    ...readdirSync(join(root, 'cdn/locales')).map((name) => `locales/${name}`),
    ...targetLocales.flatMap((locale) =>
      readdirSync(join(root, 'cdn', locale, 'locales'))
        // The same messages as cdn/locales/iop-widgets.<locale>.js: listed when they differ.
        .filter((name) => !name.endsWith('.en.js'))
        .filter((name) => !cdnEqual(`${locale}/locales/${name}`, `locales/${name}`))
        .map((name) => `${locale}/locales/${name}`),
    ),
  ].sort();
  for (const chunk of chunks) {
    const bytes = cdn(chunk);
    if (chunk.endsWith('.keys.js')) {
      // How a file's code finds its messages in a locale chunk, fetched beside any of them.
      rows.push({
        what: `message keys cdn/${chunk}`,
        figure: `${kb(gzip(bytes))} (br ${kb(brotli(bytes))}), loaded with a locale chunk`,
        budget: 'no budget',
      });
      continue;
    }
    const english = englishOf(root, bytes);
    const ratio = gzip(bytes) / gzip(english);
    rows.push({
      what: `locale chunk cdn/${chunk}`,
      figure: `${kb(gzip(bytes))} = ${ratio.toFixed(2)} × English ${kb(gzip(english))}`,
      budget: '≤ 1.30 ×',
      pass: ratio <= 1.3,
      value: Number(ratio.toFixed(3)),
    });
  }
  return rows;
}
