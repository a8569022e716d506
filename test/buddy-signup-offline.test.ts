// The buddy signup when its send code cannot be fetched (the visitor went offline before the page
// was idle), in a page of its own, so nothing has loaded that code yet: sending says it could not
// send, with one console warning for the page author, no uncaught error, no answer lost and
// nothing shown as sent; once the code can load, "Try again" sends it.
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import type {BuddyErrorDetail} from '../src/widgets/buddy-signup/buddy-signup.js';
import {
  $,
  endpointFor,
  expectAccessible,
  expectedData,
  fillValid,
  input,
  mount,
  newRun,
  seesText,
  serverLog,
  submitButton,
} from './buddy-signup-helpers.js';
import {afterIdle, visibleText, watchConsole, watchRejections} from './helpers.js';

const sendCode = '/buddy-signup/send-path.';

describe('<iop-buddy-signup>: send code that cannot be fetched', () => {
  afterEach(() => executeServerCommand('lose-connection', {paths: []}));

  it('says it could not send, keeps the answers, and sends once the code can load', async () => {
    await executeServerCommand('lose-connection', {paths: [sendCode]});
    const warnings = watchConsole('warn');
    const rejections = watchRejections();
    const run = newRun();
    const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
    let detail: BuddyErrorDetail;
    try {
      // The fetch when the page is idle after the first render fails, with one warning.
      await afterIdle();
      expect(warnings.lines).to.have.length(1);
      await fillValid(el);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      detail = ((await failed) as CustomEvent<BuddyErrorDetail>).detail;
      await el.updateComplete;
    } finally {
      rejections.stop();
      warnings.stop();
    }
    expect(detail.reason).to.equal('network');
    expect($(el, '#status')?.textContent).to.contain(
      'We could not send your request. Your answers are still here.',
    );
    expect(visibleText(el)).not.to.contain('Thanks');
    expect(submitButton(el).textContent!.trim()).to.equal('Try again');
    expect(input(el, '#name').value).to.equal('  Sam  ');
    expect(input(el, '#consent').checked).to.equal(true);
    expect((await serverLog(run)).attempts).to.equal(0);
    expect(warnings.lines).to.have.length(1);
    expect(warnings.lines[0]).to.match(
      /^iop-widgets lazy-load-failed: <iop-buddy-signup> sending could not be/,
    );
    expect(rejections.reasons).to.deep.equal([]);
    await expectAccessible(el);

    // Firefox keeps a failed module fetch for the life of the page; Chromium fetches it again.
    if (!navigator.userAgent.includes('Firefox')) {
      await executeServerCommand('lose-connection', {paths: []});
      submitButton(el).click();
      await waitUntil(seesText(el, 'Thanks, we got your request'), 'sent', {timeout: 5000});
      const log = await serverLog(run);
      expect(log.accepted.map((payload) => payload.data)).to.deep.equal([expectedData]);
      expect(log.keys).to.deep.equal([detail.id]);
    }
    el.remove();
  });
});
