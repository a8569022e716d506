// A test runner command for the browser tests: the test's own page loses its connection to some
// addresses, as a visitor's page does when the network drops. In a test:
//
//   await executeServerCommand('lose-connection', {paths: ['/plan-export.']});  // those fail
//   await executeServerCommand('lose-connection', {paths: []});                 // back online
//   await executeServerCommand('lose-connection', {paths: ['/quiz-result.'], stall: true});
//
// Every request of that page whose URL contains one of `paths` fails as a dropped connection
// does; other requests, and other test files, are untouched. With `stall`, those requests get no
// answer at all (a very slow connection) until the next command: back online, they go through;
// otherwise they fail. It drives the page through the
// browser's own request interception (puppeteer, Chromium and Firefox alike), on only while some
// path is cut. The runner reuses a page for the next test file, so a test file that cuts paths
// must restore them (an empty list) when it ends; until then the cut holds for it alone.

/** The pages with paths cut: `{session, paths, stall, held, listener}`. */
const cut = new WeakMap();

export function loseConnection() {
  return {
    name: 'iop-lose-connection',
    async executeCommand({command, payload, session}) {
      if (command !== 'lose-connection') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) throw new Error('lose-connection needs a browser driven by puppeteer');
      const paths = [...(payload?.paths ?? [])];
      const stall = Boolean(payload?.stall);
      const state = cut.get(page);
      // Requests held by a stall go through once back online, else fail as a dropped connection.
      for (const request of state?.held.splice(0) ?? []) {
        const resolved = paths.length ? request.abort('internetdisconnected') : request.continue();
        await resolved.catch(() => {});
      }
      if (!paths.length) {
        if (state) {
          state.paths = [];
          await page.setRequestInterception(false);
          page.off('request', state.listener);
          cut.delete(page);
        }
        return true;
      }
      if (state) {
        Object.assign(state, {session: session.id, paths, stall});
        return true;
      }
      // Listening first, so that no request waits for an answer once interception is on.
      const listener = (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const current = cut.get(page);
        // The test page's address carries its session's id (`?wtr-session-id=…`).
        const lost =
          current &&
          page.url().includes(current.session) &&
          current.paths.some((path) => request.url().includes(path));
        if (lost && current.stall) return void current.held.push(request);
        // A request made while interception is off cannot be resolved: nothing to do.
        const resolved = lost ? request.abort('internetdisconnected') : request.continue();
        resolved.catch(() => {});
      };
      cut.set(page, {session: session.id, paths, stall, held: [], listener});
      page.on('request', listener);
      await page.setRequestInterception(true);
      return true;
    },
  };
}
