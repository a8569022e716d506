// The hardening suite: the built CDN files on hostile real pages, in Chromium (playwright-core)
// and Firefox ESR (puppeteer-core over WebDriver BiDi). Run it with `node test/e2e/hardening/run.mjs`
// after `npx rollup -c`; HARDENING_BROWSERS=chromium (or firefox) runs one browser.
//
// Pages live in pages/ and load pages/probe.js first, which records policy violations, Trusted
// Types policies, dialogs, events and every cookie and storage write. The server (server.mjs)
// serves them with the shared static server's strict Content-Security-Policy, or without it
// under /nocsp/, logs every request and receives signups at /e2e-endpoint/.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {launch} from './browsers.mjs';
import {startServer} from './server.mjs';

const BROWSERS = (process.env.HARDENING_BROWSERS ?? 'chromium,firefox').split(',');
const WIDGETS = ['iop-program-explainer', 'iop-care-quiz', 'iop-sober-tips', 'iop-buddy-signup'];

const server = await startServer();
after(() => server.close());

/** Opens `path` on the suite's server in a fresh page and waits for the widgets to render. */
async function open(browser, path, options) {
  const page = await browser.newPage(options);
  await page.goto(server.url + path.replace(/^\//, ''));
  await page.evaluate(() => window.hardening.ready());
  return page;
}

/** Page errors and console errors the page produced. */
const errorsOf = (page) => [
  ...page.events.errors.map((e) => `page error: ${e}`),
  ...page.events.console.filter((m) => m.type === 'error').map((m) => `console error: ${m.text}`),
];

/** Requests other than to the page's own origin (data: URLs aside). */
const foreignRequests = (page) =>
  page.events.requests.filter((url) => !url.startsWith('data:') && !url.startsWith(server.origin));

for (const name of BROWSERS) {
  describe(name, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser?.close());

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
          await h.click('iop-program-explainer', 'summary');
          return h.find('iop-program-explainer', 'details').open;
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
