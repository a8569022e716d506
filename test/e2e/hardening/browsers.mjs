// One small page interface over puppeteer-core, for Chromium (CDP) and Firefox ESR (WebDriver
// BiDi). It offers only what the checks need: go to a page, evaluate in it, press keys, size the
// viewport, take a screenshot, and listen to console messages, page errors, requests and dialogs.
// Chromium alone also offers a CDP session and forced-colours emulation (`page.chromium`), which
// Firefox over BiDi does not provide.
import {launch as launchBrowser} from '../../browsers.mjs';

/**
 * Starts one browser by name (`chromium` or `firefox`).
 * @returns {Promise<{name: string, newPage: (options?: PageOptions) => Promise<Page>, close: () => Promise<void>}>}
 */
export async function launch(name) {
  const browser = await launchBrowser(name);
  return {
    name,
    async newPage({width = 1024, height = 768} = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width, height});
      const events = {requests: [], console: [], errors: [], dialogs: []};
      page.on('request', (r) => events.requests.push(r.url()));
      page.on('console', (m) => events.console.push({type: m.type(), text: m.text()}));
      page.on('pageerror', (e) => events.errors.push(e.message ?? String(e)));
      page.on('dialog', (d) => {
        events.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss().catch(() => {});
      });
      let cdp;
      return {
        events,
        goto: (url) => page.goto(url, {waitUntil: 'load'}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        type: (text) => page.keyboard.type(text),
        setViewport: ({width, height}) => page.setViewport({width, height}),
        screenshot: (path) => page.screenshot({path, fullPage: true}),
        close: () => context.close(),
        chromium:
          name === 'chromium'
            ? {
                async cdp() {
                  cdp ??= await page.createCDPSession();
                  return cdp;
                },
                // Puppeteer's emulateMediaFeatures() does not know forced-colors; CDP does.
                forcedColors: async (value) =>
                  (cdp ??= await page.createCDPSession()).send('Emulation.setEmulatedMedia', {
                    features: [{name: 'forced-colors', value}],
                  }),
              }
            : undefined,
      };
    },
    close: () => browser.close(),
  };
}
