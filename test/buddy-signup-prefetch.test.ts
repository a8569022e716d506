// The buddy signup's send code, in a page of its own (so nothing has loaded it yet): it arrives
// when the page is idle after the first render, and then a signup goes out with the code's server
// gone, and a refused endpoint is reported to the page author once per value.
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {
  captureErrors,
  endpointFor,
  expectedData,
  fillValid,
  mount,
  newRun,
  seesText,
  serverLog,
  submitButton,
} from './buddy-signup-helpers.js';
import {afterIdle, watchFetches} from './helpers.js';

const sendCode = '/buddy-signup/send-path.';

describe('<iop-buddy-signup>: the send code, loaded after the first render', () => {
  after(() => executeServerCommand('lose-connection', {paths: []}));

  it('fetches the send code when idle after the first render; then sends without it', async () => {
    const fetches = watchFetches();
    const sendCodeFetched = () => fetches.find(sendCode);
    const run = newRun();
    const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
    const renderedAt = performance.now();
    try {
      await waitUntil(sendCodeFetched, 'the send code is fetched', {timeout: 5000});
    } finally {
      fetches.stop();
    }
    expect(sendCodeFetched()!.startTime).to.be.at.least(renderedAt);
    // The same module the widget asked for: this waits for it, and everything it imports.
    await import('../src/widgets/buddy-signup/send-path.js');

    await executeServerCommand('lose-connection', {paths: ['/src/', '/node_modules/']});
    await fillValid(el);
    const sent = oneEvent(el, 'iop-buddy-sent');
    submitButton(el).click();
    await sent;
    await waitUntil(seesText(el, 'Thanks, we got your request'), 'the thank-you view');
    const log = await serverLog(run);
    expect(log.accepted.map((payload) => payload.data)).to.deep.equal([expectedData]);
    el.remove();
  });

  it('reports a refused endpoint once a value, when the send code has loaded', async () => {
    const errors = await captureErrors(async () => {
      const el = await mount('endpoint="http://signup.example/buddy"');
      await afterIdle();
      el.endpoint = 'ftp://signup.example/buddy';
      await el.updateComplete;
      await afterIdle();
      el.endpoint = ' ftp://signup.example/buddy ';
      el.clinicName = 'Harbor Recovery Center';
      await el.updateComplete;
      await afterIdle();
      el.endpoint = 'https://signup.example/buddy';
      await el.updateComplete;
      await afterIdle();
      el.remove();
    });
    expect(errors.map((line) => line.split(':')[0])).to.deep.equal([
      'iop-widgets endpoint-insecure',
      'iop-widgets endpoint-invalid',
    ]);
  });
});
