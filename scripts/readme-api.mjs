// Writes the README's API reference, between `<!-- api:start -->` and `<!-- api:end -->`, from
// custom-elements.json. With `--check` it writes nothing and fails when the section is stale.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Text for one table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '—' : `\`${cell(text)}\``);

function table(head, rows) {
  if (!rows.length) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((c) => (c === '' ? '—' : c)).join(' | ')} |`),
    '',
  ];
}

const declarations = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).map((declaration) => ({mod, declaration})),
);

/** `iop-widgets/<subpath>` whose module registers `tag`, from package.json's `exports`. */
function importPath(tag) {
  const definition = manifest.modules.find((mod) =>
    mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
  );
  if (!definition) return undefined;
  const entry = Object.entries(pkg.exports ?? {}).find(([, target]) => {
    const file = typeof target === 'string' ? target : target?.default;
    return file === `./${definition.path}`;
  });
  return entry && `${pkg.name}${entry[0].slice(1)}`;
}

// Elements in the order package.json exports their define modules, then any others by tag.
const exportOrder = Object.keys(pkg.exports ?? {});
const elements = declarations
  .filter(({declaration}) => declaration.tagName?.startsWith('iop-'))
  .map(({declaration}) => ({declaration, importPath: importPath(declaration.tagName)}))
  .sort((a, b) => {
    const rank = (e) => {
      const i = e.importPath ? exportOrder.indexOf(`.${e.importPath.slice(pkg.name.length)}`) : -1;
      return i === -1 ? Infinity : i;
    };
    return rank(a) - rank(b) || a.declaration.tagName.localeCompare(b.declaration.tagName, 'en');
  });

// The design tokens are the custom properties the elements inherit from their base class.
const tokenOwners = new Set(
  elements.flatMap(({declaration}) =>
    (declaration.cssProperties ?? []).flatMap((p) => p.inheritedFrom?.name ?? []),
  ),
);
const tokens = declarations
  .filter(({declaration}) => tokenOwners.has(declaration.name))
  .flatMap(({declaration}) => declaration.cssProperties ?? []);

const detailType = (type) => type?.text?.match(/^CustomEvent<(.*)>$/s)?.[1] ?? type?.text;

function signature(method) {
  const params = (method.parameters ?? [])
    .map(
      (p) =>
        `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}` +
        (p.default ? ` = ${p.default}` : ''),
    )
    .join(', ');
  const returns = method.return?.type?.text ? `: ${method.return.type.text}` : '';
  return `${method.static ? 'static ' : ''}${method.name}(${params})${returns}`;
}

function colourDefault(value) {
  const pair = value?.match(/^light-dark\((.+),\s*(.+)\)$/);
  return pair ? `${code(pair[1])} light, ${code(pair[2])} dark` : code(value);
}

function element({declaration: d, importPath: path}) {
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static);
  const attributeRows = [
    ...(d.attributes ?? []).map((a) => [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text),
      code(a.default),
      cell(a.description),
    ]),
    ...fields
      .filter((f) => !f.attribute && !(d.attributes ?? []).some((a) => a.fieldName === f.name))
      .map((f) => [
        '—',
        code(f.name),
        code(f.type?.text),
        code(f.default),
        cell(`${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`),
      ]),
  ];
  const ownProperties = (d.cssProperties ?? []).filter(
    (p) => !tokenOwners.has(p.inheritedFrom?.name),
  );
  const inheritsTokens = (d.cssProperties ?? []).some((p) =>
    tokenOwners.has(p.inheritedFrom?.name),
  );
  return [
    `### \`<${d.tagName}>\``,
    '',
    ...(d.summary ? [cell(d.summary), ''] : []),
    ...(d.description ? [d.description.replace(/\s*\n\s*/g, ' ').trim(), ''] : []),
    ...(path ? [`Load it alone with \`import '${path}';\`.`, ''] : []),
    ...(attributeRows.length ? ['**Attributes and properties**', ''] : []),
    ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows),
    ...(d.events?.length ? ['**Events**', ''] : []),
    ...table(
      ['Event', 'Detail', 'Description'],
      (d.events ?? []).map((e) => [code(e.name), code(detailType(e.type)), cell(e.description)]),
    ),
    ...(d.slots?.length ? ['**Slots**', ''] : []),
    ...table(
      ['Slot', 'Description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...(d.cssParts?.length ? ['**CSS parts**', ''] : []),
    ...table(
      ['Part', 'Description'],
      (d.cssParts ?? []).map((p) => [code(`::part(${p.name})`), cell(p.description)]),
    ),
    ...(ownProperties.length ? ['**CSS custom properties**', ''] : []),
    ...table(
      ['Property', 'Default', 'Description'],
      ownProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    ...(inheritsTokens ? ['It also reads every [design token](#design-tokens).', ''] : []),
    ...((d.members ?? []).some((m) => m.kind === 'method') ? ['**Methods**', ''] : []),
    ...table(
      ['Method', 'Description'],
      (d.members ?? [])
        .filter((m) => m.kind === 'method')
        .map((m) => [code(signature(m)), cell(m.description)]),
    ),
  ];
}

function section() {
  const lines = [
    '## API reference',
    '',
    '<!-- Generated from custom-elements.json by `node scripts/readme-api.mjs`; do not edit. -->',
    '',
    ...elements.map(({declaration: d}) => `- [\`<${d.tagName}>\`](#${d.tagName})`),
    '- [Design tokens](#design-tokens)',
    '',
    ...elements.flatMap(element),
    '### Design tokens',
    '',
    'Every widget reads these custom properties. Set them on the widget or on any ancestor, such',
    'as `<iop-clinic>` or `:root`; each falls back to its default. Colours default to a light and a',
    "dark value and follow the visitor's preference unless `--iop-color-scheme` forces one; keep",
    'text at a contrast of at least 4.5:1 against the surface colours you choose.',
    '',
    ...table(
      ['Token', 'Default', 'Description'],
      tokens.map((t) => [code(t.name), colourDefault(t.default), cell(t.description)]),
    ),
  ];
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end < start) {
  console.error(`README.md lacks the ${START} … ${END} markers`);
  process.exit(1);
}
const updated = `${readme.slice(0, start + START.length)}\n${section()}\n${readme.slice(end)}`;

if (check) {
  if (updated !== readme) {
    console.error("README.md's API reference is stale; run node scripts/readme-api.mjs");
    process.exit(1);
  }
  console.log("README.md's API reference is current");
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log("README.md's API reference updated");
} else {
  console.log("README.md's API reference is current");
}
