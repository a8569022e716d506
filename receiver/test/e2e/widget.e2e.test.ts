// End to end: the real <iop-buddy-signup> in Chromium and Firefox ESR delivers through a
// fault-injecting proxy to a real `serve` process, on SQLite and on PostgreSQL. Faults: answers
// 500, a dropped connection, a delay past the form's timeout, the receiver killed and restarted
// mid-delivery, and the page reloaded while a retry waits (the leave warning shows; the keepalive
// try stores the signup). Every run must end with exactly one row per signup.
import assert from 'node:assert/strict';
import {createServer} from 'node:net';
import {after, before, describe, it} from 'node:test';
import type {Browser, Page} from 'puppeteer-core';
import {readSignups} from '../../src/export.js';
import {openStore} from '../../src/store/open.js';
import {freshDatabase, kinds, testKeys, type TestDatabase} from '../helpers.js';
import {startServe, type Serving} from '../process.js';
import {launch} from '../../../test/browsers.mjs';
import {bundleWidget, startPage, type PageServer} from './page.js';
import {startProxy, type Proxy} from './proxy.js';

const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',') as (
  'chromium' | 'firefox'
)[];
const host = 'iop-buddy-signup';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean> | boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Fills the form as a visitor does, with `name` to tell the signups apart. */
async function fill(page: Page, name: string) {
  await page.waitForSelector(`${host} >>> input[name="age"]`);
  await page.click(`${host} >>> input[name="age"][value="adult"]`);
  await page.click(`${host} >>> input[name="role"][value="both"]`);
  await page.type(`${host} >>> #name`, name);
  await page.click(`${host} >>> input[name="channel"][value="email"]`);
  await page.waitForSelector(`${host} >>> #email`);
  await page.type(`${host} >>> #email`, 'sam@example.org');
  await page.click(`${host} >>> input[name="mentionClinic"][value="no"]`);
  await page.click(`${host} >>> #consent`);
}

const text = (page: Page) => page.$eval(host, (el) => el.shadowRoot?.textContent ?? '');
const sees = (page: Page, words: string) => async () => (await text(page)).includes(words);

for (const browserName of browsers) {
  for (const kind of kinds) {
    describe(`the widget in ${browserName} delivers to the receiver on ${kind}`, () => {
      let browser: Browser;
      let database: TestDatabase;
      let receiver: Serving;
      let receiverPort: number;
      let proxy: Proxy;
      let page: PageServer;
      const expected: string[] = [];

      const startReceiver = async () => {
        receiver = await startServe([
          '--origin',
          page.origin,
          '--db',
          database.url,
          '--port',
          String(receiverPort),
          '--rate-limit',
          '1000',
        ]);
      };

      before(async () => {
        database = await freshDatabase(kind);
        receiverPort = await freePort();
        const widget = await bundleWidget();
        let proxyPort = 0;
        page = await startPage(widget, () => `http://127.0.0.1:${proxyPort}/signups`);
        proxy = await startProxy(() => receiverPort, page.origin);
        proxyPort = proxy.port;
        await startReceiver();
        browser = await launch(browserName);
      });

      after(async () => {
        await browser?.close();
        await receiver?.stop();
        await proxy?.close();
        await page?.close();
        await database?.drop();
      });

      const rows = async () => {
        const store = openStore(database.url);
        try {
          return await store.count();
        } finally {
          await store.close();
        }
      };

      it('through a 500, a dropped connection and an answer slower than the timeout: one row', async () => {
        const tab = await browser.newPage();
        try {
          await tab.goto(page.origin);
          await fill(tab, 'Faults');
          proxy.faults.push(
            {kind: 'status', status: 500},
            {kind: 'drop'},
            {kind: 'delay', ms: 3000},
          );
          await tab.click(`${host} >>> button[type="submit"]`);
          await waitFor(sees(tab, 'Thanks, we got your request'), 'the thank-you view', 40_000);
          expected.push('Faults');
          assert.deepEqual(proxy.log.slice(0, 3), ['500', 'drop', 'delay']);
          await waitFor(async () => (await rows()) === expected.length, 'the row');
        } finally {
          await tab.close();
        }
      });

      it('with the receiver killed and restarted mid-delivery: one row', async () => {
        const tab = await browser.newPage();
        try {
          await tab.goto(page.origin);
          await fill(tab, 'Restart');
          let release!: () => void;
          proxy.faults.push({
            kind: 'hold',
            until: new Promise<void>((resolve) => (release = resolve)),
          });
          const held = proxy.nextPost();
          await tab.click(`${host} >>> button[type="submit"]`);
          await held;
          await receiver.stop('SIGKILL');
          release();
          await waitFor(sees(tab, 'Trying again'), 'a retry while the receiver is down');
          await sleep(1500);
          await startReceiver();
          await waitFor(sees(tab, 'Thanks, we got your request'), 'the thank-you view', 40_000);
          expected.push('Restart');
          await waitFor(async () => (await rows()) === expected.length, 'the row');
        } finally {
          await tab.close();
        }
      });

      it('reloaded while a retry waits: the leave warning shows, and the keepalive try stores it', async () => {
        const tab = await browser.newPage();
        try {
          await tab.goto(page.origin);
          await fill(tab, 'Reload');
          proxy.faults.push({kind: 'status', status: 503, headers: {'Retry-After': '4'}});
          await tab.click(`${host} >>> button[type="submit"]`);
          await waitFor(sees(tab, 'Trying again'), 'the retry wait');
          const dialogs: string[] = [];
          tab.on('dialog', (dialog) => {
            dialogs.push(dialog.type());
            void dialog.accept();
          });
          const seen = proxy.log.length;
          await tab.evaluate(() => setTimeout(() => location.reload(), 0));
          await waitFor(() => dialogs.length > 0, 'the leave warning', 10_000);
          assert.deepEqual(dialogs, ['beforeunload']);
          expected.push('Reload');
          await waitFor(
            async () => (await rows()) === expected.length,
            'the keepalive row',
            10_000,
          );
          assert.equal(proxy.log.length, seen + 1, 'one last try, before the 4 s wait was over');
          // Asked again of the page's current document each time: in Firefox, a wait for a
          // selector begun around the reload could stay with the old document and time out.
          const formShown = () =>
            tab
              .evaluate(
                (tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('#name')),
                host,
              )
              .catch(() => false);
          await waitFor(formShown, 'the form after the reload');
          assert.ok(!(await text(tab)).includes('Trying again'), 'a fresh form after the reload');
        } finally {
          await tab.close();
        }
      });

      it('ends with exactly the expected rows, each signup once', async () => {
        await sleep(500);
        const store = openStore(database.url);
        try {
          const {signups, unreadable} = await readSignups(store, testKeys);
          assert.equal(unreadable, 0);
          assert.deepEqual(signups.map((signup) => signup.name).sort(), [...expected].sort());
        } finally {
          await store.close();
        }
      });
    });
  }
}
