// End-to-end check of the built CDN files (cdn/, from `npx rollup -c`) in headless Chromium, on
// pages served as `npm start` serves them (same server, same Content-Security-Policy), driven by
// puppeteer-core:
//
// - the all-in-one file loaded twice (the second time as another module instance) gives one
//   working set of widgets, and `window.IopWidgets.setLocale()` switches them;
// - `<html lang="es">` renders Spanish, and a later change of `lang` is followed;
// - a per-widget file and the all-in-one file on one page work together and switch together;
// - each per-widget file alone defines `<iop-clinic>` and its own widget only, in Spanish too;
// - a language's file is the only script fetched before the first render; the care quiz's result
//   and the sober tips' export chunks follow when the page is idle, and nothing fetched holds
//   English;
// - once that chunk is in, the plan exports with the network off; when it cannot be fetched, the
//   plan says so kindly, keeps what the visitor typed, and exports when the network is back;
// - after a switch of language, every widget shows exactly the words of that language's own file
//   (from English, from other languages, and from a per-widget file);
// - both demo pages render.
//
// Every page must load with no page error, no console error, no failed request (but those a check
// causes on purpose) and no request to another origin. It checks the widgets that are built; it prints one summary line and exits
// with 1 when a check fails.
import {existsSync, readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readUnits} from '../../build/xliff.mjs';
import {pagesFrom, startSite} from '../../web-dev-server.config.mjs';
import {launch} from '../browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cdn = join(root, 'cdn');
const WIDGETS = ['iop-program-explainer', 'iop-care-quiz', 'iop-sober-tips', 'iop-buddy-signup'];
const CLINIC = {name: 'Lantern Test Clinic', phone: '(410) 555-0147', tel: 'tel:4105550147'};

if (!existsSync(join(cdn, 'iop-widgets.js'))) {
  console.error('cdn e2e: cdn/iop-widgets.js not found; build it first: npx rollup -c');
  process.exit(1);
}
const widgetFiles = readdirSync(cdn).filter(
  (f) => /^iop-.+\.js$/.test(f) && f !== 'iop-widgets.js',
);

// Messages that tell the languages apart: plain text (no placeholders or markup), long enough
// not to occur by chance, and translated differently.
const decode = (raw) =>
  raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const messages = readUnits(join(root, 'xliff/es.xlf'))
  .filter(({source, target}) => target !== undefined && !/<x\s/.test(source + target))
  .map(({id, source, target}) => ({id, en: decode(source), es: decode(target)}))
  .filter(({en, es}) => en.length >= 12 && es.length >= 12 && en !== es);

/** Which language a widget's text is in: 'en', 'es', 'mixed' or 'unknown'. */
function language(text) {
  const english = messages.filter((m) => text.includes(m.en) && !m.es.includes(m.en));
  const spanish = messages.filter((m) => text.includes(m.es) && !m.en.includes(m.es));
  if (english.length && spanish.length) return 'mixed';
  if (english.length) return 'en';
  if (spanish.length) return 'es';
  return 'unknown';
}

const page = (body, {lang = 'en', scripts = ['/cdn/iop-widgets.js']} = {}) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>iop-widgets CDN check</title>
    <link rel="icon" href="data:," />
    ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;

const allTags = (attributes = '') =>
  WIDGETS.map((tag) => `<${tag}${attributes}></${tag}>`).join('\n    ');
const inClinic = (inner) =>
  `<iop-clinic clinic-name="${CLINIC.name}" phone="${CLINIC.phone}" region="US">
    ${inner}
  </iop-clinic>`;

const pages = {
  '/e2e/twice.html': page(inClinic(allTags()), {
    scripts: ['/cdn/iop-widgets.js', '/cdn/iop-widgets.js?instance=2'],
  }),
  '/e2e/spanish.html': page(inClinic(allTags()), {lang: 'es'}),
  '/e2e/spanish-file.html': page(inClinic(allTags()), {
    lang: 'es',
    scripts: ['/cdn/es/iop-widgets.js'],
  }),
  '/e2e/mixed.html': page(inClinic(allTags()), {
    scripts: [widgetFiles[0] && `/cdn/${widgetFiles[0]}`, '/cdn/iop-widgets.js'].filter(Boolean),
  }),
  '/e2e/sober-tips.html': page('<iop-sober-tips></iop-sober-tips>'),
  '/e2e/package-build.html': page(inClinic(allTags(' variant="compact"')), {
    scripts: ['/dist/cdn.js'],
  }),
  '/e2e/minified-build.html': page(inClinic(allTags(' variant="compact"'))),
};
/** The all-in-one file in `lang`'s words. */
const fileIn = (lang) => (lang === 'en' ? '/cdn/iop-widgets.js' : `/cdn/${lang}/iop-widgets.js`);
/** Switches of language to check: the page's language, its script, the language switched to. */
const switches = [
  ['en', fileIn('en'), 'es'],
  ['es', fileIn('es'), 'fr'],
  ['ar', fileIn('ar'), 'en'],
  ['zh-Hans', fileIn('zh-Hans'), 'vi'],
  ...widgetFiles.slice(0, 2).map((file, i) => ['en', `/cdn/${file}`, ['ar', 'tl'][i]]),
];
/** The page where `script` starts in `lang`. */
const switchPage = (lang, script) => `/e2e/switch-${lang}-${script.replace(/\W/g, '_')}.html`;
for (const [lang, script, to] of switches) {
  pages[`/e2e/words-${to}.html`] = page(inClinic(allTags()), {lang: to, scripts: [fileIn(to)]});
  pages[switchPage(lang, script)] = page(inClinic(allTags()), {
    lang,
    scripts: [script],
  });
}
for (const file of widgetFiles) {
  pages[`/e2e/alone-${file.replace(/\.js$/, '')}.html`] = page(inClinic(allTags()), {
    lang: 'es-MX',
    scripts: [`/cdn/${file}`],
  });
}

const server = await startSite({inner: [pagesFrom(pages)]});
const browser = await launch('chromium');

const results = [];
let checkedWidgets = [];

/**
 * Opens `path` in a fresh context, runs `body(page, problems)`, and records the check. `prepare(page)`
 * runs before the page opens; requests to addresses `failing(url)` accepts may fail (the check
 * makes them fail).
 */
async function check(name, path, body, {prepare, failing = () => false} = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  const origin = new URL(server.url).origin;
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() !== 'error' || failing(message.location()?.url ?? '')) return;
    problems.push(`console error: ${message.text()}`);
  });
  tab.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  tab.on('requestfailed', (request) => {
    if (!failing(request.url())) problems.push(`request failed: ${request.url()}`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await prepare?.(tab);
    await tab.goto(server.url + path.slice(1), {waitUntil: 'load'});
    await body(tab, problems);
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    await context.close();
  }
  results.push({name, problems});
}

/** The page's iop elements: tag, whether defined, shadow text and phone links. */
function snapshot(tab) {
  return tab.evaluate(async (widgets) => {
    const elements = [...document.querySelectorAll(widgets.join(','))];
    await Promise.all(elements.map((el) => el.updateComplete));
    return elements.map((el) => ({
      tag: el.localName,
      defined: Boolean(customElements.get(el.localName)),
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      tel: [...(el.shadowRoot?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) =>
        a.getAttribute('href'),
      ),
    }));
  }, WIDGETS);
}

/** Waits until every defined widget renders in `lang`; records which did not. */
async function expectLanguage(tab, lang, problems, label) {
  const isWrong = (w) => language(w.text) !== lang;
  const widgets = await definedWidgetsOnce(tab, (all) => !all.some(isWrong));
  if (!widgets.some(isWrong)) return widgets;
  for (const w of widgets.filter(isWrong)) {
    problems.push(`${label}: <${w.tag}> is ${language(w.text)}, expected ${lang}`);
  }
  return [];
}

/**
 * The page's defined widgets (as `snapshot` reads them), once `done(widgets)` holds, or as they
 * are after 10 seconds.
 */
async function definedWidgetsOnce(tab, done) {
  const deadline = Date.now() + 10000;
  for (;;) {
    const widgets = (await snapshot(tab)).filter((w) => w.defined);
    if (done(widgets) || Date.now() >= deadline) return widgets;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for `count` CDN files to have joined `window.IopWidgets`. */
async function bundlesLoaded(tab, count) {
  await tab.waitForFunction(
    (n) => window.IopWidgets?.bundles?.length === n,
    {timeout: 10000},
    count,
  );
}

await check('the all-in-one file loaded twice', '/e2e/twice.html', async (tab, problems) => {
  await bundlesLoaded(tab, 2);
  const widgets = await snapshot(tab);
  checkedWidgets = widgets.filter((w) => w.defined).map((w) => w.tag);
  if (!checkedWidgets.includes('iop-program-explainer')) {
    problems.push('<iop-program-explainer> is not defined by cdn/iop-widgets.js');
  }
  for (const w of widgets.filter((w) => w.defined)) {
    if (!w.text) problems.push(`<${w.tag}> rendered nothing`);
  }
  const explainer = widgets.find((w) => w.tag === 'iop-program-explainer' && w.defined);
  if (explainer && !explainer.tel.includes(CLINIC.tel)) {
    problems.push('<iop-program-explainer> does not offer the phone set on <iop-clinic>');
  }
  if (explainer && !explainer.text.includes(CLINIC.name)) {
    problems.push('<iop-program-explainer> does not name the clinic set on <iop-clinic>');
  }
  const shadowCopies = await tab.evaluate(() =>
    [...document.querySelectorAll('iop-program-explainer')].map(
      (el) => el.shadowRoot?.children.length,
    ),
  );
  if (shadowCopies.length !== 1) problems.push(`${shadowCopies.length} explainers on the page`);
  await expectLanguage(tab, 'en', problems, 'before setLocale');
  await tab.evaluate(() => window.IopWidgets.setLocale('es'));
  await expectLanguage(tab, 'es', problems, "after IopWidgets.setLocale('es')");
  const locale = await tab.evaluate(() => window.IopWidgets.getLocale());
  if (locale !== 'es') problems.push(`IopWidgets.getLocale() is "${locale}", expected "es"`);
});

/**
 * Runs in a page before its scripts: `window.firstRender` becomes the time (`performance.now()`)
 * when every iop widget on the page has rendered once. Idle work comes later, in a task of its own.
 */
function recordFirstRender(tags) {
  const rendered = (tag) =>
    customElements
      .whenDefined(tag)
      .then(() => Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete)));
  Promise.all(tags.map(rendered)).then(() => (window.firstRender = performance.now()));
}

/** The scripts the page has fetched: path and start time (`performance.now()`). */
const fetchedScripts = (tab) =>
  tab.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({path: new URL(entry.name).pathname, start: entry.startTime}))
      .filter((entry) => entry.path.endsWith('.js')),
  );

/** Waits until the page has fetched the script at `path`. */
const scriptFetched = (tab, path) =>
  tab.waitForFunction(
    (wanted) =>
      performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === wanted),
    {timeout: 10000},
    path,
  );

{
  // Every response from the navigation on, with its text.
  const responses = new Map();
  // The chunks fetched when idle: the plan export, the quiz's result and the signup's send code.
  const chunks = [
    '/cdn/es/lazy/iop-widgets.plan-export.js',
    '/cdn/es/lazy/iop-widgets.quiz-result.js',
    '/cdn/es/lazy/iop-widgets.send-path.js',
  ];
  await check(
    'cdn/es/iop-widgets.js: one script before first render, its lazy chunks when idle, no English fetched',
    '/e2e/spanish-file.html',
    async (tab, problems) => {
      await bundlesLoaded(tab, 1);
      await expectLanguage(tab, 'es', problems, 'cdn/es/iop-widgets.js');
      for (const chunk of chunks) await scriptFetched(tab, chunk);
      const firstRender = await tab.evaluate(() => window.firstRender);
      if (typeof firstRender !== 'number') throw new Error('the widgets never rendered');
      const scripts = await fetchedScripts(tab);
      const before = scripts.filter((script) => script.start < firstRender).map((s) => s.path);
      if (before.join() !== '/cdn/es/iop-widgets.js') {
        problems.push(`scripts before first render: ${before.join(', ')}`);
      }
      const after = scripts.filter((script) => script.start >= firstRender).map((s) => s.path);
      if (after.sort().join() !== chunks.join()) {
        problems.push(`scripts after first render: ${after.join(', ')}; expected ${chunks}`);
      }
      for (const chunk of chunks) {
        for (let tries = 0; !responses.has(chunk) && tries < 100; tries++) {
          await new Promise((done) => setTimeout(done, 50));
        }
        if (!responses.has(chunk)) problems.push(`no response recorded for ${chunk}`);
      }
      for (const [path, body] of responses) {
        const english = messages.filter((m) => body.includes(m.en) && !m.es.includes(m.en));
        if (english.length) problems.push(`${path} holds English: "${english[0].en}"`);
      }
    },
    {
      prepare: async (tab) => {
        await tab.evaluateOnNewDocument(recordFirstRender, WIDGETS);
        tab.on('response', async (response) => {
          const body = await response.text().catch(() => '');
          responses.set(new URL(response.url()).pathname, body);
        });
      },
    },
  );
}

/**
 * Fills in the plan of the page's `<iop-sober-tips>` and clicks the button `label`; returns what
 * the visitor then sees: the formats exported, the plan's notice and the event field.
 */
function usePlan(tab, label) {
  return tab.evaluate(async (label) => {
    const el = document.querySelector('iop-sober-tips');
    const root = el.shadowRoot;
    for (const [name, value] of [
      ['event', 'Game night'],
      ['start', '2031-02-01T19:00'],
    ]) {
      const input = root.querySelector(`[name="${name}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    }
    await el.updateComplete;
    const exported = [];
    el.addEventListener('iop-plan-export', (event) => exported.push(event.detail.format));
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label).click();
    await el.updateComplete;
    const notice = () => root.querySelector('[part="plan"] .notice');
    for (let tries = 0; !notice() && tries < 100; tries++) {
      await new Promise((done) => setTimeout(done, 50));
    }
    return {
      exported,
      notice: notice()?.textContent.trim() ?? '',
      event: root.querySelector('[name="event"]').value,
      copied: exported.length ? await navigator.clipboard.readText() : '',
    };
  }, label);
}

/** Lets the page use the clipboard, as a visitor's click does. */
const allowClipboard = (tab) =>
  tab
    .browserContext()
    .overridePermissions(new URL(server.url).origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);

await check(
  'the plan exports with the network off, once its chunk came when idle',
  '/e2e/sober-tips.html',
  async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    const chunk = '/cdn/lazy/iop-widgets.plan-export.js';
    await scriptFetched(tab, chunk);
    // The module the widget imported (the same address, so no second fetch): wait until it ran.
    await tab.evaluate(async (path) => void (await import(path)), chunk);
    await tab.setOfflineMode(true);
    const plan = await usePlan(tab, 'Copy as text');
    if (plan.exported.join() !== 'text' || plan.notice !== 'Copied.') {
      problems.push(`offline, "Copy as text" gave "${plan.notice}" (${plan.exported})`);
    }
    if (!plan.copied.includes('Event: Game night')) problems.push('the plan was not copied');
  },
  {prepare: allowClipboard},
);

{
  let unreachable = true;
  const isChunk = (url) => url.includes('/cdn/lazy/');
  const warnings = [];
  await check(
    'the plan when its chunk cannot be fetched, then when the network is back',
    '/e2e/sober-tips.html',
    async (tab, problems) => {
      await bundlesLoaded(tab, 1);
      const failed = await usePlan(tab, 'Copy as text');
      if (!failed.notice.includes('part of this page could not load')) {
        problems.push(`without its chunk, "Copy as text" gave "${failed.notice}"`);
      }
      if (failed.exported.length) problems.push(`exported ${failed.exported} without its chunk`);
      if (failed.event !== 'Game night') problems.push('the plan lost what the visitor typed');
      // The idle fetch after the first render has failed by now too.
      await tab.evaluate(() => new Promise((done) => requestIdleCallback(done, {timeout: 3000})));
      await tab.waitForNetworkIdle({idleTime: 300});
      const ours = warnings.filter((text) => text.startsWith('iop-widgets '));
      if (
        ours.length !== 1 ||
        !ours[0].startsWith('iop-widgets lazy-load-failed: "<iop-sober-tips> plan export"')
      ) {
        problems.push(`warnings: ${JSON.stringify(ours)}; expected one about the plan export`);
      }
      const rejections = await tab.evaluate(() => window.rejections);
      if (rejections.length) problems.push(`unhandled rejections: ${rejections.join(', ')}`);
      unreachable = false;
      const retried = await usePlan(tab, 'Copy as text');
      if (retried.exported.join() !== 'text' || retried.notice !== 'Copied.') {
        problems.push(`with the network back, "Copy as text" gave "${retried.notice}"`);
      }
    },
    {
      prepare: async (tab) => {
        await allowClipboard(tab);
        await tab.setRequestInterception(true);
        tab.on('request', (request) => {
          if (unreachable && isChunk(request.url())) void request.abort('internetdisconnected');
          else void request.continue();
        });
        tab.on('console', (message) => {
          if (message.type() === 'warn') warnings.push(message.text());
        });
        await tab.evaluateOnNewDocument(() => {
          window.rejections = [];
          addEventListener('unhandledrejection', (e) => window.rejections.push(String(e.reason)));
        });
      },
      failing: (url) => unreachable && isChunk(url),
    },
  );
}

await check(
  '<html lang="es">, then a change of lang',
  '/e2e/spanish.html',
  async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    await expectLanguage(tab, 'es', problems, 'lang="es"');
    await tab.evaluate(() => (document.documentElement.lang = 'en-GB'));
    await expectLanguage(tab, 'en', problems, 'lang changed to en-GB');
    await tab.evaluate(() => (document.documentElement.lang = 'es'));
    await expectLanguage(tab, 'es', problems, 'lang changed back to es');
  },
);

await check(
  `${widgetFiles[0] ?? 'no per-widget file'} with the all-in-one file`,
  '/e2e/mixed.html',
  async (tab, problems) => {
    if (!widgetFiles.length) throw new Error('no per-widget file in cdn/');
    await bundlesLoaded(tab, 2);
    const widgets = await snapshot(tab);
    for (const tag of checkedWidgets) {
      const w = widgets.find((x) => x.tag === tag);
      if (!w?.defined || !w.text) problems.push(`<${tag}> did not render`);
    }
    await expectLanguage(tab, 'en', problems, 'before setLocale');
    await tab.evaluate(() => window.IopWidgets.setLocale('es'));
    await expectLanguage(tab, 'es', problems, "after IopWidgets.setLocale('es')");
    await tab.evaluate(() => (document.documentElement.lang = 'en'));
    await expectLanguage(tab, 'en', problems, 'lang changed to en');
  },
);

for (const file of widgetFiles) {
  const tag = file.replace(/\.js$/, '');
  await check(`${file} alone, in Spanish`, `/e2e/alone-${tag}.html`, async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    const defined = await tab.evaluate(
      (tags) => tags.filter((t) => customElements.get(t)),
      ['iop-clinic', ...WIDGETS],
    );
    if (defined.join() !== ['iop-clinic', tag].join()) {
      problems.push(`defines ${defined.join(', ')}; expected iop-clinic, ${tag}`);
    }
    const widgets = await expectLanguage(tab, 'es', problems, 'lang="es-MX"');
    const own = widgets.find((w) => w.tag === tag);
    if (widgets.length && !own?.text) problems.push(`<${tag}> rendered nothing`);
  });
}

/** Each widget's text by tag. */
const wordsByTag = (widgets) => Object.fromEntries(widgets.map((w) => [w.tag, w.text]));

/**
 * Records where each widget's words (`actual`, by tag) first part from `expected`'s, with the
 * words around that place on both sides; `source` names where the expected words come from.
 */
function compareWords(actual, expected, source, problems) {
  for (const [tag, text] of Object.entries(actual)) {
    const want = expected[tag] ?? '';
    if (text === want) continue;
    let at = 0;
    while (text[at] === want[at]) at++;
    const around = (words) => words.slice(Math.max(0, at - 40), at + 40);
    problems.push(`<${tag}> reads "…${around(text)}…" where ${source} reads "…${around(want)}…"`);
  }
}

const nativeWords = {};
for (const [, , to] of switches) {
  if (nativeWords[to]) continue;
  await check(`the ${to} file's words`, `/e2e/words-${to}.html`, async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    nativeWords[to] = wordsByTag(await definedWidgetsOnce(tab, () => true));
    if (Object.keys(nativeWords[to]).length !== WIDGETS.length) {
      problems.push(`${fileIn(to)} defined ${Object.keys(nativeWords[to]).join(', ')}`);
    }
  });
}
for (const [lang, script, to] of switches) {
  const path = switchPage(lang, script);
  await check(`${script} on a ${lang} page, switched to ${to}`, path, async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    await tab.evaluate((next) => (document.documentElement.lang = next), to);
    const expected = nativeWords[to] ?? {};
    const same = (widgets) =>
      widgets.length > 0 && widgets.every((w) => w.text === expected[w.tag]);
    const words = wordsByTag(await definedWidgetsOnce(tab, same));
    compareWords(words, expected, `the ${to} file`, problems);
  });
}

for (const [path, lang] of [
  ['/', 'en'],
  ['/configured.html', 'es'],
]) {
  await check(`demo page ${path}`, path, async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    const widgets = await expectLanguage(tab, lang, problems, `demo page in ${lang}`);
    for (const w of widgets) if (!w.text) problems.push(`<${w.tag}> rendered nothing`);
  });
}

/**
 * Each widget's words as laid out (`innerText`: a line break between blocks, the spaces a reader
 * sees between words and links), so a space the minifier dropped between two words shows.
 */
const laidOutWords = (tab) =>
  tab.evaluate(async (widgets) => {
    const elements = [...document.querySelectorAll(widgets.join(','))];
    await Promise.all(elements.map((el) => el.updateComplete));
    return elements.map((el) => ({
      tag: el.localName,
      text: [...el.shadowRoot.children]
        .map((child) => child.innerText ?? '')
        .join('\n')
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n[\s]*/g, '\n')
        .trim(),
    }));
  }, WIDGETS);

let packageWords = {};
await check('the package build, not minified', '/e2e/package-build.html', async (tab) => {
  await tab.waitForFunction(() => customElements.get('iop-buddy-signup'), {timeout: 15000});
  packageWords = wordsByTag(await laidOutWords(tab));
});
await check(
  'the CDN file reads as the package does',
  '/e2e/minified-build.html',
  async (tab, problems) => {
    await bundlesLoaded(tab, 1);
    const words = await laidOutWords(tab);
    if (words.length !== WIDGETS.length) problems.push(`${words.length} widgets rendered`);
    compareWords(wordsByTag(words), packageWords, 'the package build', problems);
  },
);

await browser.close();
await server.close();

const failed = results.filter((r) => r.problems.length);
for (const {name, problems} of failed) {
  console.log(`✗ ${name}`);
  for (const problem of [...new Set(problems)]) console.log(`    ${problem}`);
}
console.log(
  `cdn e2e: ${results.length - failed.length} passed, ${failed.length} failed ` +
    `(widgets: ${checkedWidgets.map((t) => t.replace(/^iop-/, '')).join(', ') || 'none'})`,
);
process.exit(failed.length ? 1 : 0);
