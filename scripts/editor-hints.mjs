// Editor hints, generated from custom-elements.json:
//
// vscode.html-custom-data.json   VS Code's custom HTML data (`html.customData`): every tag with
//                                its description, attributes (with their values when the type is
//                                a union of string literals) and a link to its README section
// web-types.json                 JetBrains web-types (WebStorm, IntelliJ): elements with their
//                                attributes, events, slots, CSS parts and custom properties
//
// `node scripts/editor-hints.mjs` writes both; `--check` writes nothing and fails when either
// committed file differs from what the manifest (and the README's headings, for the links) give
// now. Both files are shipped in the package and named in package.json.
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => readFileSync(join(root, file), 'utf8');

const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const readme = read('README.md');
const DOCS = `https://www.npmjs.com/package/${pkg.name}`;
const FILES = {vscode: 'vscode.html-custom-data.json', webTypes: 'web-types.json'};

/** GitHub's (and npm's) anchor for a Markdown heading. */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The link to the first README heading that names `<tag>`, else to the API reference. */
function docUrl(tag) {
  const headings = readme
    .split('\n')
    .filter((line) => /^#{2,3} /.test(line))
    .map((line) => line.replace(/^#+ /, ''));
  const heading =
    headings.find((text) => text.includes(`<${tag}>`)) ??
    headings.find((text) => /^API reference$/i.test(text));
  return heading ? `${DOCS}#${slug(heading)}` : DOCS;
}

/** The string literals of a type such as `'full' | 'compact'`, or `undefined` for any other type. */
function stringLiterals(typeText) {
  if (!typeText) return undefined;
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (!parts.length || !parts.every((part) => /^(['"])[^'"]*\1$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

const typeOf = (entry) => entry.type?.text?.replace(/\s*\|\s*undefined\b/g, '').trim();
const isBoolean = (entry) => typeOf(entry) === 'boolean';
const unquote = (value) => (value ? value.replace(/^(['"])(.*)\1$/, '$2') : value);

/** Every custom element of the manifest, in tag order, with its public members. */
function elements() {
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      found.push({
        tag: declaration.tagName,
        name: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        attributes: declaration.attributes ?? [],
        properties: (declaration.members ?? []).filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            !member.privacy &&
            !member.name.startsWith('_') &&
            !member.name.startsWith('#'),
        ),
        events: declaration.events ?? [],
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      });
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const slotName = (slot) => (slot.name ? `\`${slot.name}\`` : 'default');

/** The Markdown shown when hovering a tag in VS Code: what it is, then what it offers. */
function tagMarkdown(element) {
  const lines = [oneLine(element.summary), '', oneLine(element.description)];
  const list = (title, items, format) => {
    if (!items.length) return;
    lines.push('', `**${title}**`, '', ...items.map((item) => `- ${format(item)}`));
  };
  list('Events', element.events, (event) => `\`${event.name}\`: ${oneLine(event.description)}`);
  list('Slots', element.slots, (slot) => `${slotName(slot)}: ${oneLine(slot.description)}`);
  list('CSS parts', element.cssParts, (part) => `\`${part.name}\`: ${oneLine(part.description)}`);
  list(
    'CSS custom properties',
    element.cssProperties.filter((property) => !property.inheritedFrom),
    (property) =>
      `\`${property.name}\`${property.default ? ` (default \`${property.default}\`)` : ''}: ` +
      oneLine(property.description),
  );
  if (element.cssProperties.some((property) => property.inheritedFrom)) {
    lines.push('', 'Also the shared theme properties (`--iop-color-accent` and others).');
  }
  return lines.join('\n').trim();
}

function vscodeData(list) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: list.map((element) => ({
      name: element.tag,
      description: {kind: 'markdown', value: tagMarkdown(element)},
      attributes: element.attributes.map((attribute) => {
        const values = stringLiterals(attribute.type?.text);
        const description =
          oneLine(attribute.description) +
          (attribute.default && !isBoolean(attribute)
            ? ` Default: \`${unquote(attribute.default)}\`.`
            : '');
        return {
          name: attribute.name,
          description,
          ...(values ? {values: values.map((name) => ({name}))} : {}),
          ...(isBoolean(attribute) ? {valueSet: 'v'} : {}),
        };
      }),
      references: [{name: `${element.tag} in the README`, url: docUrl(element.tag)}],
    })),
  };
}

function webTypes(list) {
  const named = (entry) => ({name: entry.name, description: oneLine(entry.description)});
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: list.map((element) => ({
          name: element.tag,
          description: oneLine(`${element.summary} ${element.description}`),
          'doc-url': docUrl(element.tag),
          source: {module: pkg.name, symbol: element.name},
          attributes: element.attributes.map((attribute) => {
            const values = stringLiterals(attribute.type?.text);
            return {
              name: attribute.name,
              description: oneLine(attribute.description),
              ...(attribute.default && !isBoolean(attribute)
                ? {default: unquote(attribute.default)}
                : {}),
              value: isBoolean(attribute)
                ? {type: 'boolean', kind: 'no-value'}
                : {
                    type: values
                      ? values.map((value) => `'${value}'`).join(' | ')
                      : typeOf(attribute),
                    kind: 'plain',
                  },
            };
          }),
          events: element.events.map(named),
          slots: element.slots.map((slot) => ({
            name: slot.name ?? '',
            description: oneLine(slot.description),
          })),
          js: {
            properties: element.properties.map((property) => ({
              ...named(property),
              ...(property.type?.text ? {type: property.type.text} : {}),
            })),
            events: element.events.map((event) => ({
              ...named(event),
              ...(event.type?.text ? {type: event.type.text} : {}),
            })),
          },
          css: {
            parts: element.cssParts.map(named),
            properties: element.cssProperties.map((property) => ({
              ...named(property),
              ...(property.default ? {default: property.default} : {}),
            })),
          },
        })),
      },
    },
  };
}

/** The JSON as the project's Prettier settings format it, so `prettier --check` agrees. */
async function formatted(file, data) {
  const options = (await prettier.resolveConfig(join(root, file))) ?? {};
  return prettier.format(JSON.stringify(data), {...options, filepath: join(root, file)});
}

const list = elements();
if (!list.length) {
  console.error('editor-hints: custom-elements.json lists no custom elements; run npm run analyze');
  process.exit(1);
}
const outputs = {
  [FILES.vscode]: await formatted(FILES.vscode, vscodeData(list)),
  [FILES.webTypes]: await formatted(FILES.webTypes, webTypes(list)),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs)
    .filter(([file, text]) => {
      try {
        return read(file) !== text;
      } catch {
        return true;
      }
    })
    .map(([file]) => file);
  if (stale.length) {
    console.error(
      `${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} stale; run node scripts/editor-hints.mjs`,
    );
    process.exit(1);
  }
  console.log(`editor hints are current (${list.length} tags)`);
} else {
  for (const [file, text] of Object.entries(outputs)) writeFileSync(join(root, file), text);
  console.log(`editor hints: wrote ${Object.keys(outputs).join(' and ')} (${list.length} tags)`);
}
