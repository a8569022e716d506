// The built CDN file of the care quiz (cdn/iop-care-quiz.js, from `npm run build`), in Chromium
// and Firefox: a language switch whose translations could not be fetched succeeds once the
// connection is back. Firefox keeps a failed `import()` failed for the life of the page, so the
// CDN build asks again under another address (build/retry-lazy-imports.mjs), and only then: a
// chunk that loaded is never fetched again. Its own file: a CDN file defines its tags once a page.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {IopWidgetsGlobal} from '../src/cdn-bundle.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {visibleText, watchConsole, watchRejections} from './helpers.js';

const cdnFile = '/cdn/iop-care-quiz.js';
const english = 'Which kind of care could help? A private self-check';
const spanish = '¿Qué tipo de atención podría ayudarle? Una autoevaluación privada';

/** The page's requests for the file's locale chunks and keys: `iop-care-quiz.es.js?retry=1`… */
const requests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/cdn/locales/'))
    .map((name) => name.slice(name.lastIndexOf('/') + 1));

describe('cdn/iop-care-quiz.js: a language switch that failed', () => {
  afterEach(() => executeServerCommand('lose-connection', {paths: []}));

  it('switches when asked again once the connection is back, in every browser', async () => {
    // The built file, not the source.
    await import(cdnFile);
    const widgets = window.IopWidgets as IopWidgetsGlobal;
    expect(widgets.bundles.length, 'the CDN file joined window.IopWidgets').to.equal(1);
    const warnings = watchConsole('warn');
    const rejections = watchRejections();
    const el = await fixture<IopCareQuiz>(html`<iop-care-quiz region="US"></iop-care-quiz>`);
    let failure: unknown;
    try {
      await executeServerCommand('lose-connection', {paths: ['/cdn/locales/']});
      failure = await widgets.setLocale('es').then(
        () => undefined,
        (error: unknown) => error,
      );
      await el.updateComplete;
      expect(widgets.getLocale()).to.equal('en');
      expect(visibleText(el)).to.contain(english);
      // Both requests have failed (the switch fails with the first), so both are asked again.
      await waitUntil(() => requests().length === 2, 'the chunk and the keys failed', {
        timeout: 5000,
      });

      await executeServerCommand('lose-connection', {paths: []});
      await widgets.setLocale('es');
      await el.updateComplete;
      expect(widgets.getLocale()).to.equal('es');
      expect(visibleText(el)).to.contain(spanish);
      const loaded = requests();

      // Back to English and to Spanish again: nothing is fetched again.
      await widgets.setLocale('en');
      await el.updateComplete;
      expect(visibleText(el)).to.contain(english);
      await widgets.setLocale('es');
      await el.updateComplete;
      expect(visibleText(el)).to.contain(spanish);
      expect(requests()).to.deep.equal(loaded);
      expect([...loaded].sort()).to.deep.equal([
        'iop-care-quiz.es.js',
        'iop-care-quiz.es.js?retry=1',
        'iop-care-quiz.keys.js',
        'iop-care-quiz.keys.js?retry=1',
      ]);
    } finally {
      rejections.stop();
      warnings.stop();
    }
    expect(failure, 'the first switch rejects').to.be.an('error');
    expect(rejections.reasons).to.deep.equal([]);
    expect(warnings.lines).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
