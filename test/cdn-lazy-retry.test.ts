// The built CDN file of the care quiz (cdn/iop-care-quiz.js, from `npm run build`), in Chromium
// and Firefox: when its result chunk could not be fetched while the page was idle, the result
// still comes once the connection is back. Firefox keeps a failed `import()` failed for the
// life of the page, so the CDN build asks again under another address (build/retry-lazy-imports.mjs).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {choose, headingText, next, one, run} from './care-quiz-helpers.js';
import {afterIdle, watchConsole, watchRejections} from './helpers.js';
import {profiles} from './quiz-profiles.js';

const cdnFile = '/cdn/iop-care-quiz.js';

describe('cdn/iop-care-quiz.js: a lazy chunk that failed', () => {
  afterEach(() => executeServerCommand('lose-connection', {paths: []}));

  it('is fetched again when the visitor asks for the result, in every browser', async () => {
    await executeServerCommand('lose-connection', {paths: ['/cdn/lazy/']});
    // The built file, not the source.
    await import(cdnFile);
    expect(customElements.get('iop-care-quiz')?.name, 'the CDN build defines the tag').to.be.a(
      'string',
    );
    const warnings = watchConsole('warn');
    const rejections = watchRejections();
    const el = await fixture<IopCareQuiz>(html`<iop-care-quiz region="US"></iop-care-quiz>`);
    const completed: unknown[] = [];
    el.addEventListener('iop-quiz-complete', (event) => completed.push(event.detail));
    const chunks = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/cdn/lazy/'));
    try {
      await afterIdle();
      await waitUntil(() => warnings.lines.length === 1, 'the idle fetch failed', {timeout: 5000});
      expect(warnings.lines[0]).to.match(/^iop-widgets lazy-load-failed: /);
      await executeServerCommand('lose-connection', {paths: []});
      await run(el, profiles.iop, 'commitments');
      await choose(el, profiles.iop.commitments!);
      await next(el);
      await waitUntil(() => headingText(el) === 'Your result', 'the result', {timeout: 5000});
    } finally {
      rejections.stop();
      warnings.stop();
    }
    expect(completed).to.deep.equal([{level: 'iop', urgent: false, screener: 'audit-c'}]);
    expect(chunks().some((name) => name.includes('quiz-result.js?retry=1'))).to.equal(true);
    expect(rejections.reasons).to.deep.equal([]);
    expect(one(el, '[data-focus]').textContent).to.contain('Your result');
    await expect(el).to.be.accessible();
  });
});
