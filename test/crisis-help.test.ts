import {expect, html} from '@open-wc/testing';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/program-explainer/define.js';
import {captureWarnings, render, shadow, visibleText, withoutIsolates} from './helpers.js';

/**
 * Every widget that shows crisis help shows the right numbers for the page's region, as the
 * content reference (section 5) lists them, and never another country's numbers.
 */

interface Expected {
  /** Links of the full form (the quiz's urgent panel), in order. */
  full: string[];
  /** Links of the compact form (the explainer's notes, the buddy form's notice), in order. */
  compact: string[];
  /** Words the full form shows. */
  words: string[];
}

const known: Record<string, Expected> = {
  US: {
    full: [
      'tel:911',
      'tel:988',
      'sms:988',
      'https://988lifeline.org/',
      'tel:18006624357',
      'sms:741741',
    ],
    compact: ['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/'],
    words: ['call 911 now', '988 Suicide & Crisis Lifeline', 'Text HOME to 741741'],
  },
  CA: {
    full: ['tel:911', 'tel:988', 'sms:988', 'sms:686868'],
    compact: ['tel:911', 'tel:988', 'sms:988'],
    words: ['call 911 now', '9-8-8 Suicide Crisis Helpline', 'Kids Help Phone', 'CONNECT'],
  },
  GB: {
    full: ['tel:999', 'tel:112', 'tel:116123', 'sms:85258', 'tel:111'],
    compact: ['tel:999', 'tel:112', 'tel:116123'],
    words: ['call 999 now', 'Samaritans', 'Text SHOUT to 85258', 'NHS 111'],
  },
  IE: {
    full: ['tel:112', 'tel:999', 'tel:116123', 'sms:50808'],
    compact: ['tel:112', 'tel:999', 'tel:116123'],
    words: ['call 112 now', 'Samaritans', 'Text 50808'],
  },
  AU: {
    full: ['tel:000', 'tel:131114', 'sms:0477131114', 'https://www.lifeline.org.au/'],
    compact: ['tel:000', 'tel:131114', 'sms:0477131114', 'https://www.lifeline.org.au/'],
    words: ['call 000 now', 'Lifeline', 'Text 0477 13 11 14'],
  },
};

const unknownRegions = ['NZ', 'en-GB', 'Narnia'];
const directory = 'https://findahelpline.com/';
/** Numbers that must never reach a visitor whose region is unknown. */
const foreignNumbers = /\b(911|988|999|112|000|116 123|741741|85258|50808|13 11 14)\b/;

/** The text between `element` and the element before it (Lit's markers are comments). */
function textBefore(element: Element) {
  let text = '';
  for (let node = element.previousSibling; node && !(node instanceof Element);) {
    if (node instanceof Text) text = node.data + text;
    node = node.previousSibling;
  }
  return text;
}

const links = (root: Element | ShadowRoot | null) =>
  [...(root?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'));

async function urgentPanel(region: string) {
  const el = await render<HTMLElement>(html`<iop-care-quiz region=${region}></iop-care-quiz>`);
  const root = shadow(el);
  root.querySelector<HTMLButtonElement>('.actions button')!.click();
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  root.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  const panel = root.querySelector('[part="urgent"]');
  if (!panel) throw new Error('no urgent panel');
  return {el, panel};
}

async function explainerNotes(region: string) {
  const el = await render<HTMLElement>(
    html`<iop-program-explainer region=${region}></iop-program-explainer>`,
  );
  return {el, panel: shadow(el).querySelector('[part="note"]')!};
}

async function buddyNotice(region: string) {
  const el = await render<HTMLElement>(
    html`<iop-buddy-signup region=${region}></iop-buddy-signup>`,
  );
  return {el, panel: shadow(el).querySelector('[part="notice"]')!};
}

const surfaces = [
  ['the quiz urgent panel', urgentPanel, 'full'],
  ['the explainer notes', explainerNotes, 'compact'],
  ['the buddy notice', buddyNotice, 'compact'],
] as const;

describe('crisis help in every region', () => {
  for (const [name, show, form] of surfaces) {
    describe(name, () => {
      for (const [region, expected] of Object.entries(known)) {
        it(`${region}: the emergency number first, then the region's lines`, async () => {
          const {el, panel} = await show(region);
          expect(links(panel)).to.deep.equal(expected[form]);
          const text = withoutIsolates(panel.textContent!).replace(/\s+/g, ' ');
          if (form === 'full') for (const words of expected.words) expect(text).to.contain(words);
          // Links side by side have a space between them, so that copied or read on a braille
          // display they are separate words ("Call 999 Call 112").
          for (const link of panel.querySelectorAll('a + a')) {
            expect(textBefore(link), link.textContent!).to.match(/\s/);
          }
          await expect(el).to.be.accessible();
        });
      }
      for (const region of unknownRegions) {
        it(`"${region}": the local emergency number and the directory, no foreign number`, async () => {
          let result: Awaited<ReturnType<typeof show>> | undefined;
          await captureWarnings(async () => {
            result = await show(region);
          });
          const {el, panel} = result!;
          expect(links(panel)).to.deep.equal([directory]);
          expect(panel.textContent).to.contain('local emergency number');
          expect(visibleText(el)).not.to.match(foreignNumbers);
          expect(links(shadow(el)).filter((href) => /^(tel|sms):/.test(href ?? ''))).to.satisfy(
            (hrefs: string[]) =>
              hrefs.every((href) => !foreignNumbers.test(href.replace(/\D/g, ''))),
          );
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('opens web links in a new tab, and says so, in every widget', async () => {
    for (const [, show] of surfaces) {
      const {panel} = await show('US');
      const chat = panel.querySelector('a[href="https://988lifeline.org/"]')!;
      expect(chat.getAttribute('target')).to.equal('_blank');
      expect(chat.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(chat.textContent).to.contain('(opens in a new tab)');
    }
  });
});
