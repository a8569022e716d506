// The care quiz on a connection so slow that its result code has not arrived when the visitor
// presses "See my result", in a page of its own, so nothing has loaded that code yet: the button
// says the result is being prepared, a second press does nothing, and the result comes once the
// code arrives.
import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {choose, headingText, one, run} from './care-quiz-helpers.js';
import {render, useDarkTheme} from './helpers.js';
import {profiles} from './quiz-profiles.js';

const liveRegion = (el: IopCareQuiz) => one(el, '[role="status"]').textContent!.trim();

describe('<iop-care-quiz>: result code on a slow connection', () => {
  after(() => executeServerCommand('lose-connection', {paths: []}));

  it('says it is preparing the result, ignores a second press, and shows the result once', async () => {
    await executeServerCommand('lose-connection', {
      paths: ['/care-quiz/quiz-result.'],
      stall: true,
    });
    const el = await render<IopCareQuiz>(html`<iop-care-quiz region="US"></iop-care-quiz>`);
    const completed: unknown[] = [];
    el.addEventListener('iop-quiz-complete', (event) => completed.push(event.detail));
    await run(el, profiles.iop, 'commitments');
    await choose(el, profiles.iop.commitments!);

    const button = one(el, 'form button[type="submit"]');
    expect(button.textContent!.trim()).to.equal('See my result');
    button.click();
    button.click();
    await waitUntil(() => liveRegion(el) === 'Preparing your result…', 'the announcement');
    expect(button.textContent!.trim()).to.equal('Preparing your result…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(headingText(el)).to.contain('keep working');
    await expect(el).to.be.accessible();
    useDarkTheme(el);
    await expect(el).to.be.accessible();

    // The code arrives.
    await executeServerCommand('lose-connection', {paths: []});
    await waitUntil(() => headingText(el) === 'Your result', 'the result', {timeout: 5000});
    await waitUntil(() => liveRegion(el) === 'Your result is ready.', 'the announcement');
    expect(completed).to.deep.equal([{level: 'iop', urgent: false, screener: 'audit-c'}]);
    el.remove();
  });
});
