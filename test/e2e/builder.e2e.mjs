// End-to-end check of the embed builder (demo/builder.html) in headless Chromium, served as
// `npm start` serves it (same server, same Content-Security-Policy with Trusted Types):
//
// - for each widget, it picks the widget, fills clinic details, options, a language and colours
//   with the keyboard and mouse as a webmaster would, copies the snippet with the Copy button
//   (reading it back from the clipboard) and checks it: the pinned CDN URL of this version, the
//   integrity hash of the built cdn/iop-widgets.js, attributes escaped for HTML;
// - it pastes the snippet into a blank page on the same server, with the CDN URL pointed at the
//   local /cdn/iop-widgets.js and the integrity attribute kept (so the hash must match the file),
//   and `<html lang>` as the snippet's comment asks; the pasted widget must have the same
//   attributes, the same computed colours and radii, and the same shadow text as the preview;
// - a pasted page whose integrity hash is wrong must not run the script (the check can fail);
// - axe-core finds no violation on the builder, light and dark, wide and 360 px, and the page
//   does not scroll sideways at 360 px.
//
// Pages load with no page error, no console error, no failed request and no request to another
// origin. It prints one summary line and exits with 1 when a check fails. Build first:
// `npx rollup -c`.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath, requireBrowser} from '../../scripts/browsers.mjs';
import {demoMounts, demoPages} from '../../scripts/demo-site.mjs';
import {startStaticServer} from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const cdnFile = join(root, 'cdn/iop-widgets.js');
if (!existsSync(cdnFile)) {
  console.error('builder e2e: cdn/iop-widgets.js not found; build it first: npx rollup -c');
  process.exit(1);
}
const {name, version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinnedUrl = `https://cdn.jsdelivr.net/npm/${name}@${version}/cdn/iop-widgets.js`;
const integrity = `sha384-${createHash('sha384').update(readFileSync(cdnFile)).digest('base64')}`;
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What a webmaster does in the builder, per widget: the attributes the tag must end up with, the
 * inputs that give them, and the theme.
 */
const SCENARIOS = [
  {
    tag: 'iop-care-quiz',
    attributes: {
      'clinic-name': 'Harbor & "Light" <Recovery>',
      phone: '(410) 555-0147',
      'intake-url': 'https://harbor.example/intake?from=quiz&lang=en',
      'share-answers': '',
      'exit-url': 'https://www.example.org/weather',
    },
    fill: {
      '#clinic-name': 'Harbor & "Light" <Recovery>',
      '#phone': '(410) 555-0147',
      '#intake-url': 'https://harbor.example/intake?from=quiz&lang=en',
      '#iop-care-quiz-exit-url': 'https://www.example.org/weather',
    },
    check: ['#iop-care-quiz-share-answers'],
    scheme: 'light',
    colours: {'#colour-accent': '#6b3fa0'},
    escaped: 'clinic-name="Harbor &amp; &quot;Light&quot; &lt;Recovery&gt;"',
  },
  {
    tag: 'iop-program-explainer',
    lang: 'es',
    attributes: {
      'clinic-name': 'Clínica Faro',
      region: 'GB',
      'hours-per-week': '9',
      'days-per-week': '3',
      tracks: 'morning evening',
      variant: 'compact',
    },
    fill: {
      '#clinic-name': 'Clínica Faro',
      '#iop-program-explainer-hours-per-week': '9',
      '#iop-program-explainer-days-per-week': '3',
    },
    select: {'#region': 'GB', '#language': 'es', '#iop-program-explainer-variant': 'compact'},
    check: ['#iop-program-explainer-tracks-morning', '#iop-program-explainer-tracks-evening'],
    scheme: 'dark',
    colours: {'#colour-accent': '#f2b661', '#colour-on-accent': '#2a1800'},
    // The compact explainer's first view has no accent-coloured button.
    seen: ['#f2b661'],
    radius: '4',
  },
  {
    tag: 'iop-sober-tips',
    lang: 'ar',
    attributes: {phone: '+44 20 7946 0000', region: 'GB', occasion: 'holiday', 'hide-plan': ''},
    fill: {'#phone': '+44 20 7946 0000'},
    select: {'#region': 'GB', '#language': 'ar', '#iop-sober-tips-occasion': 'holiday'},
    check: ['#iop-sober-tips-hide-plan'],
    colours: {'#colour-text': '#202020', '#colour-surface': '#fffdf5'},
    scheme: 'light',
  },
  {
    tag: 'iop-buddy-signup',
    lang: 'fr',
    attributes: {
      'clinic-name': 'Centre Phare',
      region: 'CA',
      'privacy-url': 'https://phare.example/confidentialite',
    },
    fill: {
      '#clinic-name': 'Centre Phare',
      '#iop-buddy-signup-privacy-url': 'https://phare.example/confidentialite',
    },
    select: {'#region': 'CA', '#language': 'fr'},
    radius: '0',
  },
];

let pasted = '';
const server = await startStaticServer({
  mounts: demoMounts,
  pages: {...demoPages, '/e2e/pasted.html': () => pasted},
});
const origin = new URL(server.url).origin;
const browser = await chromium.launch({
  executablePath: requireBrowser(chromiumPath, 'chromium'),
  headless: true,
  args: chromiumArgs,
});

const results = [];

/**
 * Opens a fresh context, runs `body(context, watch, problems)`, and records the check. `watch(tab)`
 * records the tab's errors, failed requests and requests to another origin (`allow` lists console
 * errors that are expected).
 */
async function check(label, body, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const problems = [];
  const watch = (tab, allow = []) => {
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (allow.some((pattern) => pattern.test(message.text()))) return;
      problems.push(`console error: ${message.text()}`);
    });
    tab.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    tab.on('requestfailed', (request) => {
      if (!allow.length) problems.push(`request failed: ${request.url()}`);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return tab;
  };
  try {
    await body(context, watch, problems);
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    await context.close();
  }
  results.push({label, problems});
}

/** Opens the builder and waits until it has read the manifest and the CDN file. */
async function openBuilder(tab) {
  await tab.goto(`${server.url}builder.html`, {waitUntil: 'load'});
  await tab.waitForSelector('input[name="widget"]', {timeout: 10000});
  await tab.waitForFunction(
    () => document.querySelector('#snippet')?.value.includes('integrity'),
    undefined,
    {timeout: 10000},
  );
}

/**
 * What the visitor of a page sees of its one widget: its attributes, language, shadow text, and
 * every computed colour and corner radius in its shadow tree.
 */
async function widgetState(tab, tag, lang) {
  await tab.waitForFunction(
    ([t, l]) =>
      customElements.get(t) &&
      document.querySelector(t)?.shadowRoot?.childElementCount &&
      (!l || window.IopWidgets?.getLocale() === l),
    [tag, lang],
    {timeout: 10000},
  );
  return tab.evaluate(async (t) => {
    const widget = document.querySelector(t);
    await widget.updateComplete;
    const looks = new Set();
    for (const node of [widget, ...widget.shadowRoot.querySelectorAll('*')]) {
      const style = getComputedStyle(node);
      for (const property of ['color', 'background-color', 'border-top-color']) {
        looks.add(`${property} ${style.getPropertyValue(property)}`);
      }
      looks.add(`border-radius ${style.borderTopLeftRadius}`);
    }
    return {
      attributes: Object.fromEntries(
        widget
          .getAttributeNames()
          .sort()
          .map((n) => [n, widget.getAttribute(n)]),
      ),
      locale: window.IopWidgets?.getLocale(),
      text: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      looks: [...looks].sort(),
    };
  }, tag);
}

/** Runs axe-core on the page; returns its violations as short lines. */
async function axe(tab, where) {
  // The builder's CSP refuses injected script tags; evaluating the source directly is allowed.
  await tab.evaluate(axeSource);
  const violations = await tab.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map(
      (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
  return violations.map((v) => `axe, ${where}: ${v}`);
}

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const scenario of SCENARIOS) {
  const {tag} = scenario;
  await check(`${tag}: preview and pasted snippet match`, async (context, watch, problems) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
    const tab = watch(await context.newPage());
    await openBuilder(tab);

    await tab.check(`#widget-${tag}`);
    for (const [selector, value] of Object.entries(scenario.fill ?? {})) {
      await tab.fill(selector, value);
    }
    for (const [selector, value] of Object.entries(scenario.select ?? {})) {
      await tab.selectOption(selector, value);
    }
    for (const selector of scenario.check ?? []) await tab.check(selector);
    if (scenario.scheme) await tab.check(`#scheme-${scenario.scheme}`);
    for (const [selector, value] of Object.entries(scenario.colours ?? {})) {
      await tab.fill(selector, value);
    }
    if (scenario.radius !== undefined) await tab.fill('#radius', scenario.radius);

    // Copy with the keyboard: Tab from the snippet to the Copy button, then Enter.
    await tab.focus('#snippet');
    await tab.keyboard.press('Tab');
    const focused = await tab.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement).outlineStyle,
    }));
    if (focused.id !== 'copy') problems.push(`Tab from the snippet reached #${focused.id}`);
    else if (focused.outline === 'none') problems.push('the focused Copy button shows no outline');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(
      () => /^Copied/.test(document.querySelector('#copy-status')?.textContent ?? ''),
      undefined,
      {timeout: 5000},
    );
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    const shown = await tab.inputValue('#snippet');
    if (copied !== shown) problems.push('the clipboard does not hold the snippet shown');

    if (!copied.includes(`src="${pinnedUrl}"`))
      problems.push(`the snippet does not load ${pinnedUrl}`);
    if (!copied.includes(`integrity="${integrity}"`)) {
      problems.push('the snippet lacks the integrity hash of cdn/iop-widgets.js');
    }
    if (scenario.escaped && !copied.includes(scenario.escaped)) {
      problems.push(`the snippet does not escape the clinic name: want ${scenario.escaped}`);
    }
    const wantsLang = copied.match(/<html lang="([^"]+)"( dir="rtl")?>/);
    if ((wantsLang?.[1] ?? undefined) !== scenario.lang) {
      problems.push(`the snippet asks for <html lang="${wantsLang?.[1]}">, not "${scenario.lang}"`);
    }

    const before = await widgetState(tab, tag, scenario.lang);
    // In Arabic the widget sets dir="rtl" on itself.
    const own = scenario.lang === 'ar' ? {dir: 'rtl'} : {};
    const want = Object.fromEntries(Object.entries({...scenario.attributes, ...own}).sort());
    if (JSON.stringify(before.attributes) !== JSON.stringify(want)) {
      problems.push(
        `preview attributes ${JSON.stringify(before.attributes)}, want ${JSON.stringify(want)}`,
      );
    }
    if (!before.text) problems.push('the preview rendered no text');
    for (const hex of scenario.seen ?? Object.values(scenario.colours ?? {})) {
      if (!before.looks.some((look) => look.endsWith(rgb(hex)))) {
        problems.push(`the preview shows no ${hex}`);
      }
    }
    if (
      scenario.radius !== undefined &&
      !before.looks.includes(`border-radius ${scenario.radius}px`)
    ) {
      problems.push(`the preview has no ${scenario.radius}px corners`);
    }

    // Paste it into a blank page, as the snippet says.
    pasted = `<!doctype html>
<html lang="${wantsLang?.[1] ?? 'en'}"${wantsLang?.[2] ?? ''}>
  <head>
    <meta charset="utf-8" />
    <title>Pasted snippet</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
${copied.replaceAll(pinnedUrl, '/cdn/iop-widgets.js')}
  </body>
</html>`;
    // A clinic page with a Content-Security-Policy would move the inline <style> into its own
    // stylesheet, as the builder says; this blank page has none. Integrity checks still apply.
    const pageContext = await browser.newContext({bypassCSP: true});
    try {
      const page = watch(await pageContext.newPage());
      await page.goto(`${server.url}e2e/pasted.html`, {waitUntil: 'load'});
      const after = await widgetState(page, tag, scenario.lang);
      if (JSON.stringify(after.attributes) !== JSON.stringify(before.attributes)) {
        problems.push(
          `pasted attributes ${JSON.stringify(after.attributes)}, preview ${JSON.stringify(before.attributes)}`,
        );
      }
      if (after.locale !== before.locale) {
        problems.push(`pasted widget speaks ${after.locale}, preview ${before.locale}`);
      }
      if (after.text !== before.text) {
        problems.push(
          `pasted text differs: "${after.text.slice(0, 80)}…" / "${before.text.slice(0, 80)}…"`,
        );
      }
      const missing = before.looks.filter((look) => !after.looks.includes(look));
      const extra = after.looks.filter((look) => !before.looks.includes(look));
      if (missing.length || extra.length) {
        problems.push(
          `pasted colours differ: preview only ${missing.join('; ')}; pasted only ${extra.join('; ')}`,
        );
      }
    } finally {
      await pageContext.close();
    }
  });
}

await check('a wrong integrity hash stops the script', async (context, watch, problems) => {
  pasted = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Tampered</title><link rel="icon" href="data:," /></head>
  <body>
    <script type="module" src="/cdn/iop-widgets.js"
            integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>
    <iop-care-quiz></iop-care-quiz>
  </body>
</html>`;
  const tab = watch(await context.newPage(), [/integrity/i]);
  await tab.goto(`${server.url}e2e/pasted.html`, {waitUntil: 'load'});
  await tab.waitForTimeout(500);
  if (await tab.evaluate(() => Boolean(customElements.get('iop-care-quiz')))) {
    problems.push('the script ran although its integrity hash is wrong');
  }
});

for (const [width, colorScheme] of [
  [1280, 'light'],
  [1280, 'dark'],
  [360, 'light'],
  [360, 'dark'],
]) {
  await check(
    `builder at ${width} px, ${colorScheme}: axe and layout`,
    async (context, watch, problems) => {
      const tab = watch(await context.newPage());
      await openBuilder(tab);
      problems.push(...(await axe(tab, 'first view')));
      // A configured state: a widget with options, a chosen colour and a field error showing.
      await tab.check('#widget-iop-program-explainer');
      await tab.fill('#clinic-name', 'Harbor Light Recovery');
      await tab.fill('#intake-url', 'javascript:alert(1)');
      await tab.fill('#colour-accent', '#6b3fa0');
      // This purple is too dark for dark mode: the builder must say so until the scheme is light.
      if (!(await tab.isVisible('.contrast--warn'))) {
        problems.push('no contrast warning for #6b3fa0 in dark mode');
      }
      await tab.check('#scheme-light');
      if (!(await tab.isVisible('.contrast--ok'))) {
        problems.push('a contrast warning remains for #6b3fa0 in light mode');
      }
      await widgetState(tab, 'iop-program-explainer');
      if (!(await tab.isVisible('#intake-url-error'))) {
        problems.push('a javascript: intake link shows no error');
      }
      problems.push(...(await axe(tab, 'configured')));
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) problems.push(`the page scrolls sideways by ${overflow}px`);
    },
    {viewport: {width, height: 900}, colorScheme},
  );
}

await browser.close();
await server.close();

const failed = results.filter((r) => r.problems.length);
for (const {label, problems} of failed) {
  console.log(`✗ ${label}`);
  for (const problem of [...new Set(problems)]) console.log(`    ${problem}`);
}
console.log(
  `builder e2e: ${results.length - failed.length} passed, ${failed.length} failed ` +
    `(widgets: ${SCENARIOS.map((s) => s.tag.replace(/^iop-/, '')).join(', ')})`,
);
process.exit(failed.length ? 1 : 0);
