import {expect, html, oneEvent, unsafeStatic} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/clinic/define.js';
import {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import type {CareLevel, QuizAnswers} from '../src/widgets/care-quiz/assess.js';
import {
  captureWarnings,
  render,
  shadow,
  useDarkTheme,
  usePageLanguage,
  visibleText,
  withoutIsolates,
  withRightToLeft,
} from './helpers.js';
import {
  all,
  buttonNamed,
  choose,
  click,
  currentQuestion,
  heading,
  headingText,
  next,
  one,
  run,
  settle,
  start,
} from './care-quiz-helpers.js';
import {noFlags, profiles} from './quiz-profiles.js';

/** The quiz with the two browser hand-offs recorded instead of performed. */
class RecordingQuiz extends IopCareQuiz {
  left: string[] = [];
  printed = 0;
  protected override leave(url: string): void {
    this.left.push(url);
  }
  protected override openPrintDialog(): void {
    this.printed++;
  }
}
customElements.define('recording-care-quiz', RecordingQuiz);

const levelNames: Record<CareLevel, string> = {
  urgent: 'Urgent help now',
  'withdrawal-check': 'A medical check-up for withdrawal',
  'residential-or-day': 'Day treatment or residential care',
  iop: 'Intensive outpatient program (IOP)',
  outpatient: 'Outpatient counseling or a doctor’s care',
  information: 'Information, and a talk with your doctor',
};

const quiz = (attributes = '') =>
  render<RecordingQuiz>(
    html`<recording-care-quiz
      clinic-name="Harbor Recovery"
      phone="+1 555 010 4477"
      intake-url="https://harbor.example/intake"
      ${unsafeStatic(attributes)}
    ></recording-care-quiz>`,
  );

const plainQuiz = () => render<IopCareQuiz>(html`<iop-care-quiz></iop-care-quiz>`);

const regionQuiz = (region: string) =>
  render<IopCareQuiz>(html`<iop-care-quiz region=${region}></iop-care-quiz>`);

describe('<iop-care-quiz>', () => {
  describe('start', () => {
    it('says what it is, that answers stay private, and offers Start', async () => {
      const el = await plainQuiz();
      expect(headingText(el)).to.equal('Which kind of care could help? A private self-check');
      const text = visibleText(el);
      expect(text).to.contain('not a diagnosis');
      expect(text).to.contain('about 2 minutes');
      expect(text).to.contain('This self-check does not send or save your answers.');
      expect(text).not.to.contain('receives your answers');
      buttonNamed(el, 'Start the self-check');
    });

    it('is accessible in light and dark', async () => {
      const el = await plainQuiz();
      await expect(el).to.be.accessible();
      useDarkTheme(el);
      await expect(el).to.be.accessible();
    });

    it('tells the visitor when the page receives the answers', async () => {
      const el = await render<IopCareQuiz>(html`<iop-care-quiz share-answers></iop-care-quiz>`);
      expect(visibleText(el)).to.contain('When you finish, this website receives your answers.');
    });

    it('fires iop-quiz-start and iop-quiz-step, then shows question 1 with focus on it', async () => {
      const el = await plainQuiz();
      const started = oneEvent(el, 'iop-quiz-start');
      const stepped = oneEvent(el, 'iop-quiz-step');
      buttonNamed(el, 'Start the self-check').click();
      expect((await started).detail).to.deep.equal({});
      expect((await stepped).detail).to.deep.equal({index: 1, total: 15});
      await settle(el);
      expect(one(el, '[part="progress"]').textContent!.trim()).to.equal('Question 1 of 15');
      expect(shadow(el).activeElement).to.equal(heading(el));
      expect(heading(el).closest('legend')).to.exist;
      expect(headingText(el)).to.equal(
        'Right now, are you having thoughts of hurting yourself or ending your life?',
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settle(el);
      expect(one(el, '[role="status"]').textContent!.trim()).to.equal('Question 1 of 15');
    });
  });

  describe('questions', () => {
    it('uses a fieldset, a legend and native radios, none checked', async () => {
      const el = await plainQuiz();
      await start(el);
      const fieldset = one(el, 'fieldset');
      expect(fieldset.querySelector('legend')).to.exist;
      const radios = all(el, 'input[type="radio"]') as HTMLInputElement[];
      expect(radios.map((radio) => radio.value)).to.deep.equal(['yes', 'no']);
      expect(radios.every((radio) => !radio.checked && radio.closest('label'))).to.equal(true);
    });

    it('shows an error linked to the question when Next is pressed without an answer', async () => {
      const el = await plainQuiz();
      await start(el);
      const steps: unknown[] = [];
      el.addEventListener('iop-quiz-step', (event) => steps.push(event.detail));
      await next(el);
      const error = one(el, '#error');
      expect(error.textContent!.trim()).to.equal('Choose one of the answers above to go on.');
      expect(one(el, 'fieldset').getAttribute('aria-describedby')).to.contain('error');
      expect(
        all(el, 'input[type="radio"]').every(
          (radio) => radio.getAttribute('aria-invalid') === 'true',
        ),
      ).to.equal(true);
      expect(shadow(el).activeElement).to.equal(one(el, 'input[type="radio"]'));
      expect(one(el, '[part="progress"]').textContent).to.contain('Question 1 of 15');
      expect(steps).to.be.empty;
      await expect(el).to.be.accessible();
      await choose(el, 'no');
      expect(error.textContent!.trim()).to.equal('');
      expect(one(el, 'fieldset').getAttribute('aria-describedby') ?? '').not.to.contain('error');
    });

    it('keeps answers when going back, and fires iop-quiz-step each time', async () => {
      const el = await plainQuiz();
      await start(el);
      await choose(el, 'no');
      await next(el);
      expect(one(el, '[part="progress"]').textContent).to.contain('Question 2 of 15');
      const stepped = oneEvent(el, 'iop-quiz-step');
      buttonNamed(el, 'Back').click();
      expect((await stepped).detail).to.deep.equal({index: 1, total: 15});
      await settle(el);
      const checked = all(el, 'input[type="radio"]').find(
        (radio) => (radio as HTMLInputElement).checked,
      ) as HTMLInputElement;
      expect(checked.value).to.equal('no');
      expect(shadow(el).activeElement).to.equal(heading(el));
      buttonNamed(el, 'Back').click();
      await settle(el);
      expect(headingText(el)).to.contain('A private self-check');
    });

    it('asks the AUDIT-C items word for word with the published answers and the drink help', async () => {
      const el = await plainQuiz();
      await run(el, noFlags, 'auditFrequency');
      expect(headingText(el)).to.equal('How often do you have a drink containing alcohol?');
      const labels = () => all(el, '[part="option"]').map((label) => label.textContent!.trim());
      expect(labels()).to.deep.equal([
        'Never',
        'Monthly or less',
        '2 to 4 times a month',
        '2 to 3 times a week',
        '4 or more times a week',
      ]);
      await choose(el, '2-3-a-week');
      await next(el);
      expect(headingText(el)).to.equal(
        'How many drinks containing alcohol do you have on a typical day when you are drinking?',
      );
      expect(labels()).to.deep.equal(['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more']);
      expect(one(el, '#hint').textContent).to.contain('12 oz (355 ml) of beer');
      expect(one(el, 'fieldset').getAttribute('aria-describedby')).to.equal('hint');
      await choose(el, '1-2');
      await next(el);
      expect(headingText(el)).to.equal('How often do you have six or more drinks on one occasion?');
      expect(labels()).to.deep.equal([
        'Never',
        'Less than monthly',
        'Monthly',
        'Weekly',
        'Daily or almost daily',
      ]);
      await choose(el, 'never');
      await next(el);
      expect(headingText(el)).to.equal('Which cut-off should we use for your score?');
      expect(labels()).to.deep.equal([
        'The cut-off for men (4 points)',
        'The cut-off for women (3 points)',
        'I’d rather not say (we use 3 points)',
      ]);
      expect(one(el, '[part="progress"]').textContent).to.contain('Question 7 of 15');
    });

    it('skips AUDIT items 2 and 3 for a person who never drinks, and says so in the count', async () => {
      const el = await plainQuiz();
      await run(el, noFlags, 'auditFrequency');
      await choose(el, 'never');
      expect(one(el, '[part="progress"]').textContent).to.contain('Question 4 of 12');
      const stepped = oneEvent(el, 'iop-quiz-step');
      await next(el);
      expect((await stepped).detail).to.deep.equal({index: 5, total: 12});
      expect(currentQuestion(el)).to.equal('drugs');
    });

    it('labels the context questions "To help you talk with a program"', async () => {
      const el = await plainQuiz();
      await run(el, profiles.iop, 'physicalHealth');
      expect(one(el, '.section').textContent!.trim()).to.equal('To help you talk with a program');
    });
  });

  describe('safety', () => {
    const flags = [
      ['selfHarm', 'If you might hurt yourself, reach out now.'],
      ['withdrawalDanger', 'Do not stop drinking or taking sedatives suddenly on your own.'],
      ['overdose', 'Give naloxone if you have it.'],
    ] as const;
    const regions = {
      US: {
        has: [
          '988 Suicide & Crisis Lifeline',
          'Call 988',
          'Call 1-800-662-4357',
          'Text HOME to 741741',
          'Call 911',
        ],
        hasNot: ['Samaritans', 'local emergency number'],
      },
      GB: {
        has: ['Samaritans', 'Call 116 123', 'Text SHOUT to 85258', 'Call 999', 'NHS 111'],
        hasNot: ['911', '988', 'local emergency number'],
      },
    };
    for (const [flag, words] of flags) {
      for (const [region, expected] of Object.entries(regions)) {
        it(`a "yes" to ${flag} shows the urgent panel at once with the ${region} lines`, async () => {
          const el = await regionQuiz(region);
          await start(el);
          while (currentQuestion(el) !== flag) {
            await choose(el, 'no');
            await next(el);
          }
          const position = one(el, '[part="progress"]').textContent!.trim();
          await choose(el, 'yes');
          await next(el);
          expect(headingText(el)).to.equal('Please get help now');
          expect(shadow(el).activeElement).to.equal(heading(el));
          const text = visibleText(el);
          expect(text).to.contain(words);
          expect(text).to.contain('not a diagnosis');
          for (const line of expected.has) expect(text).to.contain(line);
          for (const line of expected.hasNot) expect(text).not.to.contain(line);
          const links = all(el, '[part="urgent"] a').map((link) => link.getAttribute('href'));
          expect(links).to.include(region === 'US' ? 'tel:988' : 'tel:116123');
          expect(links[0]).to.equal(region === 'US' ? 'tel:911' : 'tel:999');
          expect(links.includes('tel:911')).to.equal(region === 'US');
          expect(text.includes('Good Samaritan')).to.equal(flag === 'overdose' && region === 'US');
          await expect(el).to.be.accessible();
          await click(el, buttonNamed(el, 'Continue the self-check'));
          expect(one(el, '[part="progress"]').textContent!.trim()).not.to.equal(position);
          expect(shadow(el).activeElement).to.equal(heading(el));
        });
      }
    }

    it('shows only the words for the flag that was answered', async () => {
      const el = await regionQuiz('US');
      await start(el);
      await choose(el, 'yes');
      await next(el);
      const text = visibleText(el);
      expect(text).not.to.contain('naloxone');
      expect(text).not.to.contain('Do not stop drinking');
    });

    it('keeps the urgent flag in the result and shows the panel again', async () => {
      const el = await regionQuiz('US');
      const completed = oneEvent(el, 'iop-quiz-complete');
      await run(el, {...profiles.iop, selfHarm: 'yes', withdrawalDanger: 'yes'});
      expect((await completed).detail).to.deep.equal({
        level: 'urgent',
        urgent: true,
        screener: 'audit-c',
      });
      expect(headingText(el)).to.equal('Your result');
      const panel = one(el, '[part="urgent"]');
      expect(panel.textContent).to.contain('If you might hurt yourself');
      expect(panel.textContent).to.contain('Do not stop drinking');
      expect(panel.textContent).not.to.contain('naloxone');
      expect(visibleText(el)).to.contain('Based on your answers, please get help now.');
    });

    it('goes back from the urgent panel to the question, answer kept', async () => {
      const el = await regionQuiz('US');
      await start(el);
      await choose(el, 'yes');
      await next(el);
      await click(el, buttonNamed(el, 'Back'));
      expect(currentQuestion(el)).to.equal('selfHarm');
      expect((one(el, 'input[value="yes"]') as HTMLInputElement).checked).to.equal(true);
    });

    it('takes its region from an enclosing <iop-clinic>', async () => {
      const wrapper = await render<HTMLElement>(
        html`<iop-clinic region="GB"><iop-care-quiz></iop-care-quiz></iop-clinic>`,
      );
      const el = wrapper.querySelector('iop-care-quiz')!;
      await settle(el);
      await click(el, one(el, '.help-button'));
      expect(visibleText(el)).to.contain('Samaritans');
    });
  });

  describe('help and quick exit, on every step', () => {
    it('keeps "Need help now?" and "Quick exit" first, in the same place, on every step', async () => {
      const el = await quiz();
      const check = () => {
        const toolbar = one(el, '[part="toolbar"]');
        expect(toolbar.parentElement!.firstElementChild).to.equal(toolbar);
        expect(toolbar.querySelector('.help-button')!.textContent!.trim()).to.equal(
          'Need help now?',
        );
        expect(toolbar.querySelector('.exit')!.textContent!.trim()).to.equal('Quick exit');
      };
      check();
      await start(el);
      check();
      await choose(el, 'yes');
      await next(el);
      check();
      await run(el, profiles.iop);
      check();
      await click(el, buttonNamed(el, 'Print a summary'));
      check();
    });

    it('opens and closes the crisis lines without trapping focus', async () => {
      const el = await regionQuiz('US');
      const button = one(el, '.help-button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(one(el, '#help-now').hidden).to.equal(true);
      await click(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.getAttribute('aria-controls')).to.equal('help-now');
      const help = one(el, '#help-now');
      expect(help.hidden).to.equal(false);
      expect(help.textContent).to.contain('988 Suicide & Crisis Lifeline');
      expect(help.textContent).to.contain('If you are in danger, call 911 now.');
      await expect(el).to.be.accessible();
      await click(el, button);
      expect(help.hidden).to.equal(true);
    });

    it('quick exit clears every answer at once', async () => {
      const el = await quiz();
      await run(el, profiles.iop, 'attend');
      expect(currentQuestion(el)).to.equal('attend');
      await click(el, one(el, '.exit'));
      expect(headingText(el)).to.contain('A private self-check');
      expect(shadow(el).activeElement).to.equal(heading(el));
      expect(el.left).to.deep.equal([]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await settle(el);
      expect(one(el, '[role="status"]').textContent!.trim()).to.equal('Your answers are cleared.');
      await start(el);
      expect(one(el, '[part="progress"]').textContent).to.contain('Question 1 of 15');
      for (let step = 0; step < 4; step++) {
        const radios = all(el, 'input[type="radio"]') as HTMLInputElement[];
        expect(radios.some((radio) => radio.checked)).to.equal(false);
        await choose(el, step < 3 ? 'no' : 'never');
        await next(el);
      }
    });

    it('quick exit leaves for exit-url, replacing this page in the history', async () => {
      const el = await quiz('exit-url="https://www.example.com/weather"');
      expect(one(el, '#exit-about').textContent!.trim()).to.equal(
        'Clears your answers and leaves this page.',
      );
      await start(el);
      await choose(el, 'no');
      await click(el, one(el, '.exit'));
      expect(el.left).to.deep.equal(['https://www.example.com/weather']);
      expect(headingText(el)).to.contain('A private self-check');
    });

    it('quick exit really calls location.replace', async () => {
      const before = history.length;
      const el = await render<IopCareQuiz>(
        html`<iop-care-quiz exit-url="#quiz-left"></iop-care-quiz>`,
      );
      try {
        await start(el);
        await click(el, one(el, '.exit'));
        expect(location.hash).to.equal('#quiz-left');
        expect(history.length).to.equal(before);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('ignores an exit-url that is not a web link, with a warning, and still clears', async () => {
      let el!: RecordingQuiz;
      const warnings = await captureWarnings(async () => {
        el = await quiz('exit-url="javascript:alert(1)"');
        await start(el);
        await choose(el, 'no');
        await click(el, one(el, '.exit'));
      });
      expect(el.left).to.deep.equal([]);
      expect(warnings.join(' ')).to.contain('exit-url');
      expect(headingText(el)).to.contain('A private self-check');
    });
  });

  describe('result', () => {
    /** The result's parts, by their first words, in the order they are shown. */
    const order = (el: Element) => {
      const result = one(el, '.result');
      const marks: [string, Element | null][] = [
        ['suggestion', result.querySelector('.suggestion')],
        ['help now', result.querySelector('.crisis-help')],
        ['call', result.querySelector('a[href^="tel:"]:not(.crisis-help a)')],
        ['reasons', result.querySelector('.reasons')],
        ['continuum', result.querySelector('.continuum')],
      ];
      return marks
        .filter(([, node]) => node)
        .sort(([, a], [, b]) =>
          a!.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        )
        .map(([name]) => name);
    };

    it('puts the next step first: the clinic’s call and intake, then reasons, score and continuum', async () => {
      const el = await quiz();
      await run(el, profiles.iop);
      expect(order(el)).to.deep.equal(['suggestion', 'call', 'reasons', 'continuum']);
      await expect(el).to.be.accessible();
    });

    it('for a withdrawal check, shows the region’s help under the suggestion, before the reasons', async () => {
      const el = await quiz('region="GB"');
      await run(el, profiles['withdrawal-check']);
      expect(order(el)).to.deep.equal(['suggestion', 'help now', 'call', 'reasons', 'continuum']);
      expect(one(el, '.now .crisis-help').textContent).to.include('999');
      await expect(el).to.be.accessible();
    });

    for (const [level, answers] of Object.entries(profiles) as [CareLevel, QuizAnswers][]) {
      it(`a ${level} profile suggests "${levelNames[level]}"`, async () => {
        const el = await quiz();
        const completed = oneEvent(el, 'iop-quiz-complete');
        await run(el, answers);
        expect((await completed).detail).to.deep.equal({
          level,
          urgent: level === 'urgent',
          screener: 'audit-c',
        });
        expect(headingText(el)).to.equal('Your result');
        expect(shadow(el).activeElement).to.equal(heading(el));
        const items = all(el, '.continuum li');
        expect(items).to.have.length(6);
        const current = items.filter((item) => item.getAttribute('aria-current') === 'true');
        expect(current).to.have.length(1);
        expect(current[0].textContent).to.contain(levelNames[level]);
        expect(current[0].textContent).to.contain('Suggested for you');
        expect(visibleText(el).match(/Suggested for you/g)).to.have.length(1);
      });
    }

    it('words the suggestion as something to ask about, never a diagnosis', async () => {
      const el = await quiz();
      await run(el, profiles.iop);
      const text = visibleText(el);
      expect(one(el, '[part="suggestion"]').textContent!.trim()).to.equal(
        'Based on your answers, it may be worth asking about an intensive outpatient program (IOP).',
      );
      expect(text).to.contain('Only a clinician’s full assessment can recommend a level of care.');
      expect(text).to.contain('Your score is 4. That is at or above the cut-off of 4');
      expect(text).to.contain('You said you tried to cut down or stop before');
      expect(text).to.contain('You may not need a program.');
      expect(text).to.contain('When can I get an appointment?');
      expect(text).to.contain('If a program cannot see you within 48 hours, try another one.');
      expect(text.toLowerCase()).not.to.match(/addict|alcoholic|you have an? /);
    });

    it('offers the clinic’s call and intake buttons when configured, and not otherwise', async () => {
      const el = await quiz();
      await run(el, profiles.information);
      expect(one(el, '.actions a[href^="tel:"]').getAttribute('href')).to.equal('tel:+15550104477');
      expect(one(el, '.actions a[href^="tel:"]').textContent!.trim()).to.equal(
        'Call \u2068+1 555 010 4477\u2069',
      );
      expect(one(el, '.actions a[href^="https:"]').getAttribute('href')).to.equal(
        'https://harbor.example/intake',
      );
      expect(visibleText(el)).to.contain('Talk with Harbor Recovery');
      const bare = await plainQuiz();
      await run(bare, profiles.information);
      expect(shadow(bare).querySelector('.actions a')).to.equal(null);
      expect(visibleText(bare)).to.contain('Rethinking Drinking');
    });

    it('adds the answers to iop-quiz-complete only with share-answers', async () => {
      const el = await quiz('share-answers');
      const completed = oneEvent(el, 'iop-quiz-complete');
      await run(el, {...profiles.information, auditFrequency: 'never'});
      const detail = (await completed).detail;
      expect(detail.level).to.equal('information');
      expect(detail.answers).to.deep.equal({
        ...noFlags,
        auditFrequency: 'never',
        drugs: 'never',
        physicalHealth: 'no',
        mentalHealth: 'no',
        home: 'yes',
        triedBefore: 'no',
        attend: 'yes',
        commitments: 'no',
      });
      const plain = await quiz();
      const done = oneEvent(plain, 'iop-quiz-complete');
      await run(plain, profiles.information);
      expect((await done).detail).to.deep.equal({
        level: 'information',
        urgent: false,
        screener: 'audit-c',
      });
    });

    it('goes back from the result to the last question with answers kept, and can change', async () => {
      const el = await quiz();
      await run(el, profiles.iop);
      await click(el, buttonNamed(el, 'Change my answers'));
      expect(currentQuestion(el)).to.equal('commitments');
      expect((one(el, 'input[value="yes"]') as HTMLInputElement).checked).to.equal(true);
      for (let step = 0; step < 3; step++) await click(el, buttonNamed(el, 'Back'));
      expect(currentQuestion(el)).to.equal('home');
      await choose(el, 'unsafe');
      await run(el, {...profiles.iop, home: 'unsafe'});
      expect(one(el, '[aria-current="true"]').textContent).to.contain('Day treatment');
    });

    it('starts over with nothing kept', async () => {
      const el = await quiz();
      await run(el, profiles.iop);
      await click(el, buttonNamed(el, 'Start over'));
      expect(headingText(el)).to.contain('A private self-check');
      await start(el);
      expect(all(el, 'input:checked')).to.be.empty;
    });
  });

  describe('print summary', () => {
    it('shows the summary, and reasons and answers only when the visitor adds them', async () => {
      const el = await quiz();
      await run(el, {...profiles.iop, selfHarm: 'yes'});
      await click(el, buttonNamed(el, 'Print a summary'));
      expect(headingText(el)).to.equal('Your self-check summary');
      expect(shadow(el).activeElement).to.equal(heading(el));
      const printout = () =>
        withoutIsolates(one(el, '.printout').textContent!).replace(/\s+/g, ' ');
      expect(printout()).to.contain('Based on your answers, please get help now.');
      expect(printout()).to.contain('Only a clinician’s full assessment');
      expect(printout()).to.contain('Urgent help now');
      expect(printout()).to.contain('Call Harbor Recovery: +1 555 010 4477');
      expect(printout()).to.contain('Questions to ask when you call');
      expect(printout()).to.contain('988 Suicide & Crisis Lifeline');
      expect(printout()).not.to.contain('thoughts of hurting yourself');
      expect(printout()).not.to.contain('Your answers');
      await expect(el).to.be.accessible();

      await click(el, one(el, 'input[name="reasons"]'));
      expect(printout()).to.contain('You said you are having thoughts of hurting yourself');
      expect(printout()).not.to.contain('Your answers');
      await click(el, one(el, 'input[name="answers"]'));
      expect(printout()).to.contain('Your answers');
      expect(printout()).to.contain(
        'How often do you have a drink containing alcohol? 2 to 3 times a week',
      );

      await click(el, buttonNamed(el, 'Print'));
      expect(el.printed).to.equal(1);
      await click(el, buttonNamed(el, 'Back to your result'));
      expect(headingText(el)).to.equal('Your result');
    });

    it('prints only the summary: its print style hides the toolbar, buttons and choices', async () => {
      const el = await quiz();
      await run(el, profiles.outpatient);
      await click(el, buttonNamed(el, 'Print a summary'));
      const printRules = shadow(el)
        .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
        .filter((rule) => rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const hiddenInPrint = (selector: string) =>
        printRules.some(
          (rule) => rule.style.display === 'none' && one(el, selector).matches(rule.selectorText),
        );
      expect(hiddenInPrint('[part="toolbar"]')).to.equal(true);
      expect(hiddenInPrint('.summary .no-print')).to.equal(true);
      expect(hiddenInPrint('.summary .actions')).to.equal(true);
      expect(hiddenInPrint('.printout')).to.equal(false);
      expect(hiddenInPrint('.printout .suggestion')).to.equal(false);
    });

    if (!navigator.userAgent.includes('Firefox')) {
      // Media emulation needs the Chrome DevTools Protocol, which Firefox does not speak.
      it('prints only the summary, as the browser lays it out for print', async () => {
        const el = await quiz();
        await run(el, profiles.outpatient);
        await click(el, buttonNamed(el, 'Print a summary'));
        await emulateMedia({media: 'print'});
        try {
          const shown = (selector: string) =>
            getComputedStyle(one(el, selector)).display !== 'none';
          expect(shown('[part="toolbar"]')).to.equal(false);
          expect(shown('.summary .no-print')).to.equal(false);
          expect(shown('.summary .actions')).to.equal(false);
          expect(shown('.printout')).to.equal(true);
        } finally {
          await emulateMedia({media: 'screen'});
        }
      });
    }
  });

  describe('keyboard', () => {
    it('runs a whole quiz by keyboard alone', async () => {
      const el = await quiz();
      const choices: [string, number][] = [
        ['selfHarm', 1],
        ['withdrawalDanger', 1],
        ['overdose', 1],
        ['auditFrequency', 3],
        ['auditTypical', 1],
        ['auditSixOrMore', 0],
        ['cutoff', 0],
        ['drugs', 0],
        ['withdrawalSigns', 1],
        ['physicalHealth', 1],
        ['mentalHealth', 0],
        ['home', 0],
        ['triedBefore', 1],
        ['attend', 0],
        ['commitments', 0],
      ];
      const completed = oneEvent(el, 'iop-quiz-complete');
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement).to.equal(one(el, '.help-button'));
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Start the self-check');
      await sendKeys({press: 'Enter'});
      for (const [name, index] of choices) {
        await settle(el);
        expect(currentQuestion(el)).to.equal(name);
        expect(shadow(el).activeElement).to.equal(heading(el));
        await sendKeys({press: 'Tab'});
        const radios = all(el, 'input[type="radio"]') as HTMLInputElement[];
        expect(shadow(el).activeElement).to.equal(radios[0]);
        if (index === 0) await sendKeys({press: ' '});
        for (let step = 0; step < index; step++) await sendKeys({press: 'ArrowDown'});
        await settle(el);
        expect(radios[index].checked).to.equal(true);
        expect(shadow(el).activeElement).to.equal(radios[index]);
        await sendKeys({press: 'Tab'});
        expect(shadow(el).activeElement).to.equal(one(el, 'form button[type="submit"]'));
        await sendKeys({press: 'Enter'});
      }
      expect((await completed).detail.level).to.equal('iop');
      await settle(el);
      expect(shadow(el).activeElement).to.equal(heading(el));
      expect(headingText(el)).to.equal('Your result');
    });

    it('moves and wraps through answers with the arrow keys', async () => {
      const el = await quiz();
      await run(el, noFlags, 'auditFrequency');
      heading(el).focus();
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowUp'});
      await settle(el);
      const radios = all(el, 'input[type="radio"]') as HTMLInputElement[];
      expect(radios[radios.length - 1].checked).to.equal(true);
      await sendKeys({press: 'ArrowDown'});
      await settle(el);
      expect(radios[0].checked).to.equal(true);
    });
  });

  describe('privacy', () => {
    it('makes no network request and touches no storage during a whole run', async () => {
      const requests: string[] = [];
      const originalFetch = window.fetch;
      const originalOpen = XMLHttpRequest.prototype.open;
      const originalBeacon = navigator.sendBeacon;
      const originalSetItem = Storage.prototype.setItem;
      const originalIdb = indexedDB.open;
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      window.fetch = (...args: Parameters<typeof fetch>) => {
        requests.push(`fetch ${String(args[0])}`);
        return originalFetch(...args);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        requests.push(`xhr ${String(args[1])}`);
        return (originalOpen as (...a: unknown[]) => void).apply(this, args);
      };
      navigator.sendBeacon = (url: string | URL) => {
        requests.push(`beacon ${String(url)}`);
        return false;
      };
      Storage.prototype.setItem = function (key: string) {
        requests.push(`storage ${key}`);
      };
      indexedDB.open = (name: string) => {
        requests.push(`indexedDB ${name}`);
        return originalIdb.call(indexedDB, name);
      };
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get: () => cookie.get!.call(document),
        set: (value: string) => requests.push(`cookie ${value}`),
      });
      const resources: string[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) resources.push(entry.name);
      });
      observer.observe({type: 'resource'});
      const before = {
        cookie: document.cookie,
        local: localStorage.length,
        session: sessionStorage.length,
        resources: performance.getEntriesByType('resource').length,
      };
      try {
        const el = await quiz('share-answers exit-url="https://www.example.com/"');
        await click(el, one(el, '.help-button'));
        await run(el, {...profiles['withdrawal-check'], selfHarm: 'yes', overdose: 'yes'});
        await click(el, buttonNamed(el, 'Print a summary'));
        await click(el, one(el, 'input[name="answers"]'));
        await click(el, buttonNamed(el, 'Print'));
        await click(el, buttonNamed(el, 'Back to your result'));
        await click(el, one(el, '.exit'));
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(requests).to.deep.equal([]);
        expect(resources).to.deep.equal([]);
        expect(performance.getEntriesByType('resource').length).to.equal(before.resources);
        expect(document.cookie).to.equal(before.cookie);
        expect(localStorage.length).to.equal(before.local);
        expect(sessionStorage.length).to.equal(before.session);
      } finally {
        observer.disconnect();
        window.fetch = originalFetch;
        XMLHttpRequest.prototype.open = originalOpen;
        navigator.sendBeacon = originalBeacon;
        Storage.prototype.setItem = originalSetItem;
        indexedDB.open = originalIdb;
        delete (document as unknown as Record<string, unknown>).cookie;
      }
    });
  });

  describe('accessibility of every state', () => {
    const themes: [string, (el: HTMLElement) => void][] = [
      ['light', () => undefined],
      ['dark', useDarkTheme],
    ];
    const walk = async (theme: (el: HTMLElement) => void) => {
      const el = await quiz();
      theme(el);
      await expect(el).to.be.accessible();
      await start(el);
      const answers = {...profiles.iop};
      for (let step = 0; step < 20 && currentQuestion(el); step++) {
        await expect(el).to.be.accessible();
        const name = currentQuestion(el) as keyof QuizAnswers;
        await choose(el, answers[name]!);
        await next(el);
      }
      expect(headingText(el)).to.equal('Your result');
      await expect(el).to.be.accessible();
      await click(el, buttonNamed(el, 'Print a summary'));
      await click(el, one(el, 'input[name="reasons"]'));
      await click(el, one(el, 'input[name="answers"]'));
      await expect(el).to.be.accessible();
    };
    for (const [name, theme] of themes) {
      it(`every question, the result and the print summary pass axe (${name})`, async () => {
        await walk(theme);
      });
      it(`the urgent panel and help pass axe (${name})`, async () => {
        for (const region of ['US', 'GB', 'CA', 'IE', 'AU']) {
          const el = await regionQuiz(region);
          theme(el);
          await click(el, one(el, '.help-button'));
          await expect(el).to.be.accessible();
          await start(el);
          await choose(el, 'yes');
          await next(el);
          await expect(el).to.be.accessible();
        }
      });
      it(`every result level passes axe (${name})`, async () => {
        for (const answers of Object.values(profiles)) {
          const el = await quiz();
          theme(el);
          await run(el, answers);
          await expect(el).to.be.accessible();
        }
      });
    }
    it('passes axe right to left, on a question, the urgent panel and the result', async () => {
      await withRightToLeft(async () => {
        const el = await quiz();
        await start(el);
        await expect(el).to.be.accessible();
        await choose(el, 'yes');
        await next(el);
        await expect(el).to.be.accessible();
        await run(el, {...profiles.iop, selfHarm: 'yes'});
        await expect(el).to.be.accessible();
        await walk(() => undefined);
      });
    });
    it('has answer targets of at least 24 by 24 pixels', async () => {
      const el = await quiz();
      await start(el);
      for (const target of [...all(el, '[part="option"]'), ...all(el, 'button')]) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('Spanish', () => {
    afterEach(() => usePageLanguage('en'));

    it('renders every step in Spanish', async () => {
      const el = await quiz();
      await usePageLanguage('es');
      await settle(el);
      expect(headingText(el)).to.equal(
        '¿Qué tipo de atención podría ayudarle? Una autoevaluación privada',
      );
      expect(one(el, '.help-button').textContent!.trim()).to.equal('¿Necesita ayuda ahora?');
      await click(el, buttonNamed(el, 'Empezar la autoevaluación'));
      expect(one(el, '[part="progress"]').textContent!.trim()).to.equal('Pregunta 1 de 15');
      expect(headingText(el)).to.equal(
        'En este momento, ¿tiene pensamientos de hacerse daño o de quitarse la vida?',
      );
      await choose(el, 'yes');
      await next(el);
      expect(headingText(el)).to.equal('Por favor, busque ayuda ahora');
      expect(visibleText(el)).to.contain('Llamar al 988');
      await expect(el).to.be.accessible();
      await click(el, buttonNamed(el, 'Seguir con la autoevaluación'));
      for (let step = 0; step < 20 && currentQuestion(el); step++) {
        const name = currentQuestion(el) as keyof QuizAnswers;
        await choose(el, profiles.iop[name]!);
        await next(el);
      }
      expect(headingText(el)).to.equal('Su resultado');
      expect(visibleText(el)).to.contain('Según sus respuestas, por favor busque ayuda ahora.');
      expect(visibleText(el)).to.contain('Sugerido para usted');
      await expect(el).to.be.accessible();
    });

    it('switches language mid-quiz without losing answers', async () => {
      const el = await quiz();
      await run(el, noFlags, 'auditFrequency');
      await choose(el, '2-3-a-week');
      await usePageLanguage('es');
      await settle(el);
      expect(headingText(el)).to.equal('¿Con qué frecuencia consume alguna bebida alcohólica?');
      expect((one(el, 'input[value="2-3-a-week"]') as HTMLInputElement).checked).to.equal(true);
    });
  });
});
