import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/sober-tips/define.js';
import '../src/widgets/buddy-signup/define.js';
import type {IopElement} from '../src/core/iop-element.js';
import {getLocale, setLocale, supportedLocales} from '../src/localization/localization.js';
import {shadow, usePageLanguage, visibleText} from './helpers.js';

/** Every widget, as a page would place it, with the clinic's details set. */
const widgets: [string, () => TemplateResult][] = [
  [
    'iop-program-explainer',
    () =>
      html`<iop-program-explainer
        clinic-name="Harbor Recovery"
        phone="(555) 010-4477"
        intake-url="https://harbor.example/intake"
        hours-per-week="12"
        days-per-week="4"
        program-weeks="10"
        tracks="morning evening"
      ></iop-program-explainer>`,
  ],
  ['iop-care-quiz', () => html`<iop-care-quiz clinic-name="Harbor Recovery"></iop-care-quiz>`],
  ['iop-sober-tips', () => html`<iop-sober-tips clinic-name="Harbor Recovery"></iop-sober-tips>`],
  [
    'iop-buddy-signup',
    () => html`<iop-buddy-signup clinic-name="Harbor Recovery"></iop-buddy-signup>`,
  ],
];

interface Unit {
  source: string;
  target: string;
}

/** A locale's translated messages without placeholders whose translation differs, from XLIFF. */
async function translatedUnits(locale: string): Promise<Unit[]> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return (
    [...xml.querySelectorAll('trans-unit')]
      .map((unit) => ({
        source: unit.querySelector('source'),
        target: unit.querySelector('target'),
      }))
      .filter(({source, target}) => source && target && !source.querySelector('x'))
      .map(({source, target}) => ({source: source!.textContent!, target: target!.textContent!}))
      // Service names stay in English, sometimes with a translation beside them.
      .filter(({source, target}) => !target.includes(source))
  );
}

/** The widget's text in its first screen; the quiz also shows its first question. */
async function renderedText(
  template: TemplateResult,
): Promise<{element: IopElement; text: string}> {
  const element = await fixture<IopElement>(template);
  await element.updateComplete;
  if (element.localName === 'iop-care-quiz') {
    // Start is the start screen's last button ("Need help now?" and "Quick exit" come first).
    const started = oneEvent(element, 'iop-quiz-start');
    [...shadow(element).querySelectorAll('.actions button')]
      .at(-1)
      ?.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await started;
    await element.updateComplete;
  }
  return {element, text: visibleText(element)};
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every widget in every locale', () => {
  after(() => usePageLanguage('en'));

  for (const locale of supportedLocales.filter((code) => code !== 'en')) {
    describe(locale, () => {
      let units: Unit[] = [];
      before(async () => {
        await usePageLanguage(locale);
        units = (await translatedUnits(locale)).filter(({source}) => source.length >= 16);
      });

      for (const [tag, template] of widgets) {
        it(`${tag} shows no English where a translation exists`, async () => {
          expect(getLocale()).to.equal(locale);
          const {text} = await renderedText(template());
          const leftovers = units.filter(({source}) => text.includes(folded(source)));
          expect(leftovers.map(({source}) => source)).to.deep.equal([]);
          const translated = units.filter(({target}) => text.includes(folded(target)));
          expect(translated.length, 'translated messages shown').to.be.at.least(2);
          expect(text).not.to.match(/undefined|\$\{|\[object |&(amp|lt|gt);/);
        });
      }
    });
  }
});

describe('right to left in Arabic', () => {
  before(async () => {
    document.documentElement.dir = 'rtl';
    await usePageLanguage('ar');
  });
  after(async () => {
    document.documentElement.removeAttribute('dir');
    await usePageLanguage('en');
  });

  for (const [tag, template] of widgets) {
    it(`${tag} starts on the right, fits 320 px and passes axe`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">${template()}</div>`,
      );
      const element = box.firstElementChild as IopElement;
      await element.updateComplete;
      const heading = shadow(element).querySelector('h2, h3, legend')!;
      const widgetBox = element.getBoundingClientRect();
      const headingBox = heading.getBoundingClientRect();
      expect(getComputedStyle(heading).direction).to.equal('rtl');
      expect(widgetBox.right - headingBox.right, 'gap at the start (right) edge').to.be.lessThan(
        headingBox.left - widgetBox.left + 1,
      );
      expect(element.scrollWidth, 'no horizontal overflow').to.be.at.most(element.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      await expect(element).to.be.accessible();
    });
  }
});

describe('language switches', () => {
  afterEach(() => usePageLanguage('en'));

  it('follows a later change of <html lang> in every widget', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>${widgets.map(([, template]) => template())}</div>`,
    );
    const elements = [...box.children] as IopElement[];
    const english = elements.map((element) => visibleText(element));
    await usePageLanguage('fr');
    await Promise.all(elements.map((element) => element.updateComplete));
    elements.forEach((element, index) => {
      expect(visibleText(element), element.localName).not.to.equal(english[index]);
    });
    await usePageLanguage('en');
    await Promise.all(elements.map((element) => element.updateComplete));
    elements.forEach((element, index) => {
      expect(visibleText(element), element.localName).to.equal(english[index]);
    });
  });

  it('lays Arabic out right to left even when the page sets no direction', async () => {
    const element = await fixture<IopElement>(widgets[0][1]());
    await setLocale('ar');
    await element.updateComplete;
    expect(getComputedStyle(shadow(element).querySelector('h2')!).direction).to.equal('rtl');
    await setLocale('en');
    await element.updateComplete;
    expect(element.hasAttribute('dir')).to.equal(false);
  });

  it('never overrides a direction the page set on the widget', async () => {
    const element = await fixture<IopElement>(html`<iop-sober-tips dir="ltr"></iop-sober-tips>`);
    await setLocale('ar');
    await element.updateComplete;
    expect(element.getAttribute('dir')).to.equal('ltr');
  });

  it('shows the “&” of a translation as written, not as an escape', async () => {
    const xml = async (locale: string) =>
      new DOMParser().parseFromString(
        await (await fetch(`/xliff/${locale}.xlf`)).text(),
        'application/xml',
      );
    for (const locale of supportedLocales) {
      const unit = (await xml(locale === 'en' ? 'es' : locale)).querySelector(
        'trans-unit[id="lines.us988.name"]',
      )!;
      const name = unit.querySelector(locale === 'en' ? 'source' : 'target')!.textContent!;
      await usePageLanguage(locale);
      const element = await fixture<IopElement>(
        html`<iop-program-explainer region="US" sections="what"></iop-program-explainer>`,
      );
      const text = visibleText(element);
      expect(text, locale).to.contain(name);
      expect(text, locale).not.to.contain('&amp;');
      if (locale !== 'es') expect(name, locale).to.contain('Suicide & Crisis');
    }
  });

  it('shows the region’s help lines in the visitor’s language', async () => {
    await usePageLanguage('es');
    const element = await fixture<IopElement>(
      html`<iop-program-explainer region="GB" sections="what"></iop-program-explainer>`,
    );
    const text = visibleText(element);
    expect(text).to.contain('116 123');
    expect(text).not.to.contain('988');
    expect(text).to.contain('Llamar al 116 123');
  });
});
