// ESLint flat config: TypeScript, Lit templates, their accessibility and custom-element rules.
// Prettier owns formatting, so no stylistic rules here.
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import litPlugin from 'eslint-plugin-lit';
import litA11yPlugin from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Lit components, their tests and their stories. */
const litFiles = [
  'src/**/*.ts',
  'test/**/*.ts',
  'stories/**/*.ts',
  '.storybook/**/*.ts',
  'builder/**/*.ts',
];

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'dist/',
    'cdn/',
    'coverage/',
    'storybook-static/',
    'src/generated/',
    'custom-elements.json',
    'receiver/dist/',
    'receiver/schema/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed names mark arguments a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_'},
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {files: litFiles, extends: [litPlugin.configs['flat/recommended']]},
  // eslint-plugin-lit-a11y 5 names its flat config `recommended`.
  {files: litFiles, extends: [litA11yPlugin.configs.recommended]},
  {files: litFiles, extends: [wcPlugin.configs['flat/recommended']]},
  {
    // Code that runs in the browser.
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'demo/**', 'builder/**'],
    languageOptions: {globals: globals.browser},
  },
  {
    // Build scripts, configs and the test server's routes run in Node.
    files: [
      'scripts/**',
      'bench/**',
      'build/**',
      'test/server/**',
      'test/*.mjs',
      '*.{js,mjs,cjs,ts}',
      '.storybook/main.ts',
    ],
    languageOptions: {globals: globals.node},
  },
  {
    // The receiver package runs in Node; its end-to-end tests also hand functions to a browser.
    files: ['receiver/**'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['receiver/test/e2e/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // Node scripts that drive a browser: the functions they hand to `page.evaluate()` run there.
    files: ['bench/bench.mjs', 'test/e2e/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
