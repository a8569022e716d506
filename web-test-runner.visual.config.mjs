// Screenshot tests: every story rendered in Chromium at 390 and 1280 px, compared with the
// reference images in test/visual/screenshots/. Update them on purpose with
// `npm run test:visual -- --update-visual-baseline`, look at the new pictures, and commit them.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {chromiumArgs, chromiumPath, requireBrowser} from './test/browsers.mjs';
import {lineReporter} from './test/line-reporter.mjs';

export default {
  files: ['test/visual/*.visual.ts'],
  nodeResolve: true,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: requireBrowser(chromiumPath, 'chromium'),
        headless: true,
        // The same pixels on every machine: no GPU, no LCD antialiasing, one device pixel ratio.
        args: [
          ...chromiumArgs,
          '--font-render-hinting=none',
          '--disable-lcd-text',
          '--force-device-scale-factor=1',
        ],
      },
    }),
  ],
  concurrency: 1,
  testsFinishTimeout: 15 * 60 * 1000,
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext', json: true}),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      getBaselineName: ({name}) => `baseline/${name}.png`,
      getDiffName: ({name}) => `failed/${name}-diff.png`,
      getFailedName: ({name}) => `failed/${name}.png`,
      // Antialiasing is ignored; a few stray pixels pass, a moved word or box does not.
      diffOptions: {threshold: 0.2, includeAA: false},
      failureThreshold: 30,
      failureThresholdType: 'pixel',
    }),
  ],
  reporters: [defaultReporter(), lineReporter()],
  testFramework: {config: {timeout: 60000}},
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
};
