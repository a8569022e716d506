// Phone numbers and help-line numbers keep their digit groups in order wherever text runs right to
// left: in Arabic, and on a `dir="rtl"` page in any language. Without isolation, "116 123" is laid
// out as "123 116" and "+44 20 7946 0000" as "0000 7946 20 44+": numbers nobody can dial.
import {expect, html} from '@open-wc/testing';
import '../src/widgets/buddy-signup/define.js';
import '../src/widgets/care-quiz/define.js';
import '../src/widgets/clinic/define.js';
import '../src/widgets/program-explainer/define.js';
import '../src/widgets/sober-tips/define.js';
import {choose, mount} from './buddy-signup-helpers.js';
import {laidOut, render, shadow, usePageLanguage} from './helpers.js';

/** The digit groups of `element`'s text as they are laid out: line by line, left to right. */
const groupsAsLaidOut = (element: Element) => laidOut(element, /\d+/g);

/** Every call and text link of the widgets inside `clinic`. */
const numberLinks = (clinic: Element) =>
  [...clinic.children].flatMap((widget) => [
    ...shadow(widget).querySelectorAll('a[href^="tel:"], a[href^="sms:"]'),
  ]);

/** The GB and AU clinics with every widget that shows a phone or a help line on first render. */
const clinicPage = (region: string, phone: string) =>
  render<HTMLElement>(
    html`<iop-clinic clinic-name="Harbour Recovery" phone=${phone} region=${region}>
      <iop-program-explainer></iop-program-explainer>
      <iop-sober-tips></iop-sober-tips>
      <iop-buddy-signup></iop-buddy-signup>
    </iop-clinic>`,
  );

const cases = [
  ['GB', '+44 20 7946 0000', '116 123'],
  ['AU', '+61 2 9876 5432', '13 11 14'],
] as const;

describe('numbers in right-to-left text', () => {
  after(() => usePageLanguage('en'));

  for (const [region, phone, line] of cases) {
    it(`${region} in Arabic: every phone and help-line number reads in order`, async () => {
      await usePageLanguage('ar');
      const clinic = await clinicPage(region, phone);
      const links = numberLinks(clinic);
      const texts = links.map((link) => link.textContent!);
      expect(
        texts.some((text) => text.includes(phone)),
        'the clinic phone is shown',
      ).to.equal(true);
      expect(
        texts.some((text) => text.includes(line)),
        'the help line is shown',
      ).to.equal(true);
      for (const link of links) {
        const inOrder = link.textContent!.match(/\d+/g);
        expect(groupsAsLaidOut(link), link.textContent!).to.deep.equal(inOrder);
      }
      for (const widget of clinic.children) await expect(widget).to.be.accessible();
    });
  }

  it('the phone example of the buddy form reads in order in Arabic', async () => {
    await usePageLanguage('ar');
    const el = await mount('region="GB"');
    await choose(el, 'age', 'adult');
    await choose(el, 'channel', 'text');
    expect(groupsAsLaidOut(shadow(el).querySelector('#phone-hint')!)).to.deep.equal([
      '555',
      '010',
      '4477',
    ]);
    await expect(el).to.be.accessible();
  });
});
