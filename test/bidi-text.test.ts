// Text of one direction inside widgets of the other: the clinic's name keeps its own order inside
// sentences (without isolation, a clinic named "24/7 Recovery" reads "Recovery 24/7" in Arabic), an
// events feed's words and what a visitor types take the direction of their own script, and an
// email address or a phone number always runs left to right.
import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import type {IopSoberTips} from '../src/widgets/sober-tips/sober-tips.js';
import {choose, input, mount, type} from './buddy-signup-helpers.js';
import {run} from './care-quiz-helpers.js';
import {laidOut, render, shadow, usePageLanguage, withoutIsolates} from './helpers.js';
import {profiles} from './quiz-profiles.js';
import {feed, field, fill} from './sober-tips-helpers.js';

const name = '24/7 Recovery';
/** With a phone, every sentence that names the clinic is shown. */
const phone = '+44 20 7946 0000';
/** The name's words and numbers, in the order a reader of the name expects them. */
const inOrder = ['24', '7', 'Recovery'];

/** Each text of `element`'s shadow root that names the clinic, with the name's parts as laid out. */
function namesAsLaidOut(element: Element): {text: string; parts: string[]}[] {
  const texts: {text: string; parts: string[]}[] = [];
  const walker = document.createTreeWalker(shadow(element), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (!node.data.includes(name)) continue;
    const text = withoutIsolates(node.data).replace(/\s+/g, ' ').trim();
    texts.push({text, parts: laidOut(node, /\d+|Recovery/g)});
  }
  return texts;
}

/** Expects the clinic's name in at least one sentence of `element`, each laid out in order. */
async function expectNamesInOrder(element: Element): Promise<void> {
  const names = namesAsLaidOut(element);
  expect(names.length, `<${element.localName}> names the clinic`).to.be.above(0);
  for (const {text, parts} of names) expect(parts, text).to.deep.equal(inOrder);
  await expect(element).to.be.accessible();
}

describe('names and feed words in text of the other direction', () => {
  afterEach(() => usePageLanguage('en'));

  it('the buddy signup names the clinic in order in Arabic', async () => {
    await usePageLanguage('ar');
    const el = await render(
      html`<iop-buddy-signup clinic-name=${name} phone=${phone}></iop-buddy-signup>`,
    );
    await expectNamesInOrder(el);
  });

  it('the program explainer names the clinic in order in Arabic', async () => {
    await usePageLanguage('ar');
    const el = await render(
      html`<iop-program-explainer
        sections="week"
        hours-per-week="9"
        clinic-name=${name}
        phone=${phone}
      ></iop-program-explainer>`,
    );
    await expectNamesInOrder(el);
  });

  it('the care quiz’s result names the clinic in order in Arabic', async () => {
    const el = await render<IopCareQuiz>(
      html`<iop-care-quiz clinic-name=${name} phone=${phone}></iop-care-quiz>`,
    );
    await run(el, profiles.iop);
    await usePageLanguage('ar');
    await el.updateComplete;
    await expectNamesInOrder(el);
  });

  it('the sober tips name the clinic in order in Arabic, and show the feed’s English left to right', async () => {
    await usePageLanguage('ar');
    const el = await render(
      html`<iop-sober-tips
        clinic-name=${name}
        phone=${phone}
        events-src=${feed('valid.json?bidi')}
      ></iop-sober-tips>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part="event"]'), 'events', {timeout: 5000});
    await expectNamesInOrder(el);
    const event = shadow(el).querySelector('[part="event"]')!;
    const heading = shadow(el).querySelector('#events-heading')!;
    expect(getComputedStyle(heading).direction, 'the heading, in Arabic').to.equal('rtl');
    const feedWords = event.querySelectorAll('h4, p:not(:has(time))');
    expect(feedWords.length, 'title and place').to.equal(2);
    for (const words of feedWords) {
      expect(getComputedStyle(words).direction, words.textContent!.trim()).to.equal('ltr');
    }
  });
});

/** The direction `element` is laid out in, as the browser resolved it. */
const direction = (element: Element) => getComputedStyle(element).direction;

describe('what a visitor types, in either direction', () => {
  afterEach(() => usePageLanguage('en'));

  it('the buddy form: what is typed follows its script; a phone number runs left to right', async () => {
    for (const [lang, own, other] of [
      ['en', 'ltr', 'rtl'],
      ['ar', 'rtl', 'ltr'],
    ] as const) {
      await usePageLanguage(lang);
      const el = await mount();
      await choose(el, 'age', 'adult');
      await choose(el, 'channel', 'text');
      expect(direction(input(el, '[name="name"]')), `${lang}: an empty name field`).to.equal(own);
      const words = other === 'rtl' ? 'سامي، مساءً (بعد 5).' : 'Sam, evenings (after 5).';
      await type(el, 'name', words);
      await type(el, 'note', words);
      await type(el, 'program', words);
      for (const name of ['name', 'note', 'program']) {
        expect(direction(input(el, `[name="${name}"]`)), `${lang}: ${name}`).to.equal(other);
      }
      await type(el, 'phone', '+44 20 7946 0000');
      expect(direction(input(el, '[name="phone"]')), `${lang}: phone`).to.equal('ltr');
      await choose(el, 'channel', 'email');
      await type(el, 'email', 'sam@example.org');
      expect(direction(input(el, '[name="email"]')), `${lang}: email`).to.equal('ltr');
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('the sober tips’ plan: its words follow their script, empty fields the widget’s', async () => {
    await usePageLanguage('ar');
    const el = await render<IopSoberTips>(html`<iop-sober-tips></iop-sober-tips>`);
    expect(direction(field(el, 'event')), 'an empty field').to.equal('rtl');
    await fill(el, 'event', 'Team dinner (Friday)');
    await fill(el, 'drink', 'عصير ليمون');
    expect(direction(field(el, 'event'))).to.equal('ltr');
    expect(direction(field(el, 'drink'))).to.equal('rtl');
    const printed = [...shadow(el).querySelectorAll('.plan-print dd')];
    expect(printed.map(direction)).to.include('ltr').and.to.include('rtl');
    await expect(el).to.be.accessible();
  });
});
