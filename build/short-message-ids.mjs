// Rollup plugin: numbers the msg() ids of the CDN build, so each locale chunk is an array.
//
// Every `msg('…', {id: 'quiz.step.progress'})` names its translation by a long, readable id, and
// every locale module is keyed by those ids. At run time @lit/localize only looks the id up in the
// locale's `templates` (`templates[options.id]`), so any one-to-one renaming applied to both sides
// renders the same. This plugin numbers the ids: all ids of the XLIFF files, sorted, numbered in
// that order, the same in every file of a build. The source's `msg('Next', {id: 'quiz.next'})`
// becomes `m(312, 'Next')`, where `m` is one shared `(id, text) => msg(text, {id})` (six bytes less
// a call, over five hundred calls), and the locale module's `'quiz.next': …` becomes `312: …`, so a
// locale chunk can be written as an array (rollup.config.mjs does that when it trims it).
//
// It rewrites the literal `id` of each `msg()` call in the source modules, and the keys of the
// `templates` object of each generated locale module. The build fails on a `msg()` call without a
// literal id, on `msg` used other than by calling it, on an id no XLIFF file knows (run
// `npx lit-localize extract`), and on a locale module it cannot read. Each source module records
// the numbers it uses in `meta.iopMessages`, so a locale chunk can keep exactly the messages of
// the modules in its file.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {readUnits} from './xliff.mjs';

/** The shared helper every rewritten call uses: `m(id, text)`. */
const HELPER = '\0iop-msg';
const HELPER_NAME = '__iopMsg';

/** Every message id of the XLIFF files in `dir`, sorted. */
export function messageIds(dir) {
  const ids = new Set();
  for (const file of xliffFiles(dir)) {
    for (const {id} of readUnits(file)) ids.add(id);
  }
  return [...ids].sort();
}

const xliffFiles = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.xlf'))
    .map((name) => join(dir, name));

/** The short key of each id: its index in `ids`. */
export const shortKeys = (ids) => new Map(ids.map((id, index) => [id, index]));

/** Calls `enter(node, parent)` on every node of an ESTree tree. */
function walk(node, enter, parent) {
  if (!node || typeof node.type !== 'string') return;
  enter(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, enter, node));
    else if (value && typeof value.type === 'string') walk(value, enter, node);
  }
}

/** The value of a string literal or of a template literal without expressions, else undefined. */
function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0].value.cooked;
  }
  return undefined;
}

/** The name of a non-computed property key (`id`, `'id'`), else undefined. */
const keyName = (property) =>
  property.computed ? undefined : (property.key.name ?? staticString(property.key));

/**
 * @param {object} options
 * @param {string} options.xliffDir the XLIFF files whose ids are known
 * @param {(id: string) => boolean} options.isSource modules whose `msg()` ids are rewritten
 * @param {(id: string) => boolean} options.isLocaleModule generated locale modules to rewrite
 */
export function shortMessageIds({xliffDir, isSource, isLocaleModule}) {
  let keys;
  /** The key of `id`; fails the build (`context.error`) when no XLIFF file knows it. */
  const keyOf = (context, id, where) => {
    const key = keys.get(id);
    if (key === undefined) {
      context.error(
        `${where}: message id "${id}" is in no XLIFF file; run \`npx lit-localize extract\``,
      );
    }
    return key;
  };

  return {
    name: 'iop-short-message-ids',
    buildStart() {
      keys = shortKeys(messageIds(xliffDir));
      for (const file of xliffFiles(xliffDir)) this.addWatchFile(file);
      if (!keys.size) this.error(`no message ids found in ${xliffDir}`);
    },
    resolveId: (id) => (id === HELPER ? id : null),
    load(module) {
      if (module === HELPER) {
        return "import {msg} from '@lit/localize';\nexport const m = (id, text) => msg(text, {id});";
      }
      // @lit/localize hashes a template into an id only for a `msg()` call without one, and the
      // build has none (sourceModule() refuses them): leave the hashing out. Should a call without
      // an id ever get here, it finds no translation and shows its English text.
      if (module.replaceAll('\\', '/').endsWith('/@lit/localize/internal/id-generation.js')) {
        return "export const generateMsgId = () => '';";
      }
      return null;
    },
    transform(code, module) {
      if (isLocaleModule(module)) return localeModule.call(this, code, module);
      if (!isSource(module) || !code.includes('@lit/localize')) return null;
      return sourceModule.call(this, code, module);
    },
  };

  /** Rewrites the `id` of every `msg()` call; records the keys in `meta.iopMessages`. */
  function sourceModule(code, module) {
    const ast = this.parse(code);
    // The local names of `msg` imported from @lit/localize (`import {msg as m}` too).
    const names = new Set();
    const namespaces = new Set();
    for (const node of ast.body) {
      if (node.source?.value !== '@lit/localize') continue;
      if (node.type !== 'ImportDeclaration') {
        this.error(`${module}: re-exports @lit/localize; import \`msg\` from it directly`);
      }
      for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportSpecifier' && specifier.imported.name === 'msg') {
          names.add(specifier.local.name);
        } else if (specifier.type === 'ImportNamespaceSpecifier') {
          namespaces.add(specifier.local.name);
        }
      }
    }
    walk(ast, (node) => {
      if (
        node.type === 'MemberExpression' &&
        node.object.type === 'Identifier' &&
        namespaces.has(node.object.name)
      ) {
        this.error(
          `${module}:${lineOf(code, node.start)}: import \`msg\` by name from @lit/localize`,
        );
      }
    });
    if (!names.size) return null;

    const edits = [];
    const used = new Set();
    walk(ast, (node) => {
      if (
        node.type !== 'CallExpression' ||
        node.callee.type !== 'Identifier' ||
        !names.has(node.callee.name)
      ) {
        return;
      }
      const options = node.arguments[1];
      const where = `${module}:${lineOf(code, node.start)}`;
      const property =
        options?.type === 'ObjectExpression'
          ? options.properties.find((p) => p.type === 'Property' && keyName(p) === 'id')
          : undefined;
      const id = staticString(property?.value);
      if (id === undefined) this.error(`${where}: msg() needs a literal \`{id: '…'}\``);
      const key = keyOf(this, id, where);
      used.add(key);
      if (options.properties.length > 1) {
        edits.push({start: property.value.start, end: property.value.end, text: String(key)});
        return;
      }
      // `msg(text, {id})` → `m(key, text)`: the callee, then the argument list around the text.
      const [text] = node.arguments;
      edits.push({start: node.callee.start, end: text.start, text: `${HELPER_NAME}(${key}, `});
      edits.push({start: text.end, end: node.end, text: ')'});
    });
    // `msg` used other than by calling it (passed around, aliased) would escape the rewrite.
    walk(ast, (node, parent) => {
      if (node.type !== 'Identifier' || !names.has(node.name)) return;
      const isName =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        (parent?.type === 'Property' && parent.key === node && !parent.shorthand);
      const isCallee = parent?.type === 'CallExpression' && parent.callee === node;
      if (!isName && !isCallee && parent?.type !== 'ImportSpecifier') {
        this.error(`${module}:${lineOf(code, node.start)}: use \`msg\` only by calling it`);
      }
    });
    if (!edits.length) return null;
    const helper = `import {m as ${HELPER_NAME}} from ${JSON.stringify(HELPER)};\n`;
    return {
      code: helper + applyEdits(code, edits),
      map: null,
      meta: {iopMessages: [...used].sort((a, b) => a - b)},
    };
  }

  /** Rewrites the keys of the module's `templates` object. */
  function localeModule(code, module) {
    const ast = this.parse(code);
    let templates;
    walk(ast, (node) => {
      if (node.type === 'VariableDeclarator' && node.id.name === 'templates') templates = node.init;
    });
    if (templates?.type !== 'ObjectExpression') {
      this.error(`${module}: found no \`templates\` object`);
    }
    const edits = templates.properties.map((property) => {
      const id = property.type === 'Property' ? keyName(property) : undefined;
      if (id === undefined) this.error(`${module}: unexpected entry in \`templates\``);
      const key = keyOf(this, id, module);
      return {start: property.key.start, end: property.key.end, text: String(key)};
    });
    return {code: applyEdits(code, edits), map: null};
  }
}

function applyEdits(code, edits) {
  let result = code;
  for (const {start, end, text} of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

const lineOf = (code, index) => code.slice(0, index).split('\n').length;
