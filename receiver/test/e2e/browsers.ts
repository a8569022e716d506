// Debian's Chromium and Firefox ESR through puppeteer-core (Firefox over WebDriver BiDi).
import {accessSync, constants} from 'node:fs';
import {delimiter, join} from 'node:path';
import puppeteer, {type Browser} from 'puppeteer-core';

const onPath = (command: string) =>
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

const require = (path: string | undefined, pkg: string) => {
  if (!path) throw new Error(`${pkg} not found on PATH; install it: apt-get install -y ${pkg}`);
  return path;
};

/** Starts `chromium` or `firefox` headless. */
export function launch(name: 'chromium' | 'firefox'): Promise<Browser> {
  if (name === 'chromium') {
    return puppeteer.launch({
      executablePath: require(process.env.CHROME_PATH || onPath('chromium'), 'chromium'),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: require(process.env.FIREFOX_PATH || onPath('firefox-esr'), 'firefox-esr'),
    headless: true,
  });
}
