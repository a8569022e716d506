// Analyzer plugin: spells out the types the manifest names (event details, unions, constant defaults).

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * - an event's detail type comes from the typed `GlobalEventHandlersEventMap` when `@fires` gives
 *   none, with the shape of the interface or type alias it names;
 * - a union of string literals (`type Variant = 'full' | 'compact'`, or `(typeof list)[number]`
 *   of an `as const` list) is spelled out wherever a type names it, so tools offer its values;
 * - a default named after a constant from another module shows that constant's value.
 */
export function typesPlugin() {
  /** `event name → detail type`. */
  const eventDetails = new Map();
  /** `type name → object shape`; `undefined` when declared twice with different shapes. */
  const shapes = new Map();
  /** `type name → 'a' | 'b'`. */
  const unions = new Map();
  /** `constant name → 'a' | 'b'` of `[…] as const` string lists. */
  const lists = new Map();
  /** `type name → constant name` of `(typeof list)[number]` aliases. */
  const listAliases = new Map();
  const add = (map, name, value) =>
    map.set(name, map.has(name) && map.get(name) !== value ? undefined : value);
  const spellOut = (text) => text.replace(/\b[A-Z][\w$]*\b/g, (name) => unions.get(name) ?? name);

  return {
    name: 'iop-types',
    initialize() {
      for (const map of [eventDetails, shapes, unions, lists, listAliases]) map.clear();
    },
    analyzePhase({ts, node}) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const {name, type} of node.members) {
          if (!name || !ts.isStringLiteral(name) || !name.text.startsWith('iop-')) continue;
          if (type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'CustomEvent') {
            if (type.typeArguments?.length === 1) {
              eventDetails.set(name.text, oneLine(type.typeArguments[0].getText()));
            }
          }
        }
      } else if (ts.isInterfaceDeclaration(node) && !node.typeParameters && !node.heritageClauses) {
        const members = node.members.map((m) => oneLine(m.getText()).replace(/[;,]$/, ''));
        add(shapes, node.name.text, `{${members.join('; ')}}`);
      } else if (ts.isTypeAliasDeclaration(node) && !node.typeParameters) {
        const type = ts.isParenthesizedTypeNode(node.type) ? node.type.type : node.type;
        const literal = (t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
        if (ts.isTypeLiteralNode(node.type)) {
          add(shapes, node.name.text, oneLine(node.type.getText()));
        } else if (ts.isUnionTypeNode(type) && type.types.every(literal)) {
          add(unions, node.name.text, type.types.map((t) => t.getText()).join(' | '));
        } else if (
          ts.isIndexedAccessTypeNode(type) &&
          type.indexType.getText() === 'number' &&
          /^\(?typeof [A-Za-z_$][\w$]*\)?$/.test(type.objectType.getText())
        ) {
          const list = type.objectType.getText().replace(/[()]|typeof /g, '');
          listAliases.set(node.name.text, list);
        }
      }
      const init = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer;
      if (
        init &&
        ts.isAsExpression(init) &&
        init.type.getText() === 'const' &&
        ts.isArrayLiteralExpression(init.expression) &&
        init.expression.elements.every(ts.isStringLiteral)
      ) {
        lists.set(node.name.text, init.expression.elements.map((e) => `'${e.text}'`).join(' | '));
      }
    },
    packageLinkPhase({customElementsManifest: {modules}}) {
      for (const [alias, list] of listAliases)
        if (lists.has(list)) add(unions, alias, lists.get(list));
      const declarations = modules.flatMap((m) => m.declarations ?? []);
      const variables = declarations.filter((d) => d.kind === 'variable' && d.default);
      for (const declaration of declarations) {
        for (const event of declaration.events ?? []) {
          const detail = eventDetails.get(event.name);
          if (detail && !event.type)
            event.type = {text: `CustomEvent<${shapes.get(detail) ?? detail}>`};
        }
        const items = [...(declaration.members ?? []), ...(declaration.attributes ?? [])];
        for (const item of items) {
          if (!/^[A-Za-z_$][\w$]*$/.test(item.default ?? '')) continue;
          const found = variables.filter((v) => v.name === item.default);
          if (found.length !== 1) continue;
          item.default = found[0].default;
          item.type ??= found[0].type;
        }
        for (const item of [...items, ...(declaration.events ?? [])]) {
          if (item.type?.text) item.type = {...item.type, text: spellOut(item.type.text)};
        }
      }
    },
  };
}
