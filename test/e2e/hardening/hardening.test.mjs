// The hardening suite: the built CDN files on hostile real pages, in Chromium and Firefox ESR,
// both through puppeteer-core (CDP and WebDriver BiDi). `npm run test:e2e` runs it after the
// build; HARDENING_BROWSERS=chromium (or firefox) runs one browser.
//
// Pages live in pages/ and load pages/probe.js first, which records policy violations, Trusted
// Types policies, dialogs, events and every cookie and storage write. The server (server.mjs)
// serves them with the demo site's strict Content-Security-Policy, or without it under /nocsp/,
// logs every request and receives signups at /e2e-endpoint/.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createRequire} from 'node:module';
import {after, before, describe, it} from 'node:test';
import {launch} from './browsers.mjs';
import {startServer} from './server.mjs';

const BROWSERS = (process.env.HARDENING_BROWSERS ?? 'chromium,firefox').split(',');
const WIDGETS = ['iop-program-explainer', 'iop-care-quiz', 'iop-sober-tips', 'iop-buddy-signup'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
// The npm build (dist/, made by tsc) shares a page with the CDN file in one check: build it when it
// is missing or older than any source file.
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
if (!existsSync(join(root, 'cdn/iop-widgets.js'))) {
  throw new Error('cdn/iop-widgets.js not found; build it first: npx rollup -c');
}
const newest = (dir) =>
  Math.max(
    ...readdirSync(dir, {withFileTypes: true, recursive: true})
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
const distIndex = join(root, 'dist/index.js');
if (!existsSync(distIndex) || statSync(distIndex).mtimeMs < newest(join(root, 'src'))) {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], {cwd: root, stdio: 'inherit'});
}

const server = await startServer();
after(() => server.close());

/** Opens `path` on the suite's server in a fresh page and waits for the widgets to render. */
async function open(browser, path, options) {
  const page = await browser.newPage(options);
  await page.goto(server.url + path.replace(/^\//, ''));
  await page.evaluate(() => window.hardening.ready());
  return page;
}

/** Markup, script and template injections; `${origin}/evil/…` addresses must never be requested. */
const payloads = (origin) => [
  `<img src=x onerror=alert('img')>`,
  `<img src="${origin}/evil/img">`,
  `"><script>alert('script')</script>`,
  `'><svg onload=alert('svg')>`,
  `<iframe src="${origin}/evil/frame"></iframe>`,
  `<a href="javascript:alert('a')">link</a>`,
  `<style>@import '${origin}/evil/css';</style>`,
  `javascript:alert('js')`,
  ` \tJaVaScRiPt:alert('js-mixed')`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>alert('data')</script>`,
  `\${alert('template')}`,
  `{{constructor.constructor('alert(1)')()}}`,
  `${origin}/evil/link`,
];

/** The codes docs/warnings.md explains (a unit test keeps them in step with the source). */
const warningCodes = [
  ...readFileSync(join(root, 'docs/warnings.md'), 'utf8').matchAll(/^### `([^`]+)`$/gm),
].map(([, code]) => code);

/** A warning as the CDN files write it: its code, its values as JSON, where it is explained. */
const cdnWarning =
  /^iop-widgets ([a-z-]+): .+ — see docs\/warnings\.md in the iop-widgets package$/s;

/** Page errors and console errors the page produced. */
const errorsOf = (page) => [
  ...page.events.errors.map((e) => `page error: ${e}`),
  ...page.events.console.filter((m) => m.type === 'error').map((m) => `console error: ${m.text}`),
];

/** Requests other than to the page's own origin (data: URLs aside). */
const foreignRequests = (page) =>
  page.events.requests.filter((url) => !url.startsWith('data:') && !url.startsWith(server.origin));

/**
 * Keyboard helpers for one page: `focus()` describes the deepest focused element and whether a
 * focus ring shows on it; `tab(until)` presses Tab until `until(focus)` holds, noting in
 * `problems` any step where focus fell to the body or showed no ring.
 */
function keyboard(page) {
  const problems = [];
  const focus = () =>
    page.evaluate(() => {
      const el = window.hardening.focused();
      // A chip draws the ring of its radio on its label.
      const ringed = (node) => {
        const style = node && getComputedStyle(node);
        return (
          (style?.outlineStyle !== 'none' && parseFloat(style?.outlineWidth) > 0) ||
          (style?.boxShadow ?? 'none') !== 'none'
        );
      };
      return {
        tag: el?.localName ?? 'none',
        type: el?.getAttribute('type') ?? '',
        name: el?.getAttribute('name') ?? '',
        id: el?.id ?? '',
        href: el?.getAttribute('href') ?? '',
        expanded: el?.getAttribute('aria-expanded') ?? '',
        text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
        inShadow: el?.getRootNode() instanceof ShadowRoot,
        visible: ringed(el) || ringed(el?.closest('label')),
      };
    });
  const tab = async (until, limit = 15) => {
    for (let i = 0; i < limit; i++) {
      await page.press('Tab');
      const now = await focus();
      if (now.tag === 'body' || now.tag === 'none') problems.push('focus lost to body');
      else if (now.inShadow && !now.visible)
        problems.push(`no focus ring: ${now.tag} ${now.type} ${now.text}`);
      if (until(now)) return now;
    }
    throw new Error(`never reached the wanted control: ${JSON.stringify(await focus())}`);
  };
  return {focus, tab, problems};
}

for (const name of BROWSERS) {
  describe(name, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser?.close());

    describe('hostile host CSS', () => {
      let page;
      before(async () => {
        page = await open(browser, 'pages/hostile.html');
      });
      after(() => page?.close());

      it('keeps every widget button at least 24 by 24 px and clickable', async () => {
        const small = await page.evaluate(async (tags) => {
          const h = window.hardening;
          const problems = [];
          for (const tag of tags) {
            const host = document.querySelector(tag);
            const buttons = [...host.shadowRoot.querySelectorAll('button, [part~="button"]')];
            for (const button of buttons.filter((b) => b.getClientRects().length)) {
              const box = button.getBoundingClientRect();
              if (box.width < 24 || box.height < 24) {
                problems.push(`${tag} button ${box.width}×${box.height}`);
              }
              const x = box.left + box.width / 2;
              const y = box.top + box.height / 2;
              button.scrollIntoView({block: 'center'});
              const at = button.getBoundingClientRect();
              const hit = document.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
              let deepest = hit;
              while (deepest?.shadowRoot) {
                const inner = deepest.shadowRoot.elementFromPoint(
                  at.left + at.width / 2,
                  at.top + at.height / 2,
                );
                if (!inner || inner === deepest) break;
                deepest = inner;
              }
              if (!button.contains(deepest)) problems.push(`${tag} button covered (${x},${y})`);
            }
          }
          const started = await h.click('iop-care-quiz', 'button', 'Start the self-check');
          if (!started || !/Question 1 of/.test(h.text('iop-care-quiz'))) {
            problems.push('quiz did not start');
          }
          return problems;
        }, WIDGETS);
        assert.deepEqual(small, []);
      });

      // The page sets `* { box-sizing: content-box }`, which reaches each widget's host: a widget
      // whose inner boxes inherited it would push its padded fields past its own edge (the
      // signup's inputs did, by 13 px at 1280 px).
      it('keeps every widget inside its own box, without horizontal scrolling, at 1280 px', async () => {
        await page.setViewport({width: 1280, height: 800});
        const outside = await page.evaluate(async (tags) => {
          await window.hardening.settle();
          const found = [];
          if (document.documentElement.scrollWidth > innerWidth) {
            found.push(`page ${document.documentElement.scrollWidth} > ${innerWidth}`);
          }
          for (const tag of tags) {
            const host = document.querySelector(tag);
            const edge = host.getBoundingClientRect().right + 1;
            const over = [...host.shadowRoot.querySelectorAll('*')].filter(
              (el) => el.getClientRects().length && el.getBoundingClientRect().right > edge,
            );
            if (over.length)
              found.push(`${tag}: ${over.length} boxes, first <${over[0].localName}>`);
          }
          return found;
        }, WIDGETS);
        await page.setViewport({width: 1024, height: 768});
        assert.deepEqual(outside, []);
      });

      it('keeps body text at 4.5:1 against the widget surface', async () => {
        const ratios = await page.evaluate((tags) => {
          const h = window.hardening;
          return tags.map((tag) => {
            const paragraph = h.find(tag, 'p');
            const color = getComputedStyle(paragraph).color;
            return {tag, ratio: h.contrast(color, h.background(paragraph))};
          });
        }, WIDGETS);
        for (const {tag, ratio} of ratios) assert.ok(ratio >= 4.5, `${tag}: ${ratio.toFixed(2)}:1`);
      });

      it('passes the page font family through, but not its text colour', async () => {
        const seen = await page.evaluate((tags) => {
          const h = window.hardening;
          return tags.map((tag) => {
            const style = getComputedStyle(h.find(tag, 'p'));
            return {tag, font: style.fontFamily, color: style.color};
          });
        }, WIDGETS);
        for (const {tag, font, color} of seen) {
          assert.match(font, /Courier New/, `${tag} font`);
          assert.notEqual(color, 'rgb(255, 0, 255)', `${tag} colour`);
        }
      });
    });

    describe('hostile input, on a page without a security policy', () => {
      let page;
      before(async () => {
        page = await open(browser, 'nocsp/pages/empty.html');
        await page.evaluate(
          async ({tags, payloads}) => {
            const h = window.hardening;
            const main = document.querySelector('main');
            for (const [n, payload] of payloads.entries()) {
              const clinic = document.createElement('iop-clinic');
              for (const name of customElements.get('iop-clinic').observedAttributes) {
                clinic.setAttribute(name, payload);
              }
              for (const tag of tags) {
                const widget = document.createElement(tag);
                widget.id = `${tag}-${n}`;
                for (const name of customElements.get(tag).observedAttributes) {
                  widget.setAttribute(name, payload);
                }
                for (const slot of ['intro', 'cta']) {
                  const text = document.createElement('p');
                  text.slot = slot;
                  text.dataset.fixture = '';
                  text.textContent = payload;
                  widget.append(text);
                }
                if (tag === 'iop-sober-tips') {
                  const feed = document.createElement('script');
                  feed.type = 'application/json';
                  feed.textContent = JSON.stringify([
                    {
                      title: payload,
                      start: '2099-05-01T18:00:00Z',
                      location: payload,
                      url: payload,
                      description: payload,
                    },
                  ]);
                  widget.append(feed);
                }
                clinic.append(widget);
              }
              const tips = document.createElement('iop-sober-tips');
              tips.setAttribute('events-src', '/pages/evil-feed.json');
              clinic.append(tips);
              main.append(clinic);
            }
            await h.ready();
            const quizzes = [...document.querySelectorAll('iop-care-quiz')];
            await Promise.all(quizzes.map((quiz) => h.answerQuiz(quiz)));
            for (const signup of document.querySelectorAll('iop-buddy-signup')) {
              await h.click(signup, 'button[type="submit"]');
            }
            for (let i = 0; i < 20; i++) await h.settle();
          },
          {tags: WIDGETS, payloads: payloads(server.origin)},
        );
      });
      after(() => page?.close());

      it('renders every widget with a payload in every attribute, slot and feed field', async () => {
        const rendered = await page.evaluate(
          (tags) => tags.map((tag) => document.querySelectorAll(`${tag}`).length),
          WIDGETS,
        );
        assert.ok(
          rendered.every((n) => n >= 14),
          `widgets rendered: ${rendered}`,
        );
        const results = await page.evaluate(
          () =>
            [...document.querySelectorAll('iop-care-quiz')].filter((q) =>
              window.hardening.text(q).includes('Your result'),
            ).length,
        );
        assert.ok(results >= 14, 'every quiz reached its result');
      });

      it('opens no dialog', async () => {
        const dialogs = await page.evaluate(() => window.hardening.record.dialogs);
        assert.deepEqual([...dialogs, ...page.events.dialogs], []);
      });

      it('adds no element or attribute from a payload', async () => {
        assert.deepEqual(await page.evaluate(() => window.hardening.unsafe()), []);
      });

      it("requests no payload's address", async () => {
        const evil = [...page.events.requests, ...server.log].filter((u) => u.includes('/evil/'));
        assert.deepEqual(evil, []);
      });

      it('reports problems only as iop-widgets codes that docs/warnings.md explains', async () => {
        const reported = page.events.console.filter(
          (m) => m.type === 'warning' || m.type === 'warn' || m.type === 'error',
        );
        const other = reported.filter((m) => !warningCodes.includes(cdnWarning.exec(m.text)?.[1]));
        assert.deepEqual(other, []);
        const codes = new Set(reported.map((m) => cdnWarning.exec(m.text)[1]));
        const expected = [
          'bad-link',
          'bad-phone',
          'unknown-region',
          'bad-number',
          'bad-whole-number',
          'unknown-tracks',
          'unknown-sections',
          'unknown-variant',
          'unknown-occasion',
          'endpoint-invalid',
        ];
        assert.deepEqual(
          expected.filter((code) => !codes.has(code)),
          [],
          `codes reported: ${[...codes].join(', ')}`,
        );
        assert.deepEqual(page.events.errors, []);
      });
    });

    describe('privacy: a visitor uses every widget fully', () => {
      let page;
      let before_;
      before(async () => {
        page = await open(browser, 'pages/widgets.html');
        const start = server.log.length;
        before_ = await page.evaluate(async () => {
          const h = window.hardening;
          const stored = async () => ({
            cookie: document.cookie,
            local: localStorage.length,
            session: sessionStorage.length,
            databases: indexedDB.databases ? (await indexedDB.databases()).length : 0,
          });
          const initial = await stored();
          // Links go nowhere: the click is recorded, the navigation prevented.
          document.addEventListener('click', (event) => {
            if (event.composedPath().some((n) => n.localName === 'a')) event.preventDefault();
          });

          const explainer = document.querySelector('iop-program-explainer');
          for (const summary of explainer.shadowRoot.querySelectorAll('[part="summary"]')) {
            summary.click();
            await explainer.updateComplete;
          }
          const cta = [...explainer.shadowRoot.querySelectorAll('a[part~="button"]')];
          for (const link of cta) link.click();

          await h.answerQuiz('iop-care-quiz');

          const tips = document.querySelector('iop-sober-tips');
          const occasions = [...tips.shadowRoot.querySelectorAll('input[name="occasion"]')];
          for (const radio of occasions) {
            radio.click();
            await tips.updateComplete;
            await h.click(tips, 'button[id^="add-"]');
          }
          await h.fill(tips, 'input[name="event"]', 'Office party');
          await h.fill(tips, 'input[name="start"]', '2099-12-18T19:00');
          await h.click(tips, 'button', 'Copy as text');
          for (let i = 0; i < 20; i++) await h.settle();
          // Copied to the clipboard, or (where the browser refuses) shown selected to copy.
          const exported =
            h.record.events.some((e) => e.type === 'iop-plan-export') ||
            /Office party/.test(h.find(tips, '#plan-text')?.value ?? '');

          await h.fillSignup('iop-buddy-signup');
          await h.click('iop-buddy-signup', 'button[type="submit"]');
          for (let i = 0; i < 100; i++) {
            if (h.record.events.some((e) => e.type === 'iop-buddy-sent')) break;
            await new Promise((done) => setTimeout(done, 50));
          }
          const events = h.record.events.map((e) => e.type);
          return {initial, after: await stored(), events, exported};
        });
        before_.server = server.log.slice(start);
      });
      after(() => page?.close());

      it('uses every widget to its end', () => {
        const events = new Set(before_.events);
        for (const type of [
          'iop-cta',
          'iop-quiz-complete',
          'iop-occasion-change',
          'iop-buddy-sent',
        ]) {
          assert.ok(events.has(type), `no ${type}`);
        }
        assert.ok(before_.exported, 'the plan was not exported as text');
      });

      it('contacts only the configured endpoint and events feed, besides its own assets', () => {
        const allowed = new Set([
          '/pages/widgets.html',
          '/pages/probe.js',
          '/cdn/iop-widgets.js',
          // Its lazy chunks: the quiz's result, the export code and the signup's send code
          // (fetched when idle), and the feed reader.
          '/cdn/lazy/iop-widgets.quiz-result.js',
          '/cdn/lazy/iop-widgets.plan-export.js',
          '/cdn/lazy/iop-widgets.send-path.js',
          '/cdn/lazy/iop-widgets.events-feed.js',
          '/pages/events.json',
          '/e2e-endpoint/signup',
        ]);
        const paths = page.events.requests
          .filter((url) => !url.startsWith('data:'))
          .map((url) => (url.startsWith(server.origin) ? new URL(url).pathname : url));
        assert.deepEqual(
          paths.filter((p) => !allowed.has(p)),
          [],
        );
        assert.ok(paths.includes('/e2e-endpoint/signup'));
        const received = before_.server.map((line) => line.split(' ')[1].split('?')[0]);
        assert.deepEqual(
          received.filter((p) => !allowed.has(p)),
          [],
        );
      });

      it('sets no cookie and stores nothing', async () => {
        assert.deepEqual(before_.after, before_.initial);
        assert.deepEqual(before_.initial, {cookie: '', local: 0, session: 0, databases: 0});
        assert.deepEqual(await page.evaluate(() => window.hardening.record.writes), []);
      });

      it('logs no error and no warning', () => {
        assert.deepEqual(errorsOf(page), []);
        const warnings = page.events.console.filter((m) => /^warn/.test(m.type));
        assert.deepEqual(warnings, []);
      });
    });

    describe('embedding mistakes', () => {
      let page;
      before(async () => {
        page = await open(browser, 'pages/embedded.html');
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      });
      after(() => page?.close());

      it('loads the file twice, before and after the tags, with a per-widget file: no error', async () => {
        const state = await page.evaluate(() => ({
          bundles: window.IopWidgets?.bundles?.length,
          rendered: [...document.querySelectorAll(window.hardening.widgets)].map(
            (el) => window.hardening.text(el).length > 200,
          ),
        }));
        assert.equal(state.bundles, 3);
        assert.deepEqual(state.rendered, Array(12).fill(true));
        assert.deepEqual(errorsOf(page), []);
      });

      it('keeps three instances of every widget independent', async () => {
        const state = await page.evaluate(async () => {
          const h = window.hardening;
          await h.answerQuiz('#quiz-2');
          await h.click('#explainer-3', '[part="summary"]');
          const tips = document.querySelector('#tips-1');
          tips.shadowRoot.querySelectorAll('input[name="occasion"]')[2].click();
          await tips.updateComplete;
          await h.fill('#signup-2', 'input[name="name"]', 'Robin');
          const value = (id) => h.find(id, 'input[name="name"]').value;
          const occasion = (id) =>
            [...h.find(id, 'fieldset').querySelectorAll('input')].findIndex((i) => i.checked);
          return {
            quizzes: ['#quiz-1', '#quiz-2', '#quiz-3'].map((id) =>
              h.text(id).includes('Your result'),
            ),
            open: ['#explainer-1', '#explainer-2', '#explainer-3'].map(
              (id) => h.find(id, '[part="summary"]').getAttribute('aria-expanded') === 'true',
            ),
            occasions: ['#tips-1', '#tips-2', '#tips-3'].map(occasion),
            names: ['#signup-1', '#signup-2', '#signup-3'].map(value),
          };
        });
        assert.deepEqual(state, {
          quizzes: [false, true, false],
          open: [false, false, true],
          occasions: [2, 0, 0],
          names: ['', 'Robin', ''],
        });
      });

      it('keeps working when a CMS inserts, moves, removes and re-inserts the tags', async () => {
        const state = await page.evaluate(async (tags) => {
          const h = window.hardening;
          const main = document.querySelector('main');
          const box = Object.assign(document.createElement('section'), {id: 'later'});
          main.append(box);
          const made = tags.map((tag) => box.appendChild(document.createElement(tag)));
          await h.ready();
          const fresh = made.map((el) => h.text(el).length > 200);
          // Move, remove, re-insert.
          const other = main.appendChild(document.createElement('div'));
          for (const el of made) other.append(el);
          await h.settle();
          for (const el of made) el.remove();
          await h.settle();
          for (const el of made) box.append(el);
          await h.ready();
          const quiz = made[1];
          await h.answerQuiz(quiz);
          // Re-renders when an attribute changes after re-insertion.
          const hadDetails = Boolean(h.find(made[0], '[part="summary"]'));
          made[0].setAttribute('variant', 'compact');
          await made[0].updateComplete;
          return {
            fresh,
            again: made.map((el) => h.text(el).length > 200),
            result: h.text(quiz).includes('Your result'),
            rerendered: !hadDetails && Boolean(h.find(made[0], '[part="summary"]')),
          };
        }, WIDGETS);
        assert.deepEqual(state, {
          fresh: [true, true, true, true],
          again: [true, true, true, true],
          result: true,
          rerendered: true,
        });
        assert.deepEqual(errorsOf(page), []);
      });

      // Both files define every tag only when it is free: the first to run owns the tags, the other
      // defines nothing, and the widgets work. The import map lets the npm build's bare imports
      // load Lit from node_modules.
      for (const order of ['npm-first', 'cdn-first']) {
        it(`the CDN file and the npm build on one page (${order.replace('-', ' ')}): each tag defined once, every widget works`, async () => {
          const page = await open(browser, `nocsp/pages/mixed.html?first=${order.split('-')[0]}`);
          try {
            const state = await page.evaluate(async (tags) => {
              const h = window.hardening;
              const npm = await import('/dist/index.js');
              const owner = (tag, exported) =>
                customElements.get(tag) === npm[exported] ? 'npm' : 'cdn';
              const counts = {};
              for (const tag of h.record.defines) counts[tag] = (counts[tag] ?? 0) + 1;
              const rendered = tags.map((tag) => h.text(tag).length > 200);

              await h.click('iop-program-explainer', '[part="summary"]');
              await h.click('iop-care-quiz', 'button', 'Start the self-check');
              const tips = document.querySelector('iop-sober-tips');
              tips.shadowRoot.querySelectorAll('input[name="occasion"]')[2].click();
              await tips.updateComplete;
              await h.fillSignup('iop-buddy-signup');
              await h.click('iop-buddy-signup', 'button[type="submit"]');
              for (let i = 0; i < 100; i++) {
                if (h.record.events.some((e) => e.type === 'iop-buddy-sent')) break;
                await new Promise((done) => setTimeout(done, 50));
              }
              const events = new Set(h.record.events.map((e) => e.type));
              return {
                counts,
                owners: [
                  owner('iop-clinic', 'IopClinic'),
                  owner('iop-program-explainer', 'IopProgramExplainer'),
                  owner('iop-care-quiz', 'IopCareQuiz'),
                  owner('iop-sober-tips', 'IopSoberTips'),
                  owner('iop-buddy-signup', 'IopBuddySignup'),
                ],
                rendered,
                works: {
                  explainer:
                    h
                      .find('iop-program-explainer', '[part="summary"]')
                      .getAttribute('aria-expanded') === 'true',
                  quiz: /Question 1 of/.test(h.text('iop-care-quiz')),
                  tips: events.has('iop-occasion-change'),
                  signup: events.has('iop-buddy-sent'),
                },
                bundles: window.IopWidgets?.bundles?.length,
              };
            }, WIDGETS);
            const owner = order === 'npm-first' ? 'npm' : 'cdn';
            assert.deepEqual(state, {
              counts: {
                'iop-clinic': 1,
                'iop-program-explainer': 1,
                'iop-care-quiz': 1,
                'iop-sober-tips': 1,
                'iop-buddy-signup': 1,
              },
              owners: Array(5).fill(owner),
              rendered: [true, true, true, true],
              works: {explainer: true, quiz: true, tips: true, signup: true},
              bundles: 1,
            });
            assert.deepEqual(errorsOf(page), []);
            assert.deepEqual(foreignRequests(page), []);
          } finally {
            await page.close();
          }
        });
      }
    });

    describe('stress', () => {
      let page;
      before(async () => {
        page = await open(browser, 'pages/empty.html');
      });
      after(() => page?.close());

      /** Creates, renders and removes every widget `n` times. */
      const cycles = (n) =>
        page.evaluate(
          async ({n, tags}) => {
            const main = document.querySelector('main');
            for (let i = 0; i < n; i++) {
              const made = tags.map((tag) => main.appendChild(document.createElement(tag)));
              await Promise.all(made.map((el) => el.updateComplete));
              for (const el of made) el.remove();
            }
            return document.querySelectorAll('main *').length;
          },
          {n, tags: WIDGETS},
        );

      // Listener counts and heap size come from the Chrome DevTools Protocol, which Firefox over
      // WebDriver BiDi does not offer: there, the 500 cycles run and must leave no error behind.
      it('creates and removes every widget 500 times without growth', async () => {
        if (!page.chromium) {
          assert.equal(await cycles(500), 0);
          assert.deepEqual(errorsOf(page), []);
          return;
        }
        const cdp = await page.chromium.cdp();
        const listeners = async () => {
          const counts = [];
          for (const expression of ['window', 'document']) {
            const {result} = await cdp.send('Runtime.evaluate', {expression});
            const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {
              objectId: result.objectId,
            });
            counts.push(listeners.length);
          }
          return counts;
        };
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        await cycles(5);
        const startListeners = await listeners();
        await cycles(95);
        const at100 = await heap();
        await cycles(400);
        const at500 = await heap();
        assert.deepEqual(await listeners(), startListeners, 'listeners on window, document');
        const growth = (at500 - at100) / 1024 / 1024;
        assert.ok(growth < 2, `heap grew ${growth.toFixed(2)} MB between 100 and 500 cycles`);
        assert.deepEqual(errorsOf(page), []);
      });

      it('stays responsive after the quiz is answered 200 times in a row', async () => {
        const last = await page.evaluate(async () => {
          const h = window.hardening;
          const quiz = document
            .querySelector('main')
            .appendChild(document.createElement('iop-care-quiz'));
          await quiz.updateComplete;
          for (let i = 0; i < 199; i++) {
            await h.answerQuiz(quiz);
            h.find(quiz, 'button', 'Start over').click();
            await quiz.updateComplete;
          }
          // The 200th run: time one answer → next question.
          h.find(quiz, 'button', 'Start the self-check').click();
          await quiz.updateComplete;
          const radios = quiz.shadowRoot.querySelectorAll('input[type="radio"]');
          radios[radios.length - 1].click();
          const start = performance.now();
          h.find(quiz, 'button[type="submit"]').click();
          await quiz.updateComplete;
          const took = performance.now() - start;
          return {took, text: h.text(quiz)};
        });
        assert.match(last.text, /Question 2 of/);
        assert.ok(last.took < 50, `answer → next question took ${last.took.toFixed(1)} ms`);
      });
    });

    describe('reach', () => {
      it('fits 320 px (400 % zoom of 1280 px) without horizontal scrolling, in every state', async () => {
        const page = await open(browser, 'pages/widgets.html', {width: 320, height: 640});
        try {
          const overflow = await page.evaluate(async () => {
            const h = window.hardening;
            const wide = [];
            const check = (state) => {
              const width = document.documentElement.scrollWidth;
              if (width > innerWidth) wide.push(`${state}: ${width} > ${innerWidth}`);
            };
            check('start');
            const explainer = document.querySelector('iop-program-explainer');
            for (const summary of explainer.shadowRoot.querySelectorAll('[part="summary"]'))
              summary.click();
            await explainer.updateComplete;
            check('explainer sections open');
            await h.click('iop-care-quiz', 'button', 'Start the self-check');
            check('quiz question');
            await h.click('iop-care-quiz', 'button', 'Need help now?');
            check('quiz help');
            await h.answerQuiz('iop-care-quiz');
            check('quiz result');
            await h.click('iop-buddy-signup', 'button[type="submit"]');
            check('signup errors');
            return wide;
          });
          assert.deepEqual(overflow, []);
        } finally {
          await page.close();
        }
      });

      it('takes the quiz and builds a tips plan by keyboard, focus always visible', async () => {
        const page = await open(browser, 'pages/empty.html');
        try {
          await page.evaluate(async () => {
            const main = document.querySelector('main');
            main.append(document.createElement('iop-care-quiz'));
            main.append(document.createElement('iop-sober-tips'));
            await window.hardening.ready();
          });
          const {focus, tab, problems} = keyboard(page);
          await tab((f) => f.text.includes('Start the self-check'));
          await page.press('Enter');
          let result = false;
          for (let step = 0; step < 30 && !result; step++) {
            await tab((f) => f.type === 'radio');
            await page.press('ArrowUp'); // wraps round to the last answer, never a red flag's Yes
            await page.press('Enter'); // submits the question's form
            await page.evaluate(() => window.hardening.settle());
            const now = await focus();
            if (now.tag === 'body') problems.push('focus lost to body after an answer');
            result = await page.evaluate(() =>
              window.hardening.text('iop-care-quiz').includes('Your result'),
            );
          }
          assert.ok(result, 'the quiz never reached its result by keyboard');
          // Tips: choose another occasion with the arrows, then add a tip with Space.
          await tab((f) => f.type === 'radio', 60);
          await page.press('ArrowRight');
          await tab((f) => f.text.startsWith('Add to my plan'));
          await page.press('Space');
          const added = await page.evaluate(() => {
            const tips = document.querySelector('iop-sober-tips');
            return {
              occasion: window.hardening.record.events.some(
                (e) => e.type === 'iop-occasion-change',
              ),
              pressed: Boolean(tips.shadowRoot.querySelector('button[aria-pressed="true"]')),
            };
          });
          assert.deepEqual(added, {occasion: true, pressed: true});
          assert.deepEqual([...new Set(problems)], []);
        } finally {
          await page.close();
        }
      });

      it('opens every explainer section and reaches both calls to action by keyboard', async () => {
        const page = await open(browser, 'pages/empty.html');
        try {
          await page.evaluate(async () => {
            // Links go nowhere: the click is recorded, the navigation prevented.
            document.addEventListener('click', (event) => {
              if (event.composedPath().some((n) => n.localName === 'a')) event.preventDefault();
            });
            const clinic = document.createElement('iop-clinic');
            clinic.setAttribute('clinic-name', 'Lantern Test Clinic');
            clinic.setAttribute('phone', '(410) 555-0147');
            clinic.setAttribute('intake-url', '/pages/intake.html');
            const explainer = document.createElement('iop-program-explainer');
            explainer.setAttribute('variant', 'compact');
            clinic.append(explainer);
            document.querySelector('main').append(clinic);
            await window.hardening.ready();
          });
          const {focus, tab, problems} = keyboard(page);
          const total = await page.evaluate(
            () =>
              document
                .querySelector('iop-program-explainer')
                .shadowRoot.querySelectorAll('[part="summary"]').length,
          );
          assert.ok(total >= 5, `only ${total} sections`);
          const opened = [];
          for (let i = 0; i < total; i++) {
            const summary = await tab(
              (f) => f.expanded === 'false' && !opened.includes(f.text),
              i === 0 ? 15 : 60,
            );
            // Enter and Space both open a disclosure; use each in turn.
            await page.press(i % 2 ? 'Space' : 'Enter');
            await page.evaluate(() => window.hardening.settle());
            const state = await page.evaluate(() => {
              const el = window.hardening.focused();
              return {open: el?.getAttribute('aria-expanded') === 'true', tag: el?.localName};
            });
            assert.deepEqual(state, {open: true, tag: 'button'}, summary.text);
            opened.push(summary.text);
          }
          await tab((f) => f.href.startsWith('tel:'), 80);
          await page.press('Enter');
          const intake = await tab((f) => f.href.endsWith('/pages/intake.html'));
          assert.match(intake.text, /\S/);
          await page.press('Enter');
          await page.evaluate(() => window.hardening.settle());
          const after = await page.evaluate(() => ({
            path: location.pathname,
            cta: window.hardening.record.events.filter((e) => e.type === 'iop-cta').length,
          }));
          assert.deepEqual(after, {path: '/pages/empty.html', cta: 2});
          const last = await focus();
          assert.notEqual(last.tag, 'body');
          assert.deepEqual([...new Set(problems)], []);
        } finally {
          await page.close();
        }
      });

      it('fills and sends the buddy signup by keyboard, and focuses its thank-you heading', async () => {
        const page = await open(browser, 'pages/empty.html');
        const before = server.signups.length;
        try {
          await page.evaluate(async () => {
            const clinic = document.createElement('iop-clinic');
            clinic.setAttribute('clinic-name', 'Lantern Test Clinic');
            const signup = document.createElement('iop-buddy-signup');
            signup.setAttribute('endpoint', '/e2e-endpoint/keyboard');
            signup.setAttribute('min-fill-seconds', '0');
            clinic.append(signup);
            document.querySelector('main').append(clinic);
            await window.hardening.ready();
          });
          const {focus, tab, problems} = keyboard(page);
          /** Moves through a radio group with the arrow keys until `value` is checked. */
          const choose = async (name, value) => {
            await tab((f) => f.type === 'radio' && f.name === name, 30);
            for (let i = 0; i < 6; i++) {
              const now = await page.evaluate((name) => {
                const el = window.hardening.focused();
                const checked = el?.getRootNode().querySelector(`input[name="${name}"]:checked`);
                return {focused: el?.getAttribute('name') ?? el?.localName, value: checked?.value};
              }, name);
              if (now.focused !== name)
                problems.push(`focus left the ${name} radios: ${now.focused}`);
              if (now.value === value) return;
              await page.press('ArrowDown');
              await page.evaluate(() => window.hardening.settle());
            }
            throw new Error(`could not choose ${name}=${value} with the arrow keys`);
          };
          await choose('age', 'adult');
          await choose('role', 'volunteer');
          await tab((f) => f.name === 'name');
          await page.type('Sam');
          await choose('channel', 'text');
          await tab((f) => f.name === 'phone');
          await page.type('555 010 4477');
          await choose('mentionClinic', 'no');
          await tab((f) => f.name === 'consent', 30);
          await page.press('Space');
          const ticked = await page.evaluate(() => window.hardening.focused().checked);
          assert.equal(ticked, true, 'Space did not tick the consent box');
          await tab((f) => f.tag === 'button' && f.type === 'submit');
          await page.press('Enter');
          let sent = false;
          for (let i = 0; i < 100 && !sent; i++) {
            sent = await page.evaluate(() =>
              window.hardening.record.events.some((e) => e.type === 'iop-buddy-sent'),
            );
            if (!sent) await new Promise((done) => setTimeout(done, 50));
          }
          assert.ok(sent, 'no iop-buddy-sent');
          await page.evaluate(() => window.hardening.settle());
          // The heading takes focus to be read out; it is not a control, so it draws no ring.
          const heading = await focus();
          assert.deepEqual(
            {tag: heading.tag, id: heading.id, thanks: /Thanks/.test(heading.text)},
            {tag: 'h2', id: 'success-heading', thanks: true},
          );
          assert.equal(server.signups.length, before + 1);
          const {url, body} = server.signups.at(-1);
          assert.equal(url, '/e2e-endpoint/keyboard');
          assert.equal(body.data?.name, 'Sam');
          assert.deepEqual([...new Set(problems)], []);
        } finally {
          await page.close();
        }
      });

      it('passes axe in every main state', async () => {
        const page = await open(browser, 'nocsp/pages/widgets.html');
        try {
          await page.evaluate(axeSource);
          const violations = [];
          const axe = async (state) => {
            const found = await page.evaluate(async () => {
              const {violations} = await window.axe.run(document, {
                runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
              });
              return violations.map((v) => `${v.id} (${v.nodes.length})`);
            });
            violations.push(...found.map((v) => `${state}: ${v}`));
          };
          await axe('start');
          await page.evaluate(async () => {
            const h = window.hardening;
            const explainer = document.querySelector('iop-program-explainer');
            for (const summary of explainer.shadowRoot.querySelectorAll('[part="summary"]'))
              summary.click();
            await h.click('iop-care-quiz', 'button', 'Start the self-check');
            await h.click('iop-buddy-signup', 'button[type="submit"]');
          });
          await axe('explainer open, quiz question, signup errors');
          await page.evaluate(async () => {
            const h = window.hardening;
            await h.click('iop-care-quiz', 'button', 'Need help now?');
            await h.answerQuiz('iop-care-quiz');
            await h.click('iop-sober-tips', 'button[id^="add-"]');
            await h.fillSignup('iop-buddy-signup');
            await h.click('iop-buddy-signup', 'button[type="submit"]');
            for (let i = 0; i < 40; i++) await h.settle();
          });
          await axe('quiz result, tips plan, signup sent');
          assert.deepEqual(violations, []);
        } finally {
          await page.close();
        }
      });

      // Forced-colours emulation is a Chromium feature; Firefox over WebDriver BiDi has none.
      it('keeps a visible border on every button in forced-colours mode (Chromium)', async (t) => {
        if (browser.name !== 'chromium') return t.skip('no forced-colours emulation over BiDi');
        const page = await open(browser, 'pages/widgets.html');
        try {
          await page.chromium.forcedColors('active');
          const borderless = await page.evaluate(async (tags) => {
            const h = window.hardening;
            await h.click('iop-care-quiz', 'button', 'Start the self-check');
            const found = [];
            for (const tag of tags) {
              const host = document.querySelector(tag);
              for (const b of host.shadowRoot.querySelectorAll(
                'button:not(.link), a[part~="button"]',
              )) {
                if (!b.getClientRects().length) continue;
                const s = getComputedStyle(b);
                const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(
                  (side) =>
                    s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0,
                );
                if (sides.length < 4) found.push(`${tag}: ${b.textContent.trim().slice(0, 30)}`);
              }
            }
            return found;
          }, WIDGETS);
          assert.deepEqual(borderless, []);
        } finally {
          await page.close();
        }
      });
    });

    describe('strict Content-Security-Policy with Trusted Types', () => {
      let page;
      before(async () => {
        page = await open(browser, 'pages/widgets.html');
      });
      after(() => page?.close());

      it('renders every widget', async () => {
        const texts = await page.evaluate(
          (tags) => tags.map((tag) => window.hardening.text(tag).length),
          WIDGETS,
        );
        texts.forEach((length, i) => assert.ok(length > 200, `${WIDGETS[i]} rendered nothing`));
      });

      it('explainer: a compact section opens', async () => {
        const open = await page.evaluate(async () => {
          const h = window.hardening;
          await h.click('iop-program-explainer', '[part="summary"]');
          return (
            h.find('iop-program-explainer', '[part="summary"]').getAttribute('aria-expanded') ===
            'true'
          );
        });
        assert.equal(open, true);
      });

      it('quiz: Start shows the first question, with its progress meter filled', async () => {
        const {text, fill} = await page.evaluate(async () => {
          const h = window.hardening;
          await h.click('iop-care-quiz', 'button', 'Start the self-check');
          const span = h.find('iop-care-quiz', '.meter span');
          return {text: h.text('iop-care-quiz'), fill: span.getBoundingClientRect().width};
        });
        assert.match(text, /Question 1 of \d+/);
        // The fill is set through the CSSOM: a style attribute would be blocked by style-src.
        assert.ok(fill > 0, 'the progress meter is empty');
      });

      it('tips: another occasion shows its tips, and the feed events appear', async () => {
        const result = await page.evaluate(async () => {
          const h = window.hardening;
          const tips = document.querySelector('iop-sober-tips');
          const before = h.find(tips, '[part="tips"]').textContent;
          const radios = [...tips.shadowRoot.querySelectorAll('input[name="occasion"]')];
          radios[3].click();
          await tips.updateComplete;
          for (let i = 0; i < 50 && !h.text(tips).includes('games night'); i++) await h.settle();
          return {
            changed: h.find(tips, '[part="tips"]').textContent !== before,
            event: h.record.events.some((e) => e.type === 'iop-occasion-change'),
            feed: h.text(tips).includes('Alcohol-free games night'),
          };
        });
        assert.deepEqual(result, {changed: true, event: true, feed: true});
      });

      it('signup: a filled form is delivered to the endpoint', async () => {
        const before = server.signups.length;
        const sent = await page.evaluate(async () => {
          const h = window.hardening;
          await h.fillSignup('iop-buddy-signup');
          await h.click('iop-buddy-signup', 'button[type="submit"]');
          for (let i = 0; i < 100; i++) {
            if (h.record.events.some((e) => e.type === 'iop-buddy-sent')) return true;
            await new Promise((done) => setTimeout(done, 50));
          }
          return false;
        });
        assert.equal(sent, true, 'no iop-buddy-sent');
        assert.equal(server.signups.length, before + 1);
        assert.equal(server.signups.at(-1).body.data?.name, 'Sam');
      });

      it('reports no violation and creates only the "lit-html" Trusted Types policy', async () => {
        const {violations, policies} = await page.evaluate(() => window.hardening.record);
        assert.deepEqual(violations, []);
        if (name === 'chromium') assert.deepEqual([...new Set(policies)], ['lit-html']);
        assert.deepEqual(errorsOf(page), []);
        assert.deepEqual(foreignRequests(page), []);
      });
    });
  });
}
