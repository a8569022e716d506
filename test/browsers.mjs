// Finds Debian's Chromium and Firefox ESR on PATH (CHROME_PATH and FIREFOX_PATH override) and
// starts them, for the test runner, the end-to-end checks and the benchmark.
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';

const onPath = (command) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, command))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });

/** Path of the Chromium binary, or undefined. */
export const chromiumPath = process.env.CHROME_PATH || onPath('chromium');
/** Path of the Firefox ESR binary, or undefined. */
export const firefoxPath = process.env.FIREFOX_PATH || onPath('firefox-esr');

/** Flags that keep headless Chromium working as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Throws a one-line error naming the Debian package when a browser is missing. */
export function requireBrowser(path, pkg) {
  if (!path) throw new Error(`${pkg} not found on PATH; install it: apt-get install -y ${pkg}`);
  return path;
}

/** Starts Debian's Chromium (`chromium`) or Firefox ESR (`firefox`) headless, with puppeteer-core. */
export async function launch(name = 'chromium') {
  const {default: puppeteer} = await import('puppeteer-core');
  return name === 'firefox'
    ? puppeteer.launch({
        browser: 'firefox',
        executablePath: requireBrowser(firefoxPath, 'firefox-esr'),
        headless: true,
      })
    : puppeteer.launch({
        executablePath: requireBrowser(chromiumPath, 'chromium'),
        headless: true,
        args: chromiumArgs,
      });
}
