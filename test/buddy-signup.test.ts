import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import '../src/widgets/buddy-signup/define.js';
import type {
  BuddyErrorDetail,
  BuddySubmitDetail,
  IopBuddySignup,
} from '../src/widgets/buddy-signup/buddy-signup.js';
import type {SignupPayload} from '../src/widgets/buddy-signup/payload.js';
import {
  $,
  captureErrors,
  choose,
  endpointFor,
  expectAccessible,
  expectFocus,
  expectedData,
  fillValid,
  focused,
  input,
  leavingIsQuestioned,
  liveRegion,
  mount,
  newRun,
  recordFetches,
  seesText,
  serverLog,
  submitButton,
  type,
} from './buddy-signup-helpers.js';
import {
  afterIdle,
  captureWarnings,
  render,
  shadow,
  usePageLanguage,
  visibleText,
} from './helpers.js';

describe('<iop-buddy-signup>', () => {
  let storageBefore: string;
  const storageNow = () =>
    JSON.stringify([document.cookie, {...localStorage}, {...sessionStorage}]);
  before(() => {
    storageBefore = storageNow();
  });

  describe('renders', () => {
    it('an empty, kind form with the peer and crisis notice', async () => {
      const el = await mount();
      const text = visibleText(el);
      expect(text).to.contain('Recovery buddies');
      expect(text).to.contain('A buddy is a peer, not a counselor. This is not a crisis service.');
      expect(text).to.contain('988 Suicide & Crisis Lifeline');
      expect($(el, '.notice a[href="tel:988"]')).to.exist;
      expect($(el, '.notice a[href="tel:911"]')).to.exist;
      expect($(el, 'form')).to.exist;
      expect(input(el, '#consent').checked).to.equal(false);
      expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
      expect(text).to.contain(
        'I agree that Harbor Recovery may contact me about the buddy program',
      );
      expect(shadow(el).querySelectorAll('.error')).to.have.length(0);
      await expectAccessible(el);
    });

    it('asks nothing beyond the design: no surname, address, birth date or health details', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      await choose(el, 'channel', 'text');
      const names = [...shadow(el).querySelectorAll<HTMLInputElement>('input, textarea, select')]
        .map((field) => field.name)
        .filter((name, index, all) => all.indexOf(name) === index);
      expect(names).to.deep.equal([
        'age',
        'role',
        'name',
        'channel',
        'phone',
        'mentionClinic',
        'times',
        'support',
        'program',
        'note',
        'consent',
        'website',
      ]);
      const autocompletes = [...shadow(el).querySelectorAll('[autocomplete]')].map((field) =>
        field.getAttribute('autocomplete'),
      );
      for (const forbidden of ['family-name', 'street-address', 'bday', 'postal-code']) {
        expect(autocompletes).not.to.include(forbidden);
      }
    });

    it('uses native inputs with labels and autofill hints', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      expect(input(el, '#name').autocomplete).to.equal('given-name');
      expect($(el, 'label[for="name"]')?.textContent).to.contain('First name or nickname');
      await choose(el, 'channel', 'email');
      expect(input(el, '#email').type).to.equal('email');
      expect(input(el, '#email').autocomplete).to.equal('email');
      expect($(el, '#phone')).not.to.exist;
      await choose(el, 'channel', 'call');
      expect(input(el, '#phone').type).to.equal('tel');
      expect(input(el, '#phone').autocomplete).to.equal('tel');
      expect($(el, '#email')).not.to.exist;
    });

    it('names no clinic when none is set, and follows the region', async () => {
      const el = await render<IopBuddySignup>(
        html`<iop-buddy-signup region="GB" min-fill-seconds="0"></iop-buddy-signup>`,
      );
      expect(visibleText(el)).to.contain('I agree that the clinic may contact me');
      expect(visibleText(el)).to.contain('Samaritans');
      expect($(el, '.notice a[href="tel:999"]')).to.exist;
      expect($(el, '.notice a[href="tel:116123"]')).to.exist;
      expect($(el, '.notice a[href="tel:988"]')).not.to.exist;
    });

    it('renders configuration as text only', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const el = await render<IopBuddySignup>(
        html`<iop-buddy-signup clinic-name=${hostile}></iop-buddy-signup>`,
      );
      expect($(el, 'img')).not.to.exist;
      expect(visibleText(el)).to.contain('<img src=x onerror=alert(1)>');
    });

    it('links the privacy notice in a new tab, only when it is a safe link', async () => {
      const el = await mount('privacy-url="https://harbor.example/privacy"');
      await choose(el, 'age', 'adult');
      const link = $<HTMLAnchorElement>(el, '.consent a');
      expect(link?.href).to.equal('https://harbor.example/privacy');
      expect(link?.target).to.equal('_blank');
      expect(link?.rel).to.contain('noopener');
      const warnings = await captureWarnings(async () => {
        el.privacyUrl = 'javascript:alert(1)';
        await el.updateComplete;
      });
      expect($(el, '.consent a')).not.to.exist;
      expect(warnings.join()).to.contain('privacy-url');
    });

    it('reads bad numbers as their defaults', async () => {
      const el = await mount('timeout="soon" max-attempts="-3" min-fill-seconds="abc"');
      expect(visibleText(el)).to.contain('Recovery buddies');
      await fillValid(el);
      submitButton(el).click();
      await waitUntil(seesText(el, 'Please take a moment'), 'too-fast message');
    });
  });

  describe('validation', () => {
    it('shows an error only after a field was touched and changed', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      const program = input(el, '#program');
      program.focus();
      program.blur();
      await el.updateComplete;
      await choose(el, 'role', 'find');
      const role = input(el, 'input[name="role"]');
      role.focus();
      role.blur();
      const name = input(el, '#name');
      name.focus();
      name.blur();
      await el.updateComplete;
      expect($(el, '.error'), 'touched, unchanged').not.to.exist;

      await choose(el, 'channel', 'email');
      await type(el, 'email', 'sam@', false);
      await type(el, 'email', '', false);
      expect($(el, '#email-error'), 'changed, not yet left').not.to.exist;

      input(el, '#email').blur();
      await el.updateComplete;
      const email = input(el, '#email');
      expect($(el, '#email-error')?.textContent).to.contain('Enter your email address.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')?.split(' ')).to.include('email-error');

      await type(el, 'email', 'sam@example.org', false);
      expect($(el, '#email-error'), 'fixed while typing').not.to.exist;
      expect(email.getAttribute('aria-invalid')).to.equal('false');
    });

    it('on submit shows every error, focuses the first and announces a summary', async () => {
      const el = await mount();
      let submits = 0;
      el.addEventListener('iop-buddy-submit', () => submits++);
      submitButton(el).click();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.error')).to.have.length(6);
      expect($(el, '#age-error')?.textContent).to.contain('Please tell us whether you are 18');
      expectFocus(el, input(el, 'input[name="age"]'));
      await waitUntil(() => liveRegion(el).includes('6 answers need your attention'));

      await choose(el, 'age', 'adult');
      submitButton(el).click();
      await el.updateComplete;
      const errors = [...shadow(el).querySelectorAll('.error')].map((e) => e.id);
      expect(errors).to.deep.equal([
        'role-error',
        'name-error',
        'channel-error',
        'mentionClinic-error',
        'consent-error',
      ]);
      const first = focused(el) as HTMLInputElement;
      expect(first.name).to.equal('role');
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(first.getAttribute('aria-describedby')).to.contain('role-error');
      await waitUntil(() => liveRegion(el).includes('5 answers need your attention'));
      expect(submits).to.equal(0);
      await expectAccessible(el);
    });

    it('checks the contact detail that matches the chosen channel', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      await choose(el, 'channel', 'email');
      await type(el, 'email', 'sam@');
      expect($(el, '#email-error')?.textContent).to.contain('name@example.com');
      await type(el, 'email', 'sam@example.org');
      expect($(el, '#email-error')).not.to.exist;

      await choose(el, 'channel', 'text');
      await type(el, 'phone', '555-CALL-NOW');
      expect($(el, '#phone-error')?.textContent).to.contain('7 to 15 digits');
      await type(el, 'phone', '+1 555 010 4477');
      expect($(el, '#phone-error')).not.to.exist;
    });

    it('limits the note to 500 characters with a polite counter', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      expect($(el, '#note-counter')?.textContent).to.contain('Characters left: 500');
      expect(input(el, '#note').getAttribute('aria-describedby')).to.contain('note-counter');
      expect(visibleText(el)).to.contain('Please do not include health details here.');
      await type(el, 'note', 'x'.repeat(100), false);
      expect($(el, '#note-counter')?.textContent).to.contain('Characters left: 400');
      await el.updateComplete;
      expect(liveRegion(el), 'no announcement far from the limit').to.equal('');

      await type(el, 'note', 'x'.repeat(460), false);
      await waitUntil(() => liveRegion(el).includes('Characters left: 40'));
      await type(el, 'note', 'x'.repeat(503));
      expect($(el, '#note-counter')?.textContent).to.contain('Characters over the limit: 3');
      expect($(el, '#note-error')?.textContent).to.contain('Use 500 characters or fewer.');
      await waitUntil(() => liveRegion(el).includes('over the limit: 3'));
    });

    it('speaks Spanish', async () => {
      const el = await mount();
      try {
        await usePageLanguage('es');
        await el.updateComplete;
        submitButton(el).click();
        await el.updateComplete;
        await choose(el, 'age', 'adult');
        submitButton(el).click();
        await el.updateComplete;
        const text = visibleText(el);
        expect(text).to.contain('Escriba un nombre o un apodo.');
        expect(text).not.to.contain('Enter a first name');
        await waitUntil(() => liveRegion(el).includes('5 respuestas'));
        await expect(el).to.be.accessible();
      } finally {
        await usePageLanguage('en');
      }
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Enter a first name or a nickname.');
    });
  });

  describe('a visitor under 18', () => {
    it('gets a short, kind path to the clinic and the crisis line, and nothing is sent', async () => {
      const el = await mount();
      let submits = 0;
      el.addEventListener('iop-buddy-submit', () => submits++);
      await choose(el, 'age', 'adult');
      await type(el, 'name', 'Sam');
      await choose(el, 'age', 'under-18');
      const text = visibleText(el);
      expect(text).to.contain('Thank you for reaching out');
      expect(text).to.contain('The buddy program is for adults, 18 and older.');
      expect(text).to.contain('Please talk with Harbor Recovery directly');
      expect($(el, '.minor a[href="tel:+15550104477"]')?.textContent).to.contain(
        'Call \u2068+1 555 010 4477\u2069',
      );
      expect($(el, '.minor a[href="tel:988"]')).to.exist;
      expect($(el, '#name')).not.to.exist;
      expect($(el, 'button[type="submit"]')).not.to.exist;
      await waitUntil(() => liveRegion(el).includes('for adults, 18 and older'));
      await expectAccessible(el);

      await choose(el, 'age', 'adult');
      expect(input(el, '#name').value, 'typed answers come back').to.equal('Sam');
      expect(submits).to.equal(0);
    });
  });

  describe('delivery to a real endpoint', () => {
    it('sends once and shows the thank-you view; the typed data leaves the form', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      const submitted = oneEvent(el, 'iop-buddy-submit');
      const sent = oneEvent(el, 'iop-buddy-sent');
      await fillValid(el);
      submitButton(el).click();
      const submit = (await submitted) as CustomEvent<BuddySubmitDetail>;
      expect(submit.cancelable).to.equal(true);
      expect(submit.detail.payload.data).to.deep.equal(expectedData);
      const done = (await sent) as CustomEvent<{id: string}>;
      expect(done.detail).to.deep.equal({id: submit.detail.payload.id});
      await el.updateComplete;

      const heading = $(el, '#success-heading');
      expect(heading?.textContent).to.contain('Thanks, we got your request');
      expectFocus(el, heading);
      const text = visibleText(el);
      expect(text).not.to.contain('sam@example.org');
      expect(text).not.to.match(/recovery buddy request|treatment|addiction/i);
      expect($(el, 'input, textarea')).not.to.exist;

      const log = await serverLog(run);
      expect(log.problems).to.deep.equal([]);
      expect(log.attempts).to.equal(1);
      expect(log.accepted).to.have.length(1);
      const [payload] = log.accepted;
      expect(payload.schema).to.equal('iop-buddy-signup/1');
      expect(payload.id).to.equal(submit.detail.payload.id);
      expect(payload.locale).to.equal('en');
      expect(payload.clinic).to.deep.equal({name: 'Harbor Recovery', region: 'US'});
      expect(Date.parse(payload.submittedAt)).to.be.closeTo(Date.now(), 60000);
      expect(payload.data).to.deep.equal(expectedData);
      await expectAccessible(el);
    });

    it('retries 500, 500 and records exactly one signup under one key', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('fail-twice', run)}"`);
      await fillValid(el);
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      await waitUntil(seesText(el, 'Trying again (try 2 of 5)'), 'retrying shown', {
        timeout: 5000,
      });
      await waitUntil(() => liveRegion(el).includes('Trying again'), 'retrying announced');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      await sent;
      const log = await serverLog(run);
      expect(log.attempts).to.equal(3);
      expect(new Set(log.keys).size).to.equal(1);
      expect(log.accepted).to.have.length(1);
      expect(log.accepted[0].id).to.equal(log.keys[0]);
      expect(log.problems).to.deep.equal([]);
    });

    it('honours Retry-After in seconds after a 429', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('rate-limited', run)}"`);
      await fillValid(el);
      const sent = oneEvent(el, 'iop-buddy-sent');
      const start = performance.now();
      submitButton(el).click();
      await waitUntil(seesText(el, 'Trying again'), 'retrying shown');
      await sent;
      expect(performance.now() - start).to.be.at.least(950);
      const log = await serverLog(run);
      expect(log.attempts).to.equal(2);
      expect(log.accepted).to.have.length(1);
    });

    it('honours Retry-After as an HTTP date after a 503', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('unavailable-until', run)}"`);
      await fillValid(el);
      const sent = oneEvent(el, 'iop-buddy-sent');
      const start = performance.now();
      submitButton(el).click();
      await sent;
      // The date has whole seconds, so the wait is at least one second.
      expect(performance.now() - start).to.be.at.least(950);
      expect((await serverLog(run)).attempts).to.equal(2);
    });

    it('stops at a 400 without retrying, keeps every answer and offers "Try again"', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('bad-request', run)}"`);
      await fillValid(el);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      const error = (await failed) as CustomEvent<BuddyErrorDetail>;
      expect(Object.keys(error.detail).sort()).to.deep.equal(['id', 'reason']);
      expect(error.detail.reason).to.equal('rejected');
      await el.updateComplete;
      expect(visibleText(el)).to.contain('The request was not accepted');
      expectFocus(el, $(el, '#status'));
      expect(submitButton(el).textContent?.trim()).to.equal('Try again');
      expect(input(el, '#name').value).to.equal('  Sam  ');
      expect(input(el, '#email').value).to.equal('sam@example.org');
      expect(input(el, '#consent').checked).to.equal(true);
      expect(input(el, 'input[name="times"][value="evenings"]').checked).to.equal(true);
      expect($(el, '#status a[href="tel:+15550104477"]')).to.exist;
      const log = await serverLog(run);
      expect(log.attempts).to.equal(1);
      expect(log.accepted).to.have.length(0);
      await expectAccessible(el);
    });

    it('ends the live region with the refusal after a 422, not with "Sending…"', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('unprocessable', run)}"`);
      await fillValid(el);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<BuddyErrorDetail>).detail.reason).to.equal('rejected');
      await waitUntil(
        () => liveRegion(el).includes('The request was not accepted'),
        'refusal announced',
      );
      expect(liveRegion(el)).not.to.contain('Sending');
      expect(leavingIsQuestioned(), 'nothing left to lose').to.equal(false);
    });

    it('asks before the page is left while a retry waits, and sends a last keepalive try on pagehide', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('unavailable-then-ok', run)}"`);
      await fillValid(el);
      expect(leavingIsQuestioned(), 'before sending').to.equal(false);
      submitButton(el).click();
      await waitUntil(seesText(el, 'Trying again'), 'retry waits', {timeout: 5000});
      expect(leavingIsQuestioned(), 'while a retry waits').to.equal(true);

      const requests = await recordFetches(async () => {
        window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: false}));
        await waitUntil(
          async () => (await serverLog(run)).accepted.length === 1,
          'last try stored',
        );
      });
      expect(requests).to.have.length(1);
      const [last] = requests;
      expect(last.init.keepalive).to.equal(true);
      expect(last.init.credentials).to.equal('omit');
      const log = await serverLog(run);
      expect(log.attempts, 'the first try and the last one; the 4 s wait is not over').to.equal(2);
      expect(new Set(log.keys).size).to.equal(1);
      expect(new Headers(last.init.headers).get('Idempotency-Key')).to.equal(log.keys[0]);
      expect(JSON.parse(String(last.init.body))).to.deep.equal(log.accepted[0]);

      // The form's own retry still comes: the server answers it as stored, and the form says sent.
      await oneEvent(el, 'iop-buddy-sent');
      expect(leavingIsQuestioned(), 'after the signup was accepted').to.equal(false);
      const after = await recordFetches(async () => {
        window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: false}));
      });
      expect(after, 'no try once accepted').to.have.length(0);
      expect((await serverLog(run)).accepted).to.have.length(1);
    });

    it('stops asking before leaving when the form is removed mid-delivery', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('down', run)}"`);
      await fillValid(el);
      submitButton(el).click();
      await waitUntil(seesText(el, 'Trying again'), 'retry waits', {timeout: 5000});
      expect(leavingIsQuestioned()).to.equal(true);
      el.remove();
      expect(leavingIsQuestioned()).to.equal(false);
    });

    it('gives up on a server slower than the timeout, then "Try again" reuses the same id', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(
        `endpoint="${endpointFor('slow', run)}" timeout="0.4" max-attempts="2"`,
      );
      await fillValid(el);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      const error = (await failed) as CustomEvent<BuddyErrorDetail>;
      expect(error.detail.reason).to.equal('timeout');
      await el.updateComplete;
      expect(visibleText(el)).to.contain('We could not send your request');
      expect(input(el, '#name').value).to.equal('  Sam  ');

      // The server got both tries (it stores on receipt, answers late): one signup, one key.
      await waitUntil(async () => (await serverLog(run)).attempts === 2, 'both tries arrived');
      el.endpoint = endpointFor('ok', run);
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      const done = (await sent) as CustomEvent<{id: string}>;
      expect(done.detail.id).to.equal(error.detail.id);
      const log = await serverLog(run);
      expect(log.attempts).to.equal(3);
      expect(new Set(log.keys)).to.deep.equal(new Set([error.detail.id]));
      expect(log.accepted).to.have.length(1);
    });

    it('succeeds after one slow answer without a duplicate', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('slow-once', run)}" timeout="0.4"`);
      await fillValid(el);
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      await sent;
      const log = await serverLog(run);
      expect(log.attempts).to.equal(2);
      expect(new Set(log.keys).size).to.equal(1);
      expect(log.accepted).to.have.length(1);
    });

    it('waits while the network is down and sends when it is back', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      await fillValid(el);
      let online = false;
      Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => online});
      try {
        const sent = oneEvent(el, 'iop-buddy-sent');
        submitButton(el).click();
        await waitUntil(seesText(el, 'You seem to be offline'), 'offline shown');
        await waitUntil(() => liveRegion(el).includes('offline'), 'offline announced');
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect((await serverLog(run)).attempts, 'nothing sent while offline').to.equal(0);
        online = true;
        window.dispatchEvent(new Event('online'));
        await sent;
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
      const log = await serverLog(run);
      expect(log.attempts).to.equal(1);
      expect(log.accepted).to.have.length(1);
      await waitUntil(
        () => liveRegion(el).includes('Thanks, we got your request'),
        'sent announced',
      );
      expect(liveRegion(el)).not.to.contain('offline');
    });

    it('sends once on a double click (and an Enter on top)', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      await fillValid(el);
      let submits = 0;
      el.addEventListener('iop-buddy-submit', () => submits++);
      const sent = oneEvent(el, 'iop-buddy-sent');
      const button = submitButton(el);
      button.click();
      button.click();
      input(el, '#name').focus();
      await sendKeys({press: 'Enter'});
      await sent;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(submits).to.equal(1);
      const log = await serverLog(run);
      expect(log.attempts).to.equal(1);
      expect(log.accepted).to.have.length(1);
    });

    it('shows the retrying state accessibly', async function () {
      this.timeout(20000);
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('down', run)}"`);
      await fillValid(el);
      submitButton(el).click();
      await waitUntil(seesText(el, 'Trying again'), 'retrying shown', {timeout: 5000});
      await expectAccessible(el);
      el.remove();
    });

    it('refuses an http: endpoint on another origin: one console error, "not connected"', async () => {
      let el!: IopBuddySignup;
      const errors = await captureErrors(async () => {
        el = await mount('endpoint="http://signup.example/buddy"');
        el.clinicName = 'Harbor Recovery Center';
        await el.updateComplete;
        // The endpoint is checked by the send code, which arrives when the page is idle.
        await afterIdle();
        await fillValid(el);
      });
      expect(errors).to.have.length(1);
      expect(errors[0])
        .to.match(/^iop-widgets endpoint-insecure: /)
        .and.contain('http://signup.example/buddy')
        .and.contain('must use https:');
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<BuddyErrorDetail>).detail.reason).to.equal(
        'not-connected',
      );
      await el.updateComplete;
      expect(visibleText(el)).to.contain('This form is not connected yet, so nothing was sent.');
      expect(input(el, '#name').value).to.equal('  Sam  ');
    });
  });

  describe('without an endpoint', () => {
    it('says it is not connected and keeps the data when nobody handles the submit', async () => {
      const el = await mount();
      await fillValid(el);
      let sent = 0;
      el.addEventListener('iop-buddy-sent', () => sent++);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<BuddyErrorDetail>).detail.reason).to.equal(
        'not-connected',
      );
      await el.updateComplete;
      expect(visibleText(el)).to.contain('This form is not connected yet');
      expect(visibleText(el)).not.to.contain('Thanks, we got your request');
      expectFocus(el, $(el, '#status'));
      expect(input(el, '#email').value).to.equal('sam@example.org');
      expect(sent).to.equal(0);
      await expectAccessible(el);
    });

    it('lets a handler deliver with respondWith() and shows "sent" when it succeeds', async () => {
      const el = await mount();
      await fillValid(el);
      let received: SignupPayload | undefined;
      let release!: () => void;
      el.addEventListener('iop-buddy-submit', (event) => {
        received = event.detail.payload;
        event.detail.respondWith(new Promise<void>((resolve) => (release = resolve)));
      });
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      await el.updateComplete;
      expect(received?.data).to.deep.equal(expectedData);
      expect(visibleText(el)).to.contain('Sending your request');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submitButton(el).textContent).to.contain('Sending');
      await expectAccessible(el);
      expect(leavingIsQuestioned(), 'while the handler delivers').to.equal(true);
      const lastTries = await recordFetches(async () => {
        window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: false}));
      });
      expect(lastTries, 'the page, not the form, delivers').to.have.length(0);
      release();
      expect(((await sent) as CustomEvent<{id: string}>).detail).to.deep.equal({
        id: received?.id,
      });
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Thanks, we got your request');
      expect(leavingIsQuestioned()).to.equal(false);
    });

    const failures: [string, () => Promise<unknown>][] = [
      ['rejects', () => Promise.reject(new Error('offline'))],
      ['gives false', () => Promise.resolve(false)],
      ['gives a 500 response', () => Promise.resolve(new Response(null, {status: 500}))],
    ];
    for (const [name, result] of failures) {
      it(`keeps the data and offers "Try again" with the same id when the handler ${name}`, async () => {
        const el = await mount();
        await fillValid(el);
        const ids: string[] = [];
        let outcome = result;
        el.addEventListener('iop-buddy-submit', (event) => {
          ids.push(event.detail.payload.id);
          event.detail.respondWith(outcome());
        });
        const failed = oneEvent(el, 'iop-buddy-error');
        submitButton(el).click();
        const error = (await failed) as CustomEvent<BuddyErrorDetail>;
        expect(error.detail).to.deep.equal({id: ids[0], reason: 'handler'});
        await el.updateComplete;
        expect(visibleText(el)).to.contain('We could not send your request');
        expect(input(el, '#name').value).to.equal('  Sam  ');

        outcome = () => Promise.resolve(new Response(null, {status: 202}));
        const sent = oneEvent(el, 'iop-buddy-sent');
        submitButton(el).click();
        await sent;
        expect(ids).to.have.length(2);
        expect(ids[1]).to.equal(ids[0]);
      });
    }

    it('takes a new id when the answers changed after a failure', async () => {
      const el = await mount();
      await fillValid(el);
      const ids: string[] = [];
      el.addEventListener('iop-buddy-submit', (event) => {
        ids.push(event.detail.payload.id);
        event.detail.respondWith(Promise.reject(new Error('down')));
      });
      let failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      await failed;
      await type(el, 'name', 'Alex');
      failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      await failed;
      expect(ids).to.have.length(2);
      expect(ids[1]).not.to.equal(ids[0]);
    });

    it('a handler on a form with an endpoint takes delivery over', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      await fillValid(el);
      el.addEventListener('iop-buddy-submit', (event) =>
        event.detail.respondWith(Promise.resolve()),
      );
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      await sent;
      expect((await serverLog(run)).attempts).to.equal(0);
    });

    it('preventDefault() without respondWith() cancels sending and claims nothing', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      await fillValid(el);
      let ended = 0;
      el.addEventListener('iop-buddy-sent', () => ended++);
      el.addEventListener('iop-buddy-error', () => ended++);
      const submitted = oneEvent(el, 'iop-buddy-submit');
      el.addEventListener('iop-buddy-submit', (event) => event.preventDefault());
      submitButton(el).click();
      await submitted;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(ended).to.equal(0);
      expect(visibleText(el)).not.to.contain('Thanks, we got your request');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect((await serverLog(run)).attempts).to.equal(0);
    });

    it('accepts respondWith() only while the event is dispatched', async () => {
      const el = await mount();
      await fillValid(el);
      let detail!: BuddySubmitDetail;
      el.addEventListener('iop-buddy-submit', (event) => {
        detail = event.detail;
        event.detail.respondWith(Promise.resolve());
        expect(() => event.detail.respondWith(Promise.resolve())).to.throw('once');
      });
      const sent = oneEvent(el, 'iop-buddy-sent');
      submitButton(el).click();
      await sent;
      expect(() => detail.respondWith(Promise.resolve())).to.throw('respondWith');
    });
  });

  describe('spam protection', () => {
    it('never sends a form whose hidden honeypot was filled, and never says "sent"', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}"`);
      await fillValid(el);
      const trap = input(el, 'input[name="website"]');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      trap.value = 'https://spam.example';
      let submits = 0;
      el.addEventListener('iop-buddy-submit', () => submits++);
      const failed = oneEvent(el, 'iop-buddy-error');
      submitButton(el).click();
      expect(((await failed) as CustomEvent<BuddyErrorDetail>).detail.reason).to.equal('spam');
      await el.updateComplete;
      expect(submits).to.equal(0);
      expect(visibleText(el)).to.contain('Your request could not be sent.');
      expect(visibleText(el)).not.to.contain('Thanks, we got your request');
      expect((await serverLog(run)).attempts).to.equal(0);
    });

    it('holds back a form sent faster than min-fill-seconds', async () => {
      const run = newRun();
      const el = await mount(`endpoint="${endpointFor('ok', run)}" min-fill-seconds="30"`);
      await fillValid(el);
      let submits = 0;
      el.addEventListener('iop-buddy-submit', () => submits++);
      submitButton(el).click();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Please take a moment to check your answers');
      expect(submits).to.equal(0);
      expect((await serverLog(run)).attempts).to.equal(0);
    });

    it('keeps the honeypot out of the keyboard path', async () => {
      const el = await mount();
      await choose(el, 'age', 'adult');
      input(el, 'input[name="age"]').focus();
      const visited: string[] = [];
      for (let i = 0; i < 40; i++) {
        await sendKeys({press: 'Tab'});
        const active = focused(el) as HTMLInputElement | null;
        if (!active) break;
        visited.push(active.name || active.localName);
        if (active === submitButton(el)) break;
      }
      expect(visited).to.include('consent');
      expect(visited.at(-1)).to.equal('button');
      expect(visited).not.to.include('website');
    });
  });

  describe('keyboard', () => {
    it('moves through choices with arrow keys and sends with Enter', async () => {
      const el = await mount();
      el.addEventListener('iop-buddy-submit', (event) =>
        event.detail.respondWith(Promise.resolve()),
      );
      input(el, 'input[name="age"]').focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(input(el, 'input[name="age"][value="adult"]').checked).to.equal(true);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(input(el, 'input[name="role"][value="volunteer"]').checked).to.equal(true);
      await sendKeys({press: 'Tab'});
      expectFocus(el, input(el, '#name'));
      await sendKeys({type: 'Robin'});
      await choose(el, 'channel', 'call');
      await type(el, 'phone', '(555) 010-4477');
      await choose(el, 'mentionClinic', 'yes');
      input(el, '#consent').focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      const submitted = oneEvent(el, 'iop-buddy-submit');
      input(el, '#name').focus();
      await sendKeys({press: 'Enter'});
      const {detail} = (await submitted) as CustomEvent<BuddySubmitDetail>;
      expect(detail.payload.data).to.deep.equal({
        role: 'volunteer',
        name: 'Robin',
        channel: 'call',
        phone: '(555) 010-4477',
        mayNameClinic: true,
        times: [],
        support: [],
        adult: true,
        consent: true,
      });
    });
  });

  describe('locale', () => {
    it('sends the visitor’s language in the payload', async () => {
      const el = await mount();
      try {
        await usePageLanguage('es');
        await fillValid(el);
        el.addEventListener('iop-buddy-submit', (event) =>
          event.detail.respondWith(Promise.resolve()),
        );
        const submitted = oneEvent(el, 'iop-buddy-submit');
        submitButton(el).click();
        const {detail} = (await submitted) as CustomEvent<BuddySubmitDetail>;
        expect(detail.payload.locale).to.equal('es');
        await waitUntil(seesText(el, 'Gracias'), 'Spanish thank-you');
        await expectAccessible(el);
      } finally {
        await usePageLanguage('en');
      }
    });
  });

  it('writes nothing to cookies or storage', async () => {
    expect(storageNow()).to.equal(storageBefore);
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    const databases = (await indexedDB.databases?.()) ?? [];
    expect(databases).to.have.length(0);
  });
});
