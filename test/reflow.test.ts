import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';
import {shadow} from './helpers.js';

/*
 * WCAG 1.4.10 Reflow: no sideways scroll at 320 CSS px, tested as a visitor gets there: a phone
 * 320 px wide with a 40 px text size, and a 1280 px window zoomed to 400 %.
 */
const conditions: [name: string, width: number, apply: () => void][] = [
  ['320 px wide, 40 px text', 320, () => (document.documentElement.style.fontSize = '40px')],
  [
    '1280 px wide, zoomed to 400 %',
    1280,
    () => document.documentElement.style.setProperty('zoom', '4'),
  ],
];

/** Each widget in the states with the widest parts: tables, fields, buttons, opened sections. */
const states: [
  name: string,
  template: TemplateResult,
  reach?: (el: HTMLElement) => Promise<void>,
][] = [
  [
    'explainer, full',
    html`<iop-program-explainer
      .clinicName=${'Harbor Recovery'}
      phone="(555) 010-4477"
    ></iop-program-explainer>`,
  ],
  [
    'explainer, compact, every section open',
    html`<iop-program-explainer variant="compact"></iop-program-explainer>`,
    async (el) => {
      shadow(el)
        .querySelectorAll<HTMLButtonElement>('h3 > button[aria-expanded="false"]')
        .forEach((toggle) => toggle.click());
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    },
  ],
  ['quiz, start', html`<iop-care-quiz></iop-care-quiz>`],
  [
    'quiz, first question',
    html`<iop-care-quiz></iop-care-quiz>`,
    async (el) => {
      shadow(el).querySelector<HTMLButtonElement>('.step > .actions > button')!.click();
      await (el as IopCareQuiz).updateComplete;
    },
  ],
  [
    'sober tips, with the plan and its date field',
    html`<iop-sober-tips occasion="wedding"></iop-sober-tips>`,
  ],
  ['buddy signup', html`<iop-buddy-signup></iop-buddy-signup>`],
];

describe('no sideways scroll (reflow)', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    document.documentElement.style.removeProperty('zoom');
    await setViewport({width: 800, height: 600});
  });

  for (const [condition, width, apply] of conditions) {
    for (const [state, template, reach] of states) {
      it(`${state}: ${condition}`, async () => {
        await setViewport({width, height: 800});
        apply();
        const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(template);
        await reach?.(el);
        await el.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        // Nothing inside reaches past the widget's edge either (the host could clip it).
        const edge = el.getBoundingClientRect();
        const over = [...shadow(el).querySelectorAll<HTMLElement>('*')]
          .filter((node) => node.checkVisibility() && !node.closest('.visually-hidden'))
          .filter((node) => {
            const box = node.getBoundingClientRect();
            return box.width > 0 && (box.right > edge.right + 1 || box.left < edge.left - 1);
          })
          .map(
            (node) =>
              `${node.tagName.toLowerCase()}.${node.className} ${node.getAttribute('name') ?? ''}`,
          );
        expect(over, 'parts past the widget edge').to.deep.equal([]);
        const page = document.documentElement;
        expect(page.scrollWidth, 'the page scrolls sideways').to.be.at.most(page.clientWidth);
        expect(el.scrollWidth, 'the widget overflows').to.be.at.most(el.clientWidth);
      });
    }
  }
});
