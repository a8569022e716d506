// One small page interface over the two drivers the suite uses: playwright-core for Chromium and
// puppeteer-core over WebDriver BiDi for Firefox ESR. It offers only what the checks need:
// go to a page, evaluate in it, press keys, size the viewport, take a screenshot, and listen to
// console messages, page errors, requests and dialogs. Chromium alone also offers a CDP session
// and forced-colours emulation (`page.chromium`), which Firefox over BiDi does not provide.
import {chromium} from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {
  chromiumArgs,
  chromiumPath,
  firefoxPath,
  requireBrowser,
} from '../../../scripts/browsers.mjs';

/**
 * Starts one browser by name (`chromium` or `firefox`).
 * @returns {Promise<{name: string, newPage: (options?: PageOptions) => Promise<Page>, close: () => Promise<void>}>}
 */
export async function launch(name) {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/** Fills `page.events` from a driver: every request URL, console message, page error, dialog. */
function recorder() {
  return {requests: [], console: [], errors: [], dialogs: []};
}

async function launchChromium() {
  const browser = await chromium.launch({
    executablePath: requireBrowser(chromiumPath, 'chromium'),
    headless: true,
    args: chromiumArgs,
  });
  return {
    name: 'chromium',
    async newPage({width = 1024, height = 768} = {}) {
      const context = await browser.newContext({viewport: {width, height}});
      const page = await context.newPage();
      const events = recorder();
      page.on('request', (r) => events.requests.push(r.url()));
      page.on('console', (m) => events.console.push({type: m.type(), text: m.text()}));
      page.on('pageerror', (e) => events.errors.push(e.message));
      page.on('dialog', (d) => {
        events.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss().catch(() => {});
      });
      let cdp;
      return {
        events,
        goto: (url) => page.goto(url, {waitUntil: 'load'}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        setViewport: ({width, height}) => page.setViewportSize({width, height}),
        screenshot: (path) => page.screenshot({path, fullPage: true}),
        close: () => context.close(),
        chromium: {
          async cdp() {
            cdp ??= await context.newCDPSession(page);
            return cdp;
          },
          forcedColors: (value) => page.emulateMedia({forcedColors: value}),
        },
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(firefoxPath, 'firefox-esr'),
    headless: true,
  });
  return {
    name: 'firefox',
    async newPage({width = 1024, height = 768} = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width, height});
      const events = recorder();
      page.on('request', (r) => events.requests.push(r.url()));
      page.on('console', (m) => events.console.push({type: m.type(), text: m.text()}));
      page.on('pageerror', (e) => events.errors.push(e.message ?? String(e)));
      page.on('dialog', (d) => {
        events.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss().catch(() => {});
      });
      return {
        events,
        goto: (url) => page.goto(url, {waitUntil: 'load'}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        type: (text) => page.keyboard.type(text),
        setViewport: ({width, height}) => page.setViewport({width, height}),
        screenshot: (path) => page.screenshot({path, fullPage: true}),
        close: () => context.close(),
        chromium: undefined,
      };
    },
    close: () => browser.close(),
  };
}
