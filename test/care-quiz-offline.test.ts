// The care quiz when its result code cannot be fetched (the visitor went offline before the page
// was idle), in a page of its own, so nothing has loaded that code yet: "See my result" says so
// kindly, with one console warning for the page author, no uncaught error, and no answer lost.
import {expect, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {all, choose, headingText, next, one, run} from './care-quiz-helpers.js';
import {afterIdle, render, useDarkTheme, watchConsole, watchRejections} from './helpers.js';
import {profiles} from './quiz-profiles.js';

const resultCode = '/care-quiz/quiz-result.';
const cannotLoad = 'part of this page could not load';

/** Renders a quiz that records its `iop-quiz-complete` events. */
async function quiz() {
  const el = await render<IopCareQuiz>(html`<iop-care-quiz region="US"></iop-care-quiz>`);
  const completed: unknown[] = [];
  el.addEventListener('iop-quiz-complete', (event) => completed.push(event.detail));
  return {el, completed};
}

describe('<iop-care-quiz>: result code that cannot be fetched', () => {
  afterEach(() => executeServerCommand('lose-connection', {paths: []}));

  it('says so kindly, keeps the answers, and shows the result once it can load', async () => {
    await executeServerCommand('lose-connection', {paths: [resultCode]});
    const warnings = watchConsole('warn');
    const rejections = watchRejections();
    const {el, completed} = await quiz();
    let button: HTMLElement;
    try {
      // The fetch when the page is idle after the first render fails, with one warning.
      await afterIdle();
      expect(warnings.lines).to.have.length(1);
      await run(el, profiles.iop, 'commitments');
      await choose(el, profiles.iop.commitments!);
      button = one(el, 'form button[type="submit"]');
      await next(el);
      await waitUntil(() => one(el, '#error').textContent!.includes(cannotLoad), 'a message', {
        timeout: 5000,
      });
    } finally {
      rejections.stop();
      warnings.stop();
    }
    expect(one(el, '#error').textContent).to.contain('Your answers are still here');
    expect(button!.textContent!.trim()).to.equal('See my result');
    expect(button!.getAttribute('aria-disabled')).to.equal('false');
    // The live region no longer says the result is on its way; the message above is the alert.
    expect(one(el, '[role="status"]').textContent!.trim()).to.equal('');
    expect(one(el, 'fieldset').getAttribute('aria-describedby')).to.contain('error');
    const chosen = all(el, 'input[type="radio"]').find(
      (radio) => (radio as HTMLInputElement).checked,
    );
    expect((chosen as HTMLInputElement).value).to.equal(profiles.iop.commitments);
    expect(completed).to.deep.equal([]);
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.match(
      /^iop-widgets lazy-load-failed: <iop-care-quiz> result could not be/,
    );
    expect(rejections.reasons).to.deep.equal([]);
    await expect(el).to.be.accessible();
    useDarkTheme(el);
    await expect(el).to.be.accessible();

    // Firefox keeps a failed module fetch for the life of the page; Chromium fetches it again.
    if (!navigator.userAgent.includes('Firefox')) {
      await executeServerCommand('lose-connection', {paths: []});
      await next(el);
      await waitUntil(() => headingText(el) === 'Your result', 'the result', {timeout: 5000});
      expect(completed).to.deep.equal([{level: 'iop', urgent: false, screener: 'audit-c'}]);
      expect(el.shadowRoot!.querySelector('#error')).to.equal(null);
    }
    el.remove();
  });
});
