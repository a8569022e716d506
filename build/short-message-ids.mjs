// Rollup plugin: takes the msg() ids out of the CDN build's code; each locale chunk is an array.
//
// Every `msg('…', {id: 'quiz.step.progress'})` names its translation by a long, readable id, and
// every locale module is keyed by those ids. This plugin numbers the ids (all ids of the XLIFF
// files, sorted, numbered in that order, the same in every file of a build), so a locale module's
// `'quiz.next': …` becomes `312: …` and a locale chunk can be written as an array (locale-chunks
// trims it to the file's messages). The code keeps no id at all: `msg('Next', {id: 'quiz.next'})`
// becomes `m('Next')`, where `m` is one shared helper. When the page switches to another
// language, the file also loads its message keys (`locales/<file>.keys.js`: the key of each
// message's words, see message-key.js, in the order of the numbers), and `m` finds a message's
// number by the key of the words it carries. The npm build keeps the ids (`tsc` alone).
//
// The build fails on a `msg()` call without a literal id, on `msg` used other than by calling it,
// on an id no XLIFF file knows (run `npx lit-localize extract`), on a locale module it cannot
// read, and on two messages of one file whose words are the same (or share a key) but whose
// translations differ: the keys could not tell them apart. Each source module records its
// messages (`{number, id, text, key}`) in `meta.iopMessages`, so a locale chunk can keep exactly
// the messages of its file and the keys chunk can list their keys.
import {readdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {KEY_LENGTH, messageKey} from './message-key.js';
import {readUnits} from './xliff.mjs';

/** The shared helper every rewritten call uses: `m(text)`. */
const HELPER = '\0iop-msg';
const HELPER_NAME = '__iopMsg';
/** The module the keys chunk is made of: the key of every message of the file, by number. */
export const MESSAGE_KEYS = '\0iop-message-keys';
const KEYS_PLACEHOLDER = 'iop-message-keys-placeholder';
const keyModule = fileURLToPath(new URL('./message-key.js', import.meta.url));

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

/** The number of each id: its index in `ids`. */
const numbersOf = (ids) => new Map(ids.map((id, index) => [id, index]));

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
 * @param {string} options.messageKeysModule the absolute path of
 *   src/localization/message-keys.ts, which this build replaces with the loader of the keys chunk
 * @param {boolean} [options.checkKeys] whether to fail on messages the keys cannot tell apart (off
 *   for a build without words, where every text is empty)
 */
export function shortMessageIds({
  xliffDir,
  isSource,
  isLocaleModule,
  messageKeysModule,
  checkKeys = true,
}) {
  let numbers;
  /** The number of `id`; fails the build (`context.error`) when no XLIFF file knows it. */
  const numberOf = (context, id, where) => {
    const number = numbers.get(id);
    if (number === undefined) {
      context.error(
        `${where}: message id "${id}" is in no XLIFF file; run \`npx lit-localize extract\``,
      );
    }
    return number;
  };

  return {
    name: 'iop-short-message-ids',
    buildStart() {
      numbers = numbersOf(messageIds(xliffDir));
      for (const file of xliffFiles(xliffDir)) this.addWatchFile(file);
      if (!numbers.size) this.error(`no message ids found in ${xliffDir}`);
    },
    resolveId: (id) => (id === HELPER || id === MESSAGE_KEYS ? id : null),
    load(module) {
      if (module === HELPER) {
        return [
          "import {msg} from '@lit/localize';",
          'let numberOf;',
          '/** A message in the current language, found by the words it carries (once keys load). */',
          'export const m = (text) => msg(text, {id: numberOf?.(text)});',
          "/** Takes the keys chunk's `numberOf(words)`. */",
          'export const useKeys = (find) => (numberOf = find);',
        ].join('\n');
      }
      if (module === messageKeysModule) {
        return [
          `import {useKeys} from ${JSON.stringify(HELPER)};`,
          `export const loadMessageKeys = () => import(${JSON.stringify(MESSAGE_KEYS)}).then((keys) => useKeys(keys.numberOf));`,
        ].join('\n');
      }
      if (module === MESSAGE_KEYS) {
        // The keys are written by renderChunk(), once every module has recorded its messages.
        return [
          `import {KEY_LENGTH, messageKey} from ${JSON.stringify(keyModule)};`,
          `const keys = ${JSON.stringify(KEYS_PLACEHOLDER)};`,
          'const numbers = new Map();',
          'for (let i = 0; i < keys.length; i += KEY_LENGTH) {',
          '  numbers.set(keys.slice(i, i + KEY_LENGTH), i / KEY_LENGTH);',
          '}',
          '/** The number of the message whose words are `text`. */',
          'export const numberOf = (text) => numbers.get(messageKey(text));',
        ].join('\n');
      }
      // @lit/localize hashes a template into an id only for a `msg()` call without one, which
      // `m()` is while no keys are loaded: the file's own words are shown then, so leave the
      // hashing out.
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
    renderChunk(code, chunk) {
      if (chunk.facadeModuleId !== MESSAGE_KEYS) return null;
      const messages = [];
      for (const id of this.getModuleIds()) {
        messages.push(...(this.getModuleInfo(id)?.meta.iopMessages ?? []));
      }
      if (checkKeys) checkDistinct.call(this, messages);
      const keys = [];
      for (const {number, key} of messages) keys[number] = key;
      const packed = Array.from(keys, (key) => key ?? ' '.repeat(KEY_LENGTH)).join('');
      const placeholder = JSON.stringify(KEYS_PLACEHOLDER);
      if (!code.includes(placeholder)) this.error(`${chunk.fileName}: no place for the keys`);
      return {code: code.replace(placeholder, () => JSON.stringify(packed)), map: null};
    },
  };

  /**
   * Fails the build when two messages of a file share a key but a language words them apart:
   * the same words with different translations, or (very rarely) different words whose keys
   * collide. Either way, changing the wording of one of them fixes it.
   */
  function checkDistinct(messages) {
    const units = xliffFiles(xliffDir).map((file) => [basename(file), readUnits(file)]);
    const wordings = (id) =>
      units
        .flatMap(([file, list]) => {
          const unit = list.find((u) => u.id === id);
          return [`en: ${unit?.source}`, `${file}: ${unit?.target}`];
        })
        .map(withoutNames);
    const byKey = new Map();
    for (const message of messages) {
      const same = byKey.get(message.key);
      if (!same) byKey.set(message.key, message);
      else if (same.number !== message.number) {
        const a = wordings(same.id);
        const b = wordings(message.id);
        const differs = same.text !== message.text ? 'their words' : a.find((w, i) => w !== b[i]);
        if (differs) {
          this.error(
            `messages "${same.id}" and "${message.id}" read alike ("${message.text}") but differ ` +
              `(${differs}); word them apart, or alike in every language`,
          );
        }
      }
    }
  }

  /** Rewrites every `msg(text, {id})` to `m(text)`; records the messages in `meta`. */
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
    const used = new Map();
    walk(ast, (node) => {
      if (
        node.type !== 'CallExpression' ||
        node.callee.type !== 'Identifier' ||
        !names.has(node.callee.name)
      ) {
        return;
      }
      const [text, options] = node.arguments;
      const where = `${module}:${lineOf(code, node.start)}`;
      const property =
        options?.type === 'ObjectExpression' && options.properties.length === 1
          ? options.properties.find((p) => p.type === 'Property' && keyName(p) === 'id')
          : undefined;
      const id = staticString(property?.value);
      if (id === undefined) this.error(`${where}: msg() needs a literal \`{id: '…'}\` alone`);
      const words = wordsOf(text);
      if (words === undefined) this.error(`${where}: msg() needs literal words`);
      const number = numberOf(this, id, where);
      used.set(number, {number, id, text: words, key: messageKey(words)});
      // `msg(text, {id})` → `m(text)`.
      edits.push({start: node.callee.start, end: text.start, text: `${HELPER_NAME}(`});
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
      meta: {iopMessages: [...used.values()]},
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
      const number = numberOf(this, id, module);
      return {start: property.key.start, end: property.key.end, text: String(number)};
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

/** An XLIFF text with its placeholders' names left out (`${phone}` and `${number}` read alike). */
const withoutNames = (raw) => raw.replace(/(<x id="\d+") equiv-text="[^"]*"/g, '$1');

const lineOf = (code, index) => code.slice(0, index).split('\n').length;

/**
 * The words of a `msg()` call as its code will see them: a string literal's value, or the
 * strings of a template (tagged `str` or `html`, or plain), as `messageKey()` takes them.
 */
function wordsOf(node) {
  const quasi = node.type === 'TaggedTemplateExpression' ? node.quasi : node;
  if (quasi.type === 'TemplateLiteral') {
    const strings = quasi.quasis.map((q) => q.value.cooked);
    return node.type === 'TaggedTemplateExpression' || strings.length > 1
      ? strings.join('\x1e')
      : strings[0];
  }
  return staticString(node);
}
