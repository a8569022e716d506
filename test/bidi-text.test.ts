// The clinic's name keeps its own order inside sentences of the other direction, and an events
// feed's words take the direction of their own script. Without isolation, a clinic named
// "24/7 Recovery" reads "Recovery 24/7" inside Arabic sentences.
import {expect, html, waitUntil} from '@open-wc/testing';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {run} from './care-quiz-helpers.js';
import {laidOut, render, shadow, usePageLanguage, withoutIsolates} from './helpers.js';
import {profiles} from './quiz-profiles.js';
import {feed} from './sober-tips-helpers.js';

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
