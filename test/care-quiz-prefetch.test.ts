// The care quiz's result code, in a page of its own (so nothing has loaded it yet): it arrives
// when the page is idle after the first render, and then the result comes without a connection.
import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {headingText, run} from './care-quiz-helpers.js';
import {render, watchFetches} from './helpers.js';
import {profiles} from './quiz-profiles.js';

describe('<iop-care-quiz>: the result, loaded after the first render', () => {
  after(() => executeServerCommand('lose-connection', {paths: []}));

  it('fetches the result code when idle after the first render; then shows it offline', async () => {
    const fetches = watchFetches();
    const resultCode = () => fetches.find('/care-quiz/quiz-result.');
    const el = await render<IopCareQuiz>(html`<iop-care-quiz></iop-care-quiz>`);
    const renderedAt = performance.now();
    try {
      await waitUntil(resultCode, 'the result code is fetched', {timeout: 5000});
    } finally {
      fetches.stop();
    }
    expect(resultCode()!.startTime).to.be.at.least(renderedAt);
    // The same module the widget asked for: this waits for it, and everything it imports.
    await import('../src/widgets/care-quiz/quiz-result.js');

    await executeServerCommand('lose-connection', {paths: ['/src/', '/node_modules/']});
    const completed: unknown[] = [];
    el.addEventListener('iop-quiz-complete', (event) => completed.push(event.detail));
    await run(el, profiles.information);
    expect(headingText(el)).to.equal('Your result');
    expect(completed).to.deep.equal([{level: 'information', urgent: false, screener: 'audit-c'}]);
    el.remove();
  });
});
