// Every entry of the package imports in plain Node, with no DOM and no DOM shim, as a server
// framework's module graph does before it renders anything.
import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {buildEntries, entries} from '../server/ssr-build.mjs';

describe('importing in Node without a DOM', () => {
  let built;
  before(async () => {
    built = await buildEntries();
  });
  after(() => built?.dispose());

  it('runs with no document, window or MutationObserver', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.MutationObserver, 'undefined');
  });

  for (const [name, file] of Object.entries(entries)) {
    it(`imports ${file}`, async () => {
      const module = await import(built.urls[name]);
      assert.ok(Object.keys(module).length > 0, `${file} exports nothing`);
    });
  }

  it('gives the public API from the main entry', async () => {
    const main = await import(built.urls.index);
    for (const name of [
      'IopClinic',
      'IopProgramExplainer',
      'IopCareQuiz',
      'IopSoberTips',
      'IopBuddySignup',
      'assessCare',
      'setLocale',
      'followPageLanguage',
    ]) {
      assert.ok(main[name], `index lacks ${name}`);
    }
    assert.equal(main.matchLocale('es-MX'), 'es');
  });

  it('gives a React component for every widget', async () => {
    const react = await import(built.urls.react);
    for (const name of [
      'IopClinic',
      'IopProgramExplainer',
      'IopCareQuiz',
      'IopSoberTips',
      'IopBuddySignup',
    ]) {
      assert.equal(react[name]?.displayName, name);
    }
  });
});
