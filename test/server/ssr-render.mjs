// Renders iop widgets to HTML with Lit's server renderer (declarative shadow DOM), as a server
// framework does. Imported, it gives `renderWidget()`; run as a script
// (`node test/server/ssr-render.mjs '{"tag": "iop-care-quiz", "attributes": {…}, "children": […]}'`) it prints the
// HTML, so the test server can render in a process of its own, apart from its DOM shim.
// `@lit-labs/ssr` is imported first: it installs the DOM shim the widgets are defined against.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {fileURLToPath} from 'node:url';
import {buildEntries} from './ssr-build.mjs';

/** The widget tags the library defines. */
export const widgetTags = [
  'iop-program-explainer',
  'iop-care-quiz',
  'iop-sober-tips',
  'iop-buddy-signup',
];

let built;

/** Builds the entries once and registers every tag with the server renderer. */
async function ready() {
  built ??= buildEntries().then(async (result) => {
    await import(result.urls.index);
    return result;
  });
  return built;
}

/**
 * The server-rendered HTML of `<tag>` with `attributes` (a name → value object; values are
 * bound, so the renderer escapes them), and inside it, in the same template, an element with no
 * attributes for each tag of `children` (for `<iop-clinic>` and the widgets it holds).
 */
export async function renderWidget(tag, attributes = {}, children = []) {
  for (const name of [tag, ...children]) {
    if (!widgetTags.includes(name) && name !== 'iop-clinic') throw new Error(`unknown tag ${name}`);
  }
  await ready();
  const names = Object.keys(attributes);
  // A template with one binding per attribute, `<tag a=${…} b=${…}></tag>`, as a framework writes.
  const strings = [`<${tag}`];
  for (const name of names) {
    strings[strings.length - 1] += ` ${name}=`;
    strings.push('');
  }
  strings[strings.length - 1] +=
    `>${children.map((child) => `<${child}></${child}>`).join('')}</${tag}>`;
  const template = html(
    Object.assign([...strings], {raw: [...strings]}),
    ...names.map((name) => String(attributes[name])),
  );
  return collectResult(render(template));
}

/** Removes the built entries. */
export async function disposeBuild() {
  if (built) await (await built).dispose();
  built = undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {tag, attributes, children} = JSON.parse(process.argv[2]);
  try {
    process.stdout.write(await renderWidget(tag, attributes, children));
  } finally {
    await disposeBuild();
  }
}
