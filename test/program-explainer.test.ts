import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/widgets/program-explainer/define.js';
import type {IopProgramExplainer} from '../src/widgets/program-explainer/define.js';
import {
  captureWarnings,
  render,
  shadow,
  useDarkTheme,
  usePageLanguage,
  visibleText,
  withRightToLeft,
} from './helpers.js';

const allSections = ['what', 'fit', 'week', 'therapies', 'life', 'support', 'levels', 'faq'];

const sectionIds = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="section"]')].map((section) => section.id);

const sectionHeadings = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="section"] h3')].map((h) => h.textContent?.trim());

const ctaLinks = (el: Element) => [
  ...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="button"]'),
];

/** Renders `markup` as a page author writes it in HTML, and returns the explainer in it. */
async function fromMarkup(markup: string): Promise<IopProgramExplainer> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const el = container.querySelector('iop-program-explainer')!;
  await el.updateComplete;
  return el;
}

/** Text the visitor can see: rendered text of the shadow root and of slotted content only. */
function renderedText(el: Element): string {
  const parts: string[] = [];
  for (const root of [shadow(el), el]) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.checkVisibility()) parts.push(node.textContent ?? '');
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('<iop-program-explainer>', () => {
  describe('default rendering', () => {
    it('shows the title and every section, in order, with h2 and h3 headings', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer></iop-program-explainer>`,
      );
      const root = shadow(el);
      expect(root.querySelector('h2')?.textContent).to.equal(
        'What to know about intensive outpatient programs (IOPs)',
      );
      expect(sectionIds(el)).to.deep.equal(allSections);
      expect(sectionHeadings(el)).to.deep.equal([
        'What is an IOP?',
        'Who is an IOP for?',
        'What a typical week looks like',
        'Therapies and services',
        'Keeping work, school and family going',
        'Why friends and support matter',
        'Levels of care, side by side',
        'Common questions',
      ]);
      expect(root.querySelectorAll('section.section > h3')).to.have.length(8);
      expect(root.querySelectorAll('details')).to.have.length(0);
      expect(el.getAttribute('variant')).to.equal('full');
    });

    it('says what an IOP is, with the minimum hours from the content reference', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="what"></iop-program-explainer>`,
      );
      const text = visibleText(el);
      expect(text).to.contain('Group therapy');
      expect(text).to.contain('Individual counseling');
      expect(text).to.contain('Case management');
      expect(text).to.contain('Adults take part for at least 9 hours a week');
      expect(text).to.contain('Teens take part for at least 6 hours a week');
    });

    it('says when more care is needed first', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="fit"></iop-program-explainer>`,
      );
      const text = visibleText(el);
      expect(text).to.contain('When more care may be needed first');
      expect(text).to.contain('serious withdrawal');
      expect(text).to.contain('your home is not safe');
      expect(text).to.contain('medical or mental health problems that are not stable');
    });

    it('covers the therapies, with co-occurring care and the named medications', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="therapies"></iop-program-explainer>`,
      );
      const text = visibleText(el);
      for (const words of [
        'Group therapy',
        'Individual counseling and case management',
        'Family involvement',
        'Trauma-informed care',
        'Safety',
        'Trust and openness',
        'Peer support',
        'Working together',
        'Your voice and choices',
        'Respect for who you are',
        'About half of people',
        'Group therapy alone is not enough',
        'Methadone and buprenorphine are for opioid use disorder. Naltrexone can help with either.',
      ]) {
        expect(text).to.contain(words);
      }
      expect(shadow(el).querySelectorAll('dl.terms dt')).to.have.length(6);
    });

    it('explains why support matters and how to stay social without alcohol', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="support life"></iop-program-explainer>`,
      );
      const text = visibleText(el);
      for (const words of [
        'Someone to talk to',
        'Practical help',
        'Sharing what helped',
        'Sober activities together',
        'Staying social without alcohol',
        'morning or evening sessions',
      ]) {
        expect(text).to.contain(words);
      }
    });

    it('answers the common questions', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="faq"></iop-program-explainer>`,
      );
      const questions = [...shadow(el).querySelectorAll('#faq h4')].map((h) => h.textContent);
      expect(questions).to.deep.equal([
        'How long does treatment last?',
        'What does it cost? Will insurance pay?',
        'Will my information be kept private?',
        'What happens at intake?',
        'Can I keep working?',
      ]);
      const text = visibleText(el);
      expect(text).to.contain('about 2 months to 1 year');
      expect(text).to.contain("If a program can't see you within 48 hours, try another one.");
    });

    it('always says that it does not diagnose, and shows a crisis line', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="levels"></iop-program-explainer>`,
      );
      const note = shadow(el).querySelector('[part~="note"]')!;
      expect(note.textContent).to.contain('It cannot diagnose anyone');
      const links = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/']);
      expect(note.textContent).to.contain('988 Suicide & Crisis Lifeline');
      expect(note.textContent).to.contain('In danger right now?');
    });

    it('is accessible in light and dark', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          phone="(555) 010-4477"
          intake-url="https://clinic.example/intake"
          hours-per-week="12"
          days-per-week="4"
          tracks="evening"
        ></iop-program-explainer>`,
      );
      await expect(el).to.be.accessible();
      useDarkTheme(el);
      await expect(el).to.be.accessible();
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).colorScheme).to.equal('dark');
    });
  });

  describe('levels of care', () => {
    it('sets the five settings side by side in a table with plain names', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="levels"></iop-program-explainer>`,
      );
      const table = shadow(el).querySelector('table')!;
      const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
      expect(columns).to.deep.equal([
        'Setting',
        'Hours of care',
        'Where you live',
        'Who it may suit',
      ]);
      const settings = [...table.querySelectorAll('tbody th')].map((th) => th.textContent);
      expect(settings).to.deep.equal([
        'Outpatient',
        'Intensive outpatient (IOP)',
        'PHP / day treatment (called high-intensity outpatient in some newer guidance)',
        'Residential',
        'Medically managed inpatient (hospital)',
      ]);
      const hours = [...table.querySelectorAll('tbody tr')].map(
        (row) => row.querySelectorAll('td')[0].textContent,
      );
      expect(hours[0]).to.contain('Less than 9 hours a week');
      expect(hours[1]).to.contain('At least 9 hours a week');
      expect(hours[2]).to.contain('At least 20 hours a week');
      expect(hours[3]).to.contain('24 hours a day');
      expect(visibleText(el)).not.to.match(/level \d/i);
    });

    it('stacks on a narrow phone without overflowing, and is a table on a wide box', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          sections="levels"
          style="inline-size: 320px"
        ></iop-program-explainer>`,
      );
      const root = shadow(el);
      const base = root.querySelector<HTMLElement>('[part~="base"]')!;
      const table = root.querySelector('table')!;
      const label = root.querySelector<HTMLElement>('.cell-label')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(table.getBoundingClientRect().width).to.be.at.most(320);
      expect(label.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();

      el.style.inlineSize = '900px';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(label.checkVisibility()).to.equal(false);
      expect(getComputedStyle(table).display).to.equal('table');
    });
  });

  describe('sections', () => {
    it('selects and orders the sections', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="faq week what"></iop-program-explainer>`,
      );
      expect(sectionIds(el)).to.deep.equal(['faq', 'week', 'what']);
      el.sections = ['levels', 'support'];
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(['levels', 'support']);
      el.removeAttribute('sections');
      el.sections = undefined;
      await el.updateComplete;
      expect(sectionIds(el)).to.deep.equal(allSections);
    });

    it('ignores unknown ids with one warning', async () => {
      let el!: IopProgramExplainer;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<iop-program-explainer sections="faq prices, fit"></iop-program-explainer>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(sectionIds(el)).to.deep.equal(['faq', 'fit']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"prices"');
    });

    it('shows every section when none of the ids is known', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await render<IopProgramExplainer>(
          html`<iop-program-explainer sections="intro pricing"></iop-program-explainer>`,
        );
        expect(sectionIds(el)).to.deep.equal(allSections);
      });
      expect(warnings).to.have.length(1);
    });
  });

  describe('the program’s schedule', () => {
    it('puts hours, days, weeks and tracks in the text', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          sections="week"
          clinic-name="Harbor Recovery"
          hours-per-week="12"
          days-per-week="4"
          program-weeks="10"
          tracks="weekend, evening"
        ></iop-program-explainer>`,
      );
      const text = visibleText(el);
      expect(text).to.contain('IOPs typically meet about 3 hours a day, 3 or more days a week.');
      expect(text).to.contain('Schedule at Harbor Recovery');
      const facts = [...shadow(el).querySelectorAll('#week li')].map((li) => li.textContent);
      expect(facts).to.deep.equal([
        '12 hours a week',
        '4 days a week',
        'About 3 hours a day',
        'Program length: 10 weeks',
        'Evening sessions',
        'Weekend sessions',
      ]);
    });

    it('follows property changes, with singular words for one', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="week"></iop-program-explainer>`,
      );
      expect(visibleText(el)).to.contain('Ask each program about its hours');
      el.hoursPerWeek = 9.5;
      el.daysPerWeek = 1;
      el.programWeeks = 1;
      el.tracks = ['morning'];
      await el.updateComplete;
      const facts = [...shadow(el).querySelectorAll('#week li')].map((li) => li.textContent);
      expect(facts).to.deep.equal([
        '9.5 hours a week',
        '1 day a week',
        'Program length: 1 week',
        'Morning sessions',
      ]);
      expect(visibleText(el)).to.contain('Schedule at our program');
    });

    it('shows fewer than 9 hours honestly, never as an adult IOP', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="week" hours-per-week="4"></iop-program-explainer>`,
      );
      expect(visibleText(el)).to.contain('4 hours a week');
      expect(visibleText(el)).to.contain('That is fewer hours than an IOP.');
      el.hoursPerWeek = '7';
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Adult IOPs have at least 9 hours a week.');
      expect(visibleText(el)).not.to.contain('fewer hours than an IOP');
      el.hoursPerWeek = '12';
      await el.updateComplete;
      expect(visibleText(el)).not.to.contain('Adult IOPs have at least 9');
      el.hoursPerWeek = '24';
      await el.updateComplete;
      expect(visibleText(el)).to.contain('usually called day treatment (PHP)');
    });

    it('falls back to the typical week for nonsense, with one warning each', async () => {
      let el!: IopProgramExplainer;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<iop-program-explainer
            sections="week"
            hours-per-week="lots"
            days-per-week="9"
            tracks="brunch"
          ></iop-program-explainer>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      const text = visibleText(el);
      expect(text).to.contain('IOPs typically meet about 3 hours a day, 3 or more days a week.');
      expect(text).to.contain('Ask each program about its hours');
      expect(text).not.to.contain('lots');
      expect(text).not.to.contain('Schedule at');
      expect(warnings).to.have.length(3);
      expect(warnings.filter((w) => w.includes('hours-per-week "lots"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('days-per-week "9"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('tracks "brunch"'))).to.have.length(1);
    });

    it('keeps the good settings when one of them is nonsense', async () => {
      let el!: IopProgramExplainer;
      const warnings = await captureWarnings(async () => {
        el = await render(
          html`<iop-program-explainer
            sections="week"
            hours-per-week="several"
            days-per-week="3"
          ></iop-program-explainer>`,
        );
      });
      expect(warnings).to.have.length(1);
      const facts = [...shadow(el).querySelectorAll('#week li')].map((li) => li.textContent);
      expect(facts).to.deep.equal(['3 days a week']);
    });
  });

  describe('clinic details and hostile input', () => {
    it('uses a neutral name without clinic-name, and the clinic name as text', async () => {
      const el = await fromMarkup(
        '<iop-program-explainer sections="week" days-per-week="3" clinic-name="<b>Bold</b> Clinic"></iop-program-explainer>',
      );
      expect(visibleText(el)).to.contain('Schedule at <b>Bold</b> Clinic');
      expect(shadow(el).querySelector('b')).to.equal(null);
      el.clinicName = '   ';
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Schedule at our program');
    });

    it('renders the call and intake links when both are set', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          phone="(555) 010-4477"
          intake-url="https://clinic.example/intake"
        ></iop-program-explainer>`,
      );
      const [call, intake] = ctaLinks(el);
      expect(call.getAttribute('href')).to.equal('tel:5550104477');
      expect(call.textContent).to.contain('Call');
      expect(call.textContent).to.contain('(555) 010-4477');
      expect(intake.getAttribute('href')).to.equal('https://clinic.example/intake');
      expect(intake.textContent).to.equal('Start intake');
      expect(visibleText(el)).to.contain('You can contact our program with your questions');
    });

    it('without a phone or intake link, points to a doctor and a treatment finder', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer></iop-program-explainer>`,
      );
      expect(ctaLinks(el)).to.have.length(0);
      const cta = shadow(el).querySelector('[part~="cta"]')!;
      expect(cta.textContent).to.contain('talk with your doctor');
      expect(cta.querySelector('a')?.getAttribute('href')).to.equal('tel:18006624357');
    });

    it('renders a markup phone number safely: no link, no markup, one warning', async () => {
      let el!: IopProgramExplainer;
      const warnings = await captureWarnings(async () => {
        el = await fromMarkup(
          '<iop-program-explainer region="GB" phone="<img src=x onerror=alert(1)>"></iop-program-explainer>',
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      const root = shadow(el);
      expect(root.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect(root.querySelector('[part~="cta"] a')).to.equal(null);
      expect(ctaLinks(el)).to.have.length(0);
      expect(visibleText(el)).not.to.contain('onerror');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('phone');
    });

    it('renders a javascript: intake link safely: no link, one warning', async () => {
      let el!: IopProgramExplainer;
      const warnings = await captureWarnings(async () => {
        el = await fromMarkup(
          '<iop-program-explainer region="GB" intake-url="javascript:alert(1)"></iop-program-explainer>',
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      const root = shadow(el);
      expect(root.querySelector('[part~="cta"] a')).to.equal(null);
      const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs.filter((href) => href?.includes('javascript'))).to.have.length(0);
      expect(visibleText(el)).not.to.contain('alert(1)');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('intake-url');
    });

    it('follows the region for help lines', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer region="GB"></iop-program-explainer>`,
      );
      const note = shadow(el).querySelector('[part~="note"]')!;
      const hrefs = () => [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs()).to.deep.equal(['tel:999', 'tel:112', 'tel:116123']);
      expect(note.textContent).to.contain('Samaritans');
      expect(note.textContent).not.to.contain('988');
      el.region = 'AU';
      await el.updateComplete;
      expect(hrefs()).to.deep.equal([
        'tel:000',
        'tel:131114',
        'sms:0477131114',
        'https://www.lifeline.org.au/',
      ]);
    });
  });

  describe('iop-cta', () => {
    // Stops the browser from following the test's links, after checking the widget did not.
    let navigationsAllowed: boolean[] = [];
    const stopNavigation = (event: MouseEvent) => {
      navigationsAllowed.push(!event.defaultPrevented);
      event.preventDefault();
    };
    beforeEach(() => {
      navigationsAllowed = [];
      document.addEventListener('click', stopNavigation);
    });
    afterEach(() => document.removeEventListener('click', stopNavigation));

    it('fires {action: "call"} and {action: "intake"} without stopping the link', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          phone="(555) 010-4477"
          intake-url="#intake"
        ></iop-program-explainer>`,
      );
      const [call, intake] = ctaLinks(el);
      setTimeout(() => call.click());
      const callEvent = await oneEvent(el, 'iop-cta');
      expect(callEvent.detail).to.deep.equal({action: 'call'});
      expect(callEvent.bubbles && callEvent.composed).to.equal(true);
      setTimeout(() => intake.click());
      const intakeEvent = await oneEvent(el, 'iop-cta');
      expect(intakeEvent.detail).to.deep.equal({action: 'intake'});
      expect(navigationsAllowed).to.deep.equal([true, true]);
    });

    it('fires when the visitor activates the intake link by keyboard', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer intake-url="#intake"></iop-program-explainer>`,
      );
      const [intake] = ctaLinks(el);
      intake.focus();
      const fired = oneEvent(el, 'iop-cta');
      await sendKeys({press: 'Enter'});
      expect((await fired).detail).to.deep.equal({action: 'intake'});
      expect(navigationsAllowed).to.deep.equal([true]);
    });

    it('bubbles to the document, typed for listeners', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer phone="988 555 0100"></iop-program-explainer>`,
      );
      const actions: string[] = [];
      const listener = (event: GlobalEventHandlersEventMap['iop-cta']) =>
        actions.push(event.detail.action);
      document.addEventListener('iop-cta', listener);
      ctaLinks(el)[0].click();
      document.removeEventListener('iop-cta', listener);
      expect(actions).to.deep.equal(['call']);
    });
  });

  describe('slots', () => {
    it('replaces the default intro and call to action', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer phone="(555) 010-4477">
          <p slot="intro">Our own welcome.</p>
          <a slot="cta" href="https://clinic.example/book">Book a visit</a>
        </iop-program-explainer>`,
      );
      const root = shadow(el);
      const intro = root.querySelector<HTMLSlotElement>('slot[name="intro"]')!;
      const cta = root.querySelector<HTMLSlotElement>('slot[name="cta"]')!;
      expect(intro.assignedElements().map((node) => node.textContent)).to.deep.equal([
        'Our own welcome.',
      ]);
      expect(cta.assignedElements()).to.have.length(1);
      const defaultIntro = intro.querySelector('p')!;
      expect(defaultIntro.checkVisibility()).to.equal(false);
      expect(ctaLinks(el)[0].checkVisibility()).to.equal(false);
      expect(renderedText(el)).to.contain('Our own welcome.');
      expect(renderedText(el)).to.contain('Book a visit');
      expect(renderedText(el)).not.to.contain('Call (555)');
      expect(renderedText(el)).not.to.contain('Help is available');
      await expect(el).to.be.accessible();
    });

    it('shows the defaults as slot fallback content when nothing is slotted', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer phone="(555) 010-4477"></iop-program-explainer>`,
      );
      const intro = shadow(el).querySelector('slot[name="intro"] p')!;
      expect(intro.checkVisibility()).to.equal(true);
      expect(renderedText(el)).to.contain('Help is available, treatment works');
      expect(ctaLinks(el)[0].checkVisibility()).to.equal(true);
    });
  });

  describe('contents list', () => {
    const links = (el: Element) =>
      [...shadow(el).querySelectorAll<HTMLAnchorElement>('nav.contents a')].map((a) => [
        a.getAttribute('href'),
        a.textContent?.trim(),
      ]);

    it('lists every section shown, in order, under a heading, and ends each section with a way back', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer></iop-program-explainer>`,
      );
      const root = shadow(el);
      const nav = root.querySelector('nav.contents')!;
      expect(nav.getAttribute('aria-labelledby')).to.equal('contents-heading');
      expect(root.getElementById('contents-heading')?.tagName).to.equal('H3');
      const headings = [...root.querySelectorAll('section.section > h3')].map((h) =>
        h.textContent?.trim(),
      );
      expect(links(el).map(([href]) => href)).to.deep.equal(allSections.map((id) => `#${id}`));
      expect(links(el).map(([, text]) => text)).to.deep.equal(headings);
      expect(root.querySelectorAll('section.section .back a[href="#contents"]')).to.have.length(
        allSections.length,
      );
      await expect(el).to.be.accessible();
    });

    it('has no contents list for a single section', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="faq"></iop-program-explainer>`,
      );
      expect(shadow(el).querySelector('nav.contents')).to.equal(null);
      expect(shadow(el).querySelector('.back')).to.equal(null);
    });

    it('moves focus to a section by keyboard, and back to the contents', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer sections="what week faq"></iop-program-explainer>`,
      );
      const root = shadow(el);
      root.querySelector<HTMLElement>('nav.contents a[href="#faq"]')!.focus();
      await sendKeys({press: 'Enter'});
      const faqHeading = root.querySelector('#faq > h3');
      expect(root.activeElement === faqHeading).to.equal(true);
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();
      // The next Tab stop is the way back, at the end of the FAQ.
      await sendKeys({press: 'Tab'});
      expect(root.activeElement?.getAttribute('href')).to.equal('#contents');
      await sendKeys({press: 'Enter'});
      expect(root.activeElement?.id).to.equal('contents-heading');
      await expect(el).to.be.accessible();
    });

    it('in the compact variant, opens the disclosure it jumps to and focuses its button', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          variant="compact"
          sections="what week faq"
        ></iop-program-explainer>`,
      );
      const root = shadow(el);
      const toggle = root.querySelector<HTMLButtonElement>('#week > h3 > button')!;
      const body = root.querySelector<HTMLElement>('#week-body')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      root.querySelector<HTMLElement>('nav.contents a[href="#week"]')!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(body.checkVisibility()).to.equal(true);
      expect(root.activeElement === toggle).to.equal(true);
      await expect(el).to.be.accessible();
      const back = body.querySelector<HTMLElement>('.back a')!;
      back.focus();
      await sendKeys({press: 'Enter'});
      expect(root.activeElement?.id).to.equal('contents-heading');
    });
  });

  describe('compact variant', () => {
    it('shows each section as a closed disclosure with its heading', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer variant="compact"></iop-program-explainer>`,
      );
      const sections = [...shadow(el).querySelectorAll('section.disclosure')];
      expect(sections.map((d) => d.id)).to.deep.equal(allSections);
      // The button is inside the h3, so heading navigation finds every section, closed or open.
      const toggles = sections.map((d) => d.querySelector(':scope > h3 > button[aria-expanded]')!);
      expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(
        toggles.every((b, i) => b.getAttribute('aria-controls') === `${allSections[i]}-body`),
      ).to.equal(true);
      expect(
        sections.every((d) => !d.querySelector<HTMLElement>('.body')!.checkVisibility()),
      ).to.equal(true);
      expect(sectionHeadings(el)[0]).to.equal('What is an IOP?');
      await expect(el).to.be.accessible();
      useDarkTheme(el);
      await expect(el).to.be.accessible();
    });

    it('opens and closes by keyboard', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          variant="compact"
          sections="week levels"
        ></iop-program-explainer>`,
      );
      const root = shadow(el);
      const [week, levels] = [...root.querySelectorAll('section.disclosure')];
      const weekBody = week.querySelector<HTMLElement>('.body')!;
      const [weekToggle, levelsToggle] = [week, levels].map((d) => d.querySelector('h3 > button')!);
      const isOpen = async (toggle: Element) => {
        await el.updateComplete;
        return toggle.getAttribute('aria-expanded') === 'true';
      };
      // Start from the page itself, so Tab must enter the widget.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();

      // The contents list comes first: its two links, then the first disclosure.
      await sendKeys({press: 'Tab'});
      expect(root.activeElement?.getAttribute('href')).to.equal('#week');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      expect(root.activeElement === weekToggle).to.equal(true);
      expect(weekBody.checkVisibility()).to.equal(false);
      await sendKeys({press: 'Enter'});
      expect(await isOpen(weekToggle)).to.equal(true);
      expect(weekBody.checkVisibility()).to.equal(true);
      expect(weekBody.textContent).to.contain('IOPs typically meet about 3 hours a day');
      await expect(el).to.be.accessible();
      await sendKeys({press: ' '}); // Space
      expect(await isOpen(weekToggle)).to.equal(false);

      await sendKeys({press: 'Tab'});
      expect(root.activeElement === levelsToggle).to.equal(true);
      await sendKeys({press: ' '}); // Space
      expect(await isOpen(levelsToggle)).to.equal(true);
      await sendKeys({press: 'Enter'});
      expect(await isOpen(levelsToggle)).to.equal(false);
      before.remove();
    });

    it('switches between variants, and treats an unknown variant as full with a warning', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer variant="compact"></iop-program-explainer>`,
      );
      const warnings = await captureWarnings(async () => {
        el.setAttribute('variant', 'mini');
        await el.updateComplete;
      });
      expect(shadow(el).querySelectorAll('section.disclosure')).to.have.length(0);
      expect(shadow(el).querySelectorAll('section.section')).to.have.length(8);
      expect(warnings).to.have.length(1);
      el.variant = 'compact';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('section.disclosure')).to.have.length(8);
    });
  });

  describe('languages and direction', () => {
    afterEach(() => usePageLanguage('en'));

    it('speaks Spanish when the page is in Spanish', async () => {
      await usePageLanguage('es');
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer
          hours-per-week="12.5"
          days-per-week="5"
          tracks="evening"
          phone="(555) 010-4477"
        ></iop-program-explainer>`,
      );
      const root = shadow(el);
      expect(root.querySelector('h2')?.textContent).to.equal(
        'Lo que debe saber sobre los programas ambulatorios intensivos (IOP)',
      );
      const text = visibleText(el);
      expect(text).to.contain('nuestro programa');
      expect(text).to.contain('12,5 horas a la semana');
      expect(text).to.contain('Sesiones por la noche');
      expect(ctaLinks(el)[0].textContent).to.contain('Llamar al');
      await expect(el).to.be.accessible();
    });

    it('switches language when the page language changes after load', async () => {
      const el = await render<IopProgramExplainer>(
        html`<iop-program-explainer variant="compact"></iop-program-explainer>`,
      );
      expect(sectionHeadings(el)[0]).to.equal('What is an IOP?');
      await usePageLanguage('es');
      await el.updateComplete;
      expect(sectionHeadings(el)[0]).to.equal('¿Qué es un IOP?');
      await expect(el).to.be.accessible();
      await usePageLanguage('en');
      await el.updateComplete;
      expect(sectionHeadings(el)[0]).to.equal('What is an IOP?');
    });

    it('is accessible right to left, with the phone number kept in one run', async () => {
      await withRightToLeft(async () => {
        const el = await render<IopProgramExplainer>(
          html`<iop-program-explainer
            phone="+1 555 010 4477"
            intake-url="https://clinic.example/intake"
          ></iop-program-explainer>`,
        );
        const base = shadow(el).querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).direction).to.equal('rtl');
        expect(ctaLinks(el)[0].textContent).to.contain('\u2068+1 555 010 4477\u2069');
        await expect(el).to.be.accessible();
      });
    });
  });
});
