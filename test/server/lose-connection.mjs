// A test runner command for the browser tests: the test's own page loses its connection to some
// addresses, as a visitor's page does when the network drops. In a test:
//
//   await executeServerCommand('lose-connection', {paths: ['/plan-export.']});  // those fail
//   await executeServerCommand('lose-connection', {paths: []});                 // back online
//
// Every request of that page whose URL contains one of `paths` fails as a dropped connection
// does; other requests, and other test files' pages, are untouched. It drives the page through
// the browser's own request interception (puppeteer, Chromium and Firefox alike).

/** The paths each test page cannot reach, by session id. */
const unreachable = new Map();

export function loseConnection() {
  return {
    name: 'iop-lose-connection',
    async executeCommand({command, payload, session}) {
      if (command !== 'lose-connection') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('lose-connection needs a browser driven by puppeteer');
      if (!unreachable.has(session.id)) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.isInterceptResolutionHandled()) return;
          const paths = unreachable.get(session.id) ?? [];
          if (paths.some((path) => request.url().includes(path))) {
            void request.abort('internetdisconnected');
          } else {
            void request.continue();
          }
        });
      }
      unreachable.set(session.id, [...(payload?.paths ?? [])]);
      return true;
    },
  };
}
