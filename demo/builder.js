// The embed builder (builder.html). A webmaster picks a widget, fills in its attributes and a few
// design tokens, sees the real widget update as they type, and copies a snippet that reproduces
// it: the pinned CDN script tag with its Subresource Integrity hash, a `<style>` block with the
// custom properties, and the configured tag.
//
// - The widgets and their options come from the package's custom-elements.json, so a new
//   attribute shows up here with no change to this file.
// - The version and the integrity hash come from the CDN file this page loads: its banner names
//   the version, and the hash is computed from its bytes, so the snippet pins exactly the code
//   the preview runs.
// - The page runs under a strict Content-Security-Policy with Trusted Types: it builds every node
//   with createElement/textContent, and styles the preview with a constructed style sheet holding
//   the very CSS the snippet shows.
// Nothing typed here leaves the page; nothing is stored.

const CDN_PATH = '/cdn/iop-widgets.js';
const MANIFEST_PATH = '/custom-elements.json';
/** The widgets' locales (lit-localize.json: the source locale, then the target locales). */
const LOCALES = ['en', 'es', 'zh-Hans', 'vi', 'ar', 'fr', 'tl'];
const RIGHT_TO_LEFT = new Set(['ar']);
/** The attributes every widget shares; they get their own fieldset. */
const CLINIC_ATTRIBUTES = ['clinic-name', 'phone', 'intake-url', 'region'];
const WIDGET_ORDER = [
  'iop-program-explainer',
  'iop-care-quiz',
  'iop-sober-tips',
  'iop-buddy-signup',
];
/** Design tokens offered as colour pickers. */
const COLOURS = [
  {property: '--iop-color-accent', label: 'Accent colour'},
  {property: '--iop-color-on-accent', label: 'Text on the accent colour'},
  {property: '--iop-color-text', label: 'Text colour'},
  {property: '--iop-color-surface', label: 'Background colour'},
];
/** Colour pairs a visitor must be able to read: foreground, background, what it is. */
const CONTRAST_PAIRS = [
  ['--iop-color-on-accent', '--iop-color-accent', 'Button text on the accent colour'],
  ['--iop-color-text', '--iop-color-surface', 'Text on the background'],
  ['--iop-color-text', '--iop-color-surface-alt', 'Text on highlighted areas'],
  ['--iop-color-accent', '--iop-color-surface', 'Links on the background'],
  ['--iop-color-accent', '--iop-color-surface-alt', 'Links on highlighted areas'],
];
const MIN_CONTRAST = 4.5;
/** Friendlier labels for some options; any other attribute is labelled from its name. */
const LABELS = {
  'exit-url': 'Quick exit page',
  'share-answers': 'Pass the answers to your page',
  'events-src': 'Events feed',
  'hide-plan': 'Hide “My plan”',
  'privacy-url': 'Privacy notice',
  endpoint: 'Signup endpoint',
  timeout: 'Seconds per delivery attempt',
  'max-attempts': 'Delivery attempts',
  'min-fill-seconds': 'Seconds before the form may be sent',
  'feed-timeout': 'Events feed timeout, in milliseconds',
};

const $ = (id) => document.getElementById(id);
const form = $('builder-form');
const preview = $('preview');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const probe = $('colour-probe');

/** Creates an element with attributes (`text` sets its text) and children. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false || value === null) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

/** Manifest text with `code` in backticks, as text and <code> nodes. */
function richText(text) {
  return String(text ?? '')
    .split('`')
    .map((part, i) => (i % 2 ? el('code', {text: part}) : document.createTextNode(part)));
}

/** "hours-per-week" → "Hours per week". */
const labelFor = (name) =>
  LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** Escapes an attribute value for a double-quoted HTML attribute. */
const escapeAttribute = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

// ---------------------------------------------------------------------------------------------
// Reading the manifest

/** How an attribute is edited, inferred from its type, default and description in the manifest. */
function optionFrom(attribute) {
  const name = attribute.name;
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  const fallback = attribute.default?.replace(/^'(.*)'$/, '$1');
  const quoted = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const base = {name, label: labelFor(name), description, fallback};
  if (type === 'boolean') return {...base, kind: 'checkbox'};
  if (type.includes('[]')) {
    const values = quoted.flatMap((q) => q.split(/[\s,]+/)).filter((w) => /^[a-z][a-z-]*$/.test(w));
    return {...base, kind: 'list', values, allByDefault: /default all/i.test(description)};
  }
  if (literals.length > 1) return {...base, kind: 'select', values: literals};
  if (fallback && quoted.includes(fallback)) return {...base, kind: 'select', values: quoted};
  if (/\bnumber\b/.test(type)) {
    const range = description.match(/\((\d+(?:\.\d+)?)\s*(?:–|to)\s*(\d+(?:\.\d+)?)/);
    return {...base, kind: 'number', min: range?.[1] ?? '0', max: range?.[2]};
  }
  if (/(-url|-src)$|^endpoint$/.test(name)) return {...base, kind: 'url'};
  return {...base, kind: 'text'};
}

/** The widgets in the manifest, in the order this page shows them. */
function widgetsFrom(manifest) {
  const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
  const rank = (tag) => (WIDGET_ORDER.includes(tag) ? WIDGET_ORDER.indexOf(tag) : 99);
  const widgets = declarations
    .filter((d) => d.customElement && d.tagName?.startsWith('iop-') && d.tagName !== 'iop-clinic')
    .sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName))
    .map((d) => ({
      tag: d.tagName,
      name: labelFor(d.tagName.replace(/^iop-/, '')),
      summary: d.summary ?? '',
      options: (d.attributes ?? [])
        .filter((a) => a.name && !CLINIC_ATTRIBUTES.includes(a.name))
        .map(optionFrom),
      tokens: Object.fromEntries((d.cssProperties ?? []).map((p) => [p.name, p])),
    }));
  const region = declarations
    .flatMap((d) => d.attributes ?? [])
    .find((a) => a.name === 'region')?.description;
  const regions = [...(region ?? '').matchAll(/`([A-Z]{2})`/g)].map((m) => m[1]);
  return {widgets, regions};
}

// ---------------------------------------------------------------------------------------------
// Checks that mirror the widgets' own, so a webmaster sees a mistake here rather than a link
// that silently goes missing on their site.

function checkLink(text) {
  try {
    const url = new URL(text, 'https://example.invalid/');
    if (['https:', 'http:', 'mailto:'].includes(url.protocol)) return undefined;
  } catch {
    // Not a URL at all.
  }
  return 'Use a web address starting with https:// (or a mailto: link). The widget ignores anything else.';
}

function checkPhone(text) {
  const digits = text.replace(/\D/g, '');
  if (/^\+?[\d\s().-]+$/.test(text) && digits.length >= 3 && digits.length <= 15) return undefined;
  return 'Use digits with spaces, brackets, dots or dashes, and an optional + in front. The widget ignores anything else.';
}

/** Shows or clears a field's error message and marks its control. */
function showError(control, errorNode, message) {
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  if (!errorNode) return;
  errorNode.textContent = message ?? '';
  errorNode.hidden = !message;
}

// ---------------------------------------------------------------------------------------------
// Building the form

/** Reads a text input: its trimmed value, or undefined when empty or wrong (with the error shown). */
function readText(input, errorNode, check) {
  const value = input.value.trim();
  const problem = value && check ? check(value) : undefined;
  showError(input, errorNode, problem);
  return value && !problem ? value : undefined;
}

/** Reads a number input with the browser's own range check. */
function readNumber(input, errorNode) {
  const value = input.value.trim();
  const problem =
    input.validity.badInput || (value && !input.validity.valid)
      ? `Use a number${input.min && input.max ? ` from ${input.min} to ${input.max}` : input.min ? ` of ${input.min} or more` : ''}.`
      : undefined;
  showError(input, errorNode, problem);
  return value && !problem ? value : undefined;
}

/** One widget option as a form control; returns the node and a reader giving its attribute value. */
function optionControl(widget, option) {
  const id = `${widget.tag}-${option.name}`;
  const hint = el('p', {id: `${id}-hint`, class: 'hint'}, ...richText(option.description));
  hint.append(
    ' ',
    el('span', {class: 'attribute-name'}, 'Attribute: ', el('code', {text: option.name})),
  );
  const error = el('p', {id: `${id}-error`, class: 'field-error', hidden: true});
  const describedBy = `${id}-hint ${id}-error`;

  if (option.kind === 'checkbox') {
    const input = el('input', {type: 'checkbox', id, 'aria-describedby': describedBy});
    const node = el(
      'div',
      {class: 'field'},
      el('div', {class: 'choice'}, input, el('label', {for: id, text: option.label})),
      hint,
    );
    return {node, read: () => (input.checked ? true : undefined)};
  }

  if (option.kind === 'list') {
    const boxes = option.values.map((value) =>
      el('input', {type: 'checkbox', id: `${id}-${value}`, value, checked: option.allByDefault}),
    );
    // `checked` as an attribute sets the default; keep the live state in step with it.
    for (const box of boxes) box.checked = option.allByDefault;
    const node = el(
      'fieldset',
      {class: 'choices', 'aria-describedby': describedBy},
      el('legend', {text: option.label}),
      el(
        'div',
        {class: 'choices__list'},
        ...boxes.map((box) =>
          el(
            'div',
            {class: 'choice'},
            box,
            el('label', {for: box.id}, el('code', {text: box.value})),
          ),
        ),
      ),
      hint,
      error,
    );
    return {
      node,
      read: () => {
        const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
        const none = option.allByDefault && chosen.length === 0;
        error.textContent = none ? 'Choose at least one.' : '';
        error.hidden = !none;
        if (none) return undefined;
        if (option.allByDefault && chosen.length === boxes.length) return undefined;
        return chosen.length ? chosen.join(' ') : undefined;
      },
    };
  }

  const label = el('label', {for: id, text: option.label});
  if (option.kind === 'select') {
    const select = el(
      'select',
      {id, 'aria-describedby': describedBy},
      ...option.values.map((value) =>
        el('option', {
          value,
          text: value === option.fallback ? `${value} (default)` : value,
        }),
      ),
    );
    if (option.fallback) select.value = option.fallback;
    const node = el('div', {class: 'field'}, label, select, hint);
    return {node, read: () => (select.value === option.fallback ? undefined : select.value)};
  }

  if (option.kind === 'number') {
    const input = el('input', {
      type: 'number',
      id,
      min: option.min,
      max: option.max,
      step: 'any',
      inputmode: 'decimal',
      'aria-describedby': describedBy,
    });
    if (option.fallback) hint.prepend(`Default: ${option.fallback}. `);
    const node = el('div', {class: 'field'}, label, input, hint, error);
    return {node, read: () => readNumber(input, error)};
  }

  const input = el('input', {
    type: 'text',
    id,
    inputmode: option.kind === 'url' ? 'url' : undefined,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': describedBy,
  });
  const node = el('div', {class: 'field'}, label, input, hint, error);
  return {
    node,
    read: () => readText(input, error, option.kind === 'url' ? checkLink : undefined),
  };
}

function fillStaticSelects(regions) {
  const regionNames = new Intl.DisplayNames(['en'], {type: 'region'});
  const region = $('region');
  region.replaceChildren(
    el('option', {value: '', text: 'Not set (United States lines)'}),
    ...regions.map((code) =>
      el('option', {value: code, text: `${regionNames.of(code)} (${code})`}),
    ),
  );
  const english = new Intl.DisplayNames(['en'], {type: 'language'});
  $('language').replaceChildren(
    el('option', {value: '', text: "Not set (the page's language)"}),
    ...LOCALES.map((code) => {
      const own = new Intl.DisplayNames([code], {type: 'language'}).of(code);
      const name = english.of(code);
      return el('option', {value: code, text: own && own !== name ? `${name} (${own})` : name});
    }),
  );
}

/** The colour pickers. Each is "unset" (the widget's default shows) until the webmaster picks. */
function colourControls() {
  return COLOURS.map(({property, label}) => {
    const id = `colour${property.replace('--iop-color', '')}`;
    const input = el('input', {
      type: 'color',
      id,
      'aria-describedby': `${id}-state ${id}-hint contrast`,
    });
    const state = el('span', {id: `${id}-state`, class: 'colour-state'});
    const reset = el(
      'button',
      {type: 'button', class: 'button button--small'},
      'Reset',
      el('span', {class: 'visually-hidden', text: ` ${label.toLowerCase()}`}),
    );
    const hint = el('p', {id: `${id}-hint`, class: 'hint'});
    const node = el(
      'div',
      {class: 'field'},
      el('label', {for: id, text: label}),
      el('div', {class: 'colour-row'}, input, state, reset),
      hint,
    );
    const control = {property, input, state, reset, hint, node, chosen: false};
    // The form's own listener updates everything after this one marks the colour as chosen.
    input.addEventListener('input', () => (control.chosen = true));
    reset.addEventListener('click', () => {
      control.chosen = false;
      update();
      input.focus();
    });
    return control;
  });
}

// ---------------------------------------------------------------------------------------------
// Colours

/** Resolves any CSS colour (also `light-dark()`) in a colour scheme to [r, g, b]. */
function resolveColour(value, scheme) {
  probe.style.setProperty('color-scheme', scheme);
  probe.style.setProperty('color', 'transparent');
  probe.style.setProperty('color', value);
  const numbers = getComputedStyle(probe)
    .color.match(/[\d.]+/g)
    ?.map(Number) ?? [0, 0, 0];
  return numbers.slice(0, 3);
}

const toHex = (rgb) => `#${rgb.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')}`;

function luminance(rgb) {
  const [r, g, b] = rgb.map((n) => {
    const c = n / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// ---------------------------------------------------------------------------------------------
// The snippet

/** The configured tag; one attribute a line when it would not fit on one. */
function tagSnippet(tag, attributes) {
  const parts = attributes.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
  if (oneLine.length <= 80) return oneLine;
  return `<${tag}\n${parts.map((p) => `  ${p}`).join('\n')}\n></${tag}>`;
}

/** The `<style>` rule with the chosen custom properties, or '' when none. */
function themeCss(tag, declarations) {
  if (!declarations.length) return '';
  return `${tag} {\n${declarations.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}`;
}

function scriptSnippet(meta) {
  if (!meta?.version) {
    return '<!-- The script tag could not be worked out here: copy it from the README. -->';
  }
  const url = `https://cdn.jsdelivr.net/npm/${meta.name}@${meta.version}/cdn/iop-widgets.js`;
  if (!meta.integrity)
    return `<script type="module" src="${url}" crossorigin="anonymous"></script>`;
  return (
    `<script type="module" src="${url}"\n` +
    `        integrity="${meta.integrity}" crossorigin="anonymous"></script>`
  );
}

function snippetText({meta, tag, attributes, lang, css}) {
  const parts = [scriptSnippet(meta)];
  if (lang) {
    const dir = RIGHT_TO_LEFT.has(lang) ? ' dir="rtl"' : '';
    parts.push(
      `<!-- The widget speaks your page's language: start the page with <html lang="${lang}"${dir}>. -->`,
    );
  }
  if (css) parts.push(`<style>\n  ${css.replace(/\n/g, '\n  ')}\n</style>`);
  parts.push(tagSnippet(tag, attributes));
  return `${parts.join('\n\n')}\n`;
}

/** The CDN file's name and version (from its banner) and its integrity hash. */
async function loadScriptMeta() {
  const response = await fetch(CDN_PATH, {credentials: 'omit'});
  if (!response.ok) throw new Error(`${CDN_PATH}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const banner = new TextDecoder().decode(bytes.slice(0, 200)).match(/^\/\*! (\S+) (\S+) /);
  if (!banner) throw new Error(`${CDN_PATH} has no version banner`);
  const meta = {name: banner[1], version: banner[2]};
  if (!globalThis.crypto?.subtle) {
    meta.problem =
      'This browser cannot compute the integrity hash on this address (it needs https: or localhost), so the snippet has none. Open the builder on https: or localhost for a pinned, checked script tag.';
    return meta;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  meta.integrity = `sha384-${btoa(String.fromCharCode(...digest))}`;
  return meta;
}

// ---------------------------------------------------------------------------------------------
// State → preview, snippet, contrast notes

let widgets = [];
const optionPanels = new Map();
let colours = [];
let meta;
let shownLocale = '';
/** The attributes this page set on the preview widget. */
let previewAttributes = new Set();
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function collect() {
  const tag = form.querySelector('input[name="widget"]:checked')?.value ?? widgets[0]?.tag;
  const widget = widgets.find((w) => w.tag === tag);
  const attributes = [];
  const clinic = {
    'clinic-name': readText($('clinic-name')),
    phone: readText($('phone'), $('phone-error'), checkPhone),
    'intake-url': readText($('intake-url'), $('intake-url-error'), checkLink),
    region: $('region').value || undefined,
  };
  for (const [name, value] of Object.entries(clinic)) if (value) attributes.push([name, value]);
  for (const {option, read} of optionPanels.get(tag)?.controls ?? []) {
    const value = read();
    if (value !== undefined) attributes.push([option.name, value]);
  }

  const scheme = form.querySelector('input[name="scheme"]:checked')?.value ?? '';
  const declarations = [];
  for (const c of colours) if (c.chosen) declarations.push([c.property, c.input.value]);
  const radius = readNumber($('radius'), $('radius-error'));
  if (radius !== undefined)
    declarations.push(['--iop-radius', radius === '0' ? '0' : `${radius}px`]);
  if (scheme) declarations.push(['--iop-color-scheme', scheme]);
  return {widget, tag, attributes, lang: $('language').value, scheme, declarations};
}

function updateColours(widget, scheme, declarations) {
  const schemes = scheme ? [scheme] : ['light', 'dark'];
  // The scheme the preview shows now: the chosen one, or this browser's.
  const shown = scheme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const token = (name) => widget?.tokens[name]?.default;
  const chosen = Object.fromEntries(declarations);
  for (const c of colours) {
    const description = widget?.tokens[c.property]?.description;
    c.hint.replaceChildren(...richText(description ?? ''));
    if (!c.chosen && token(c.property)) {
      c.input.value = toHex(resolveColour(token(c.property), shown));
    }
    c.state.textContent = c.chosen ? c.input.value : "Widget's default";
    c.reset.hidden = !c.chosen;
  }
  const problems = [];
  for (const s of schemes) {
    const rgb = (name) => resolveColour(chosen[name] ?? token(name) ?? 'transparent', s);
    for (const [fg, bg, what] of CONTRAST_PAIRS) {
      if (!token(fg) || !token(bg)) continue;
      const ratio = contrast(rgb(fg), rgb(bg));
      if (ratio < MIN_CONTRAST) {
        problems.push(
          `${what}: ${ratio.toFixed(1)}:1${schemes.length > 1 ? ` in ${s} mode` : ''}. It needs at least ${MIN_CONTRAST}:1.`,
        );
      }
    }
  }
  const box = $('contrast');
  if (!problems.length) {
    box.className = 'contrast contrast--ok';
    box.replaceChildren(
      el('p', {
        text: `Contrast: text, buttons and links are readable (at least ${MIN_CONTRAST}:1)${schemes.length > 1 ? ' in light and dark mode' : ''}.`,
      }),
    );
  } else {
    box.className = 'contrast contrast--warn';
    box.replaceChildren(
      el('p', {text: 'Some colours are hard to read. Change them before you copy the snippet:'}),
      el('ul', {}, ...problems.map((p) => el('li', {text: p}))),
    );
  }
}

function updatePreview({tag, attributes, lang}, css) {
  let widget = preview.firstElementChild;
  if (!widget || widget.localName !== tag) {
    widget = document.createElement(tag);
    preview.replaceChildren(widget);
    previewAttributes = new Set();
  }
  const wanted = new Map(attributes.map(([n, v]) => [n, v === true ? '' : v]));
  // Remove only what this page set: a widget may set attributes of its own (`dir` in Arabic).
  for (const name of previewAttributes) if (!wanted.has(name)) widget.removeAttribute(name);
  previewAttributes = new Set(wanted.keys());
  for (const [name, value] of wanted) {
    if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
  if (lang) preview.setAttribute('lang', lang);
  else preview.removeAttribute('lang');
  if (RIGHT_TO_LEFT.has(lang)) preview.setAttribute('dir', 'rtl');
  else preview.removeAttribute('dir');
  sheet.replaceSync(css);
  if (lang !== shownLocale) {
    shownLocale = lang;
    void window.IopWidgets?.setLocale(lang || document.documentElement.lang);
  }
}

function update() {
  if (!widgets.length) return;
  const state = collect();
  for (const [tag, panel] of optionPanels) panel.node.hidden = tag !== state.tag;
  $('widget-options-legend').textContent = `3. ${state.widget?.name ?? 'Widget'} options`;
  const css = themeCss(state.tag, state.declarations);
  updatePreview(state, css);
  updateColours(state.widget, state.scheme, state.declarations);
  const text = snippetText({...state, meta, css});
  if (snippet.value !== text) {
    snippet.value = text;
    snippet.rows = Math.min(Math.max(text.split('\n').length, 6), 24);
    copyStatus.textContent = '';
  }
}

// ---------------------------------------------------------------------------------------------
// Copying

let statusTimer;
function say(message) {
  // Empty first, so the same message is announced again on a second copy.
  copyStatus.textContent = '';
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => (copyStatus.textContent = message), 50);
}

copyButton.addEventListener('click', async () => {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippet.value);
    say('Copied. Paste it into your page.');
  } catch {
    snippet.focus();
    snippet.select();
    say(
      'Your browser did not let the page copy. The snippet is selected: press Ctrl+C (⌘C on a Mac).',
    );
  }
});

// ---------------------------------------------------------------------------------------------
// Start

function problem(node, message) {
  node.textContent = message;
  node.hidden = false;
}

async function start() {
  form.addEventListener('submit', (event) => event.preventDefault());
  const [manifestResult, metaResult] = await Promise.allSettled([
    fetch(MANIFEST_PATH, {credentials: 'omit'}).then((r) => {
      if (!r.ok) throw new Error(`${MANIFEST_PATH}: HTTP ${r.status}`);
      return r.json();
    }),
    loadScriptMeta(),
  ]);
  if (metaResult.status === 'fulfilled') {
    meta = metaResult.value;
    if (meta.problem) problem($('integrity-problem'), meta.problem);
  } else {
    problem(
      $('integrity-problem'),
      `Could not read the widget script to pin its version and hash (${metaResult.reason?.message ?? metaResult.reason}).`,
    );
  }
  if (manifestResult.status === 'rejected') {
    $('widget-choice-loading').remove();
    problem(
      $('load-problem'),
      `Could not load the list of widgets and their options (${manifestResult.reason?.message ?? manifestResult.reason}). Reload the page to try again.`,
    );
    return;
  }
  if (!window.IopWidgets) {
    problem($('load-problem'), 'The widget script did not load, so the preview cannot show.');
  }

  const parsed = widgetsFrom(manifestResult.value);
  widgets = parsed.widgets;
  fillStaticSelects(parsed.regions);

  const choices = widgets.map((w, i) =>
    el(
      'div',
      {class: 'choice choice--widget'},
      el('input', {
        type: 'radio',
        name: 'widget',
        id: `widget-${w.tag}`,
        value: w.tag,
        checked: i === 0,
        'aria-describedby': `widget-${w.tag}-summary`,
      }),
      el(
        'label',
        {for: `widget-${w.tag}`},
        el('span', {class: 'choice__title', text: w.name}),
        el('span', {id: `widget-${w.tag}-summary`, class: 'hint', text: w.summary}),
      ),
    ),
  );
  $('widget-choice-loading').replaceWith(...choices);

  const optionsFieldset = $('widget-options');
  for (const widget of widgets) {
    const controls = widget.options.map((option) => ({option, ...optionControl(widget, option)}));
    const node = el(
      'div',
      {class: 'option-list', hidden: true},
      ...(controls.length
        ? controls.map((c) => c.node)
        : [el('p', {class: 'hint', text: 'This widget has no options of its own.'})]),
    );
    optionsFieldset.append(node);
    optionPanels.set(widget.tag, {node, controls});
  }

  colours = colourControls();
  $('colour-fields').replaceChildren(...colours.map((c) => c.node));

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
  update();
}

start().catch((error) =>
  problem($('load-problem'), `The builder failed to start: ${error.message}`),
);
