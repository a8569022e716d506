import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {chromiumArgs, chromiumPath, firefoxPath, requireBrowser} from './test/browsers.mjs';
import {lineReporter} from './test/line-reporter.mjs';
import {loseConnection} from './test/server/lose-connection.mjs';
import {reactEsm} from './test/server/react-esm.mjs';
import {ssrRoute} from './test/server/ssr-route.mjs';
import {testEndpoint} from './test/server/test-endpoint.mjs';

// WTR_BROWSERS=chromium (or firefox) runs one browser, for a quicker loop while working.
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: requireBrowser(chromiumPath, 'chromium'),
        headless: true,
        args: chromiumArgs,
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: requireBrowser(firefoxPath, 'firefox-esr'),
        headless: true,
      },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  middleware: [testEndpoint(), ssrRoute()],
  plugins: [
    loseConnection(),
    reactEsm(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'}),
  ],
  reporters: [defaultReporter(), lineReporter()],
  testFramework: {config: {timeout: 10000}},
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
};
