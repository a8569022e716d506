// Custom Elements Manifest: `npm run analyze` writes custom-elements.json from the classes' JSDoc.
// Storybook's controls and docs, the README's API reference and editor hints all read it.
//
// The plugin below keeps the manifest to the public contract:
// - members that are private, protected, `#private` or internal `@state()` are left out;
// - the `<iop-*>` tags come from the define modules (`IopClinic.define('iop-clinic')`), and a
//   tag a class names with `@tag` must match the tag it is registered under;
// - the design tokens (`--iop-*`) are read from the token style sheet, the one place their names
//   and defaults live, and documented on `IopElement`, so every widget lists them as inherited;
// - module paths name the published files (`dist/…js`), not the TypeScript sources;
// - style sheets are not copied into the manifest as default values;
// - modules are read in sorted order, so every machine writes the same file.
import {readFileSync} from 'node:fs';

const TOKENS_MODULE = 'src/core/tokens.styles.ts';
const BASE_MODULE = 'src/core/iop-element.ts';
const BASE_CLASS = 'IopElement';
const TAG_PREFIX = 'iop-';

/** What each design token changes; the names and defaults come from the token style sheet. */
const TOKEN_DESCRIPTIONS = {
  '--iop-color-scheme':
    "Forces `light` or `dark` colours; by default the widgets follow the visitor's preference.",
  '--iop-color-accent': 'Buttons, links, selected choices and other highlights.',
  '--iop-color-on-accent': 'Text on accent-coloured buttons.',
  '--iop-color-text': 'Body text.',
  '--iop-color-muted': 'Secondary text such as hints and notes.',
  '--iop-color-surface': 'Background of panels and fields.',
  '--iop-color-surface-alt': 'Background of selected choices and highlighted areas.',
  '--iop-color-border': 'Borders of panels, choices and fields.',
  '--iop-color-danger': 'Error text and the border of a field that needs attention.',
  '--iop-color-urgent-surface': 'Background of urgent-help panels.',
  '--iop-color-focus': 'Keyboard focus ring.',
  '--iop-radius': 'Corner radius of panels, buttons and fields.',
  '--iop-space': 'Base spacing unit; paddings and gaps are multiples of it.',
  '--iop-font-family': "Font of the widgets; by default the page's own font.",
};

/** The public tokens, in source order, as `{name, default, description}`. */
function designTokens() {
  const source = readFileSync(TOKENS_MODULE, 'utf8');
  const tokens = [];
  for (const [, name, fallback] of source.matchAll(/var\((--iop-[a-z0-9-]+),\s*([^;]+?)\)\s*;/g)) {
    if (tokens.some((token) => token.name === name)) continue;
    const description = TOKEN_DESCRIPTIONS[name];
    if (!description) {
      throw new Error(`${TOKENS_MODULE} defines ${name}; describe it in TOKEN_DESCRIPTIONS`);
    }
    tokens.push({name, default: fallback.replace(/\s+/g, ' ').trim(), description});
  }
  const stale = Object.keys(TOKEN_DESCRIPTIONS).filter((n) => !tokens.some((t) => t.name === n));
  if (stale.length) {
    throw new Error(`TOKEN_DESCRIPTIONS names ${stale.join(', ')}, not in ${TOKENS_MODULE}`);
  }
  return tokens;
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

const isPublic = (member) =>
  !member.privacy?.match(/^(private|protected)$/) && !member.name.startsWith('#');

/** Replaces `src/…ts` with the published `dist/…js` everywhere a module is named. */
function publishedPaths(value) {
  if (Array.isArray(value)) return value.forEach(publishedPaths);
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'path' || key === 'module') && typeof child === 'string') {
      value[key] = child.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
    } else {
      publishedPaths(child);
    }
  }
}

function iopManifestPlugin() {
  /** `module path → Set of field names` declared with `@state()`. */
  const stateFields = new Map();
  /** `{module, tag, className}` of every `Class.define('iop-…')` call. */
  const definitions = [];
  /** `event name → detail type`, from `GlobalEventHandlersEventMap` augmentations. */
  const eventDetails = new Map();
  /** `type name → object shape` of interfaces and object type aliases, for event details. */
  const shapes = new Map();
  /** `type name → 'a' | 'b'` of string-literal unions, spelled out wherever a type names one. */
  const unions = new Map();
  /** `constant name → 'a' | 'b'` of `[…] as const` string lists, for `(typeof list)[number]`. */
  const lists = new Map();
  /** `type name → constant name` of `(typeof list)[number]` aliases. */
  const listAliases = new Map();

  /** A name declared twice with different shapes is left unexpanded. */
  function addShape(name, shape) {
    shapes.set(name, shapes.has(name) && shapes.get(name) !== shape ? undefined : shape);
  }
  function addUnion(name, union) {
    unions.set(name, unions.has(name) && unions.get(name) !== union ? undefined : union);
  }
  /** `Variant | undefined` → `'full' | 'compact' | undefined`. */
  const spellOut = (text) => text.replace(/\b[A-Z][\w$]*\b/g, (name) => unions.get(name) ?? name);

  return {
    name: 'iop-widgets manifest',

    initialize() {
      stateFields.clear();
      definitions.length = 0;
      eventDetails.clear();
      shapes.clear();
      unions.clear();
      lists.clear();
      listAliases.clear();
    },

    analyzePhase({ts, node, moduleDoc}) {
      if (ts.isPropertyDeclaration(node) && ts.getDecorators?.(node)) {
        const isState = ts
          .getDecorators(node)
          .some(
            (d) =>
              ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'state',
          );
        if (isState) {
          const fields = stateFields.get(moduleDoc.path) ?? new Set();
          fields.add(node.name.getText());
          stateFields.set(moduleDoc.path, fields);
        }
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text !== 'customElements' &&
        node.arguments.length === 1 &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        definitions.push({
          module: moduleDoc.path,
          tag: node.arguments[0].text,
          className: node.expression.expression.text,
        });
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          const name = member.name && ts.isStringLiteral(member.name) ? member.name.text : '';
          const type = member.type;
          if (
            name.startsWith(TAG_PREFIX) &&
            type &&
            ts.isTypeReferenceNode(type) &&
            type.typeName.getText() === 'CustomEvent' &&
            type.typeArguments?.length === 1
          ) {
            eventDetails.set(name, oneLine(type.typeArguments[0].getText()));
          }
        }
      } else if (ts.isInterfaceDeclaration(node) && !node.typeParameters && !node.heritageClauses) {
        const members = node.members.map((m) => oneLine(m.getText()).replace(/[;,]$/, ''));
        addShape(node.name.text, `{${members.join('; ')}}`);
      } else if (
        ts.isTypeAliasDeclaration(node) &&
        !node.typeParameters &&
        ts.isTypeLiteralNode(node.type)
      ) {
        addShape(node.name.text, oneLine(node.type.getText()));
      } else if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) {
        const type = ts.isParenthesizedTypeNode(node.type) ? node.type.type : node.type;
        const literal = (t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
        if (ts.isUnionTypeNode(type) && type.types.every(literal)) {
          addUnion(node.name.text, type.types.map((t) => t.getText()).join(' | '));
        } else if (
          ts.isIndexedAccessTypeNode(type) &&
          type.indexType.getText() === 'number' &&
          /^\(?typeof [A-Za-z_$][\w$]*\)?$/.test(type.objectType.getText())
        ) {
          listAliases.set(node.name.text, type.objectType.getText().replace(/[()]|typeof /g, ''));
        }
      }
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isAsExpression(node.initializer) &&
        node.initializer.type.getText() === 'const' &&
        ts.isArrayLiteralExpression(node.initializer.expression) &&
        node.initializer.expression.elements.every(ts.isStringLiteral)
      ) {
        const items = node.initializer.expression.elements.map((e) => `'${e.text}'`);
        lists.set(node.name.text, items.join(' | '));
      }
    },

    moduleLinkPhase({moduleDoc}) {
      const hidden = stateFields.get(moduleDoc.path) ?? new Set();
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.members) {
          declaration.members = declaration.members.filter(
            (member) => isPublic(member) && !(member.kind === 'field' && hidden.has(member.name)),
          );
        }
        if (declaration.kind === 'variable' && /^css\s*`/.test(declaration.default ?? '')) {
          delete declaration.default;
        }
        if (moduleDoc.path === BASE_MODULE && declaration.name === BASE_CLASS) {
          const own = declaration.cssProperties ?? [];
          const tokens = designTokens().filter((t) => !own.some((p) => p.name === t.name));
          declaration.cssProperties = [...own, ...tokens];
        }
      }
      // `customElements.define(tag, this)` inside a base class names no tag of its own.
      moduleDoc.exports = (moduleDoc.exports ?? []).filter(
        (e) => e.kind !== 'custom-element-definition' || e.name.startsWith(TAG_PREFIX),
      );
    },

    packageLinkPhase({customElementsManifest}) {
      const {modules} = customElementsManifest;
      for (const {module, tag, className} of definitions) {
        if (!tag.startsWith(TAG_PREFIX)) continue;
        const owners = modules.filter((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (owners.length !== 1) {
          throw new Error(`${module}: cannot find the one class ${className} defined as <${tag}>`);
        }
        const declaration = owners[0].declarations.find((d) => d.name === className);
        if (declaration.tagName && declaration.tagName !== tag) {
          throw new Error(
            `${owners[0].path}: @tag ${declaration.tagName}, but ${module} defines <${tag}>`,
          );
        }
        declaration.tagName = tag;
        declaration.customElement = true;
        const target = modules.find((m) => m.path === module);
        if (
          !target.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)
        ) {
          target.exports = [
            ...(target.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: {name: className, module: owners[0].path},
            },
          ];
        }
      }
      for (const [alias, list] of listAliases) {
        if (lists.has(list)) addUnion(alias, lists.get(list));
      }
      // A widget may describe a design token in its own words, but the default is the token
      // style sheet's, whatever its JSDoc says.
      const tokenDefaults = new Map(designTokens().map((t) => [t.name, t.default]));
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        for (const property of declaration.cssProperties ?? []) {
          if (tokenDefaults.has(property.name)) property.default = tokenDefaults.get(property.name);
        }
      }
      const variables = modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.kind === 'variable');
      for (const declaration of modules.flatMap((m) => m.declarations ?? [])) {
        // Detail types come from the typed event map when `@fires` gives none.
        for (const event of declaration.events ?? []) {
          const detail = eventDetails.get(event.name);
          if (detail && !event.type) {
            const shape = shapes.get(detail);
            event.type = {text: `CustomEvent<${shape ?? detail}>`};
          }
        }
        // A default named after a constant from another module shows that constant's value.
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (!/^[A-Za-z_$][\w$]*$/.test(item.default ?? '')) continue;
          const found = variables.filter((v) => v.name === item.default && v.default);
          if (found.length !== 1) continue;
          item.default = found[0].default;
          item.type ??= found[0].type;
        }
        for (const item of [
          ...(declaration.members ?? []),
          ...(declaration.attributes ?? []),
          ...(declaration.events ?? []),
        ]) {
          if (item.type?.text) item.type = {...item.type, text: spellOut(item.type.text)};
        }
      }
      // `export {IopClinic}` after an import names the module that declares the class.
      for (const mod of modules) {
        for (const entry of mod.exports ?? []) {
          const {declaration} = entry;
          if (entry.kind !== 'js' || !declaration?.module) continue;
          const declares = (m) => m.declarations?.some((d) => d.name === declaration.name);
          const named = modules.find((m) => m.path === declaration.module);
          const owners = modules.filter(declares);
          if (named && !declares(named) && owners.length === 1) {
            declaration.module = owners[0].path;
          }
        }
      }
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName && !declaration.tagName.startsWith(TAG_PREFIX)) {
            delete declaration.tagName;
          }
        }
      }
      publishedPaths(modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The entry points (`src/index.ts`, the CDN entries) only register tags and re-export.
  exclude: ['src/*.ts', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // Sorted, so the manifest is the same on every machine whatever order the disk lists files in.
  overrideModuleCreation: ({ts, globs}) =>
    [...globs]
      .sort()
      .map((file) =>
        ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
      ),
  plugins: [iopManifestPlugin()],
};
