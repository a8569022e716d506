import {expect, fixture, html} from '@open-wc/testing';
import {helpFor} from '../src/core/help-lines.js';
import {IopElement} from '../src/core/iop-element.js';
import {toRegion, type HelpRegion} from '../src/core/regions.js';
import {matchLocale} from '../src/localization/localization.js';
import {captureWarnings} from './helpers.js';

describe('toRegion', () => {
  const cases: [string | undefined, HelpRegion, number][] = [
    [undefined, 'US', 0],
    ['', 'US', 0],
    ['US', 'US', 0],
    ['gb', 'GB', 0],
    [' ie ', 'IE', 0],
    ['CA', 'CA', 0],
    ['AU', 'AU', 0],
    ['UK', 'GB', 0],
    ['uk', 'GB', 0],
    ['United Kingdom', 'GB', 0],
    ['Canada', 'CA', 0],
    ['IRL', 'IE', 0],
    ['usa', 'US', 0],
    ['Australia', 'AU', 0],
    ['NZ', null, 1],
    ['FR', null, 1],
    ['en-GB', null, 1],
    ['<b>x</b>', null, 1],
  ];
  for (const [input, expected, warningCount] of cases) {
    it(`"${input}" gives ${expected}`, async () => {
      let region: HelpRegion | undefined;
      const warnings = await captureWarnings(async () => {
        region = toRegion(input);
      });
      expect(region).to.equal(expected);
      expect(warnings).to.have.length(warningCount);
    });
  }

  it('tells the author that a language tag is not a region', async () => {
    const warnings = await captureWarnings(async () => void toRegion('en-AU'));
    expect(warnings.join(' ')).to.contain('language tag');
  });
});

describe('helpFor', () => {
  const hrefs = (region: HelpRegion) =>
    helpFor(region).lines.flatMap((line) => line.contacts.map((contact) => contact.href));
  // Content reference, section 5.
  const cases: [HelpRegion, string[], string[]][] = [
    [
      'US',
      ['911'],
      ['tel:988', 'sms:988', 'https://988lifeline.org/', 'tel:18006624357', 'sms:741741'],
    ],
    ['CA', ['911'], ['tel:988', 'sms:988', 'sms:686868']],
    ['GB', ['999', '112'], ['tel:116123', 'sms:85258', 'tel:111']],
    ['IE', ['112', '999'], ['tel:116123', 'sms:50808']],
    ['AU', ['000'], ['tel:131114', 'sms:0477131114', 'https://www.lifeline.org.au/']],
    [null, [], []],
  ];
  for (const [region, emergency, expected] of cases) {
    it(`lists the ${region ?? 'unknown region'}'s numbers from the content reference`, () => {
      expect(helpFor(region).emergency).to.deep.equal(emergency);
      expect(hrefs(region)).to.deep.equal(expected);
    });
  }

  it('names the 988 Lifeline first in the US, with 24/7 and substance-use crises', () => {
    const [first] = helpFor('US').lines;
    expect(first.name).to.contain('988');
    expect(first.about).to.contain('alcohol and drug crises');
  });

  it('names the text lines as they are called in each country', () => {
    const names = (region: HelpRegion) => helpFor(region).lines.map((line) => line.name);
    expect(names('CA')).to.include('Kids Help Phone').and.not.include('Crisis Text Line');
    expect(names('GB')).to.include('Shout').and.not.include('Crisis Text Line');
    expect(names('US')).to.include('Crisis Text Line');
  });
});

describe('matchLocale', () => {
  const cases: [string | undefined, string][] = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    ['en-GB', 'en'],
    ['fr-CA', 'fr'],
    ['ar-EG', 'ar'],
    ['vi-VN', 'vi'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['fil', 'tl'],
    ['tl-PH', 'tl'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`"${tag}" gives ${expected}`, () => {
      expect(matchLocale(tag)).to.equal(expected);
    });
  }
});

describe('IopElement', () => {
  class TestWidget extends IopElement {
    override render() {
      const {name, phone, intakeUrl, region} = this.clinic;
      return html`<p>${name ?? 'our program'}|${phone?.href}|${intakeUrl}|${region}</p>`;
    }
  }

  it('defines a tag once and ignores a second definition', () => {
    TestWidget.define('iop-test-widget');
    expect(() => TestWidget.define('iop-test-widget')).not.to.throw();
    expect(() => class Other extends IopElement {}.define('iop-test-widget')).not.to.throw();
    expect(customElements.get('iop-test-widget')).to.equal(TestWidget);
  });

  it('checks the clinic details it renders with', async () => {
    TestWidget.define('iop-test-widget');
    const warnings = await captureWarnings(async () => {
      const element = await fixture<TestWidget>(
        html`<iop-test-widget
          clinic-name="  "
          phone="not a phone"
          intake-url="javascript:alert(1)"
          region="gb"
        ></iop-test-widget>`,
      );
      expect(element.shadowRoot!.textContent).to.equal('our program|||GB');
    });
    expect(warnings.some((w) => w.includes('phone'))).to.equal(true);
    expect(warnings.some((w) => w.includes('intake-url'))).to.equal(true);
  });

  it('emits composed, bubbling events that reach the document', async () => {
    TestWidget.define('iop-test-widget');
    const element = await fixture<TestWidget>(html`<iop-test-widget></iop-test-widget>`);
    let received: Event | undefined;
    const listener = (event: Event) => (received = event);
    document.addEventListener('iop-cta' as string, listener);
    (element as unknown as {emit: (n: string, d: unknown) => void}).emit('iop-cta', {
      action: 'call',
    });
    document.removeEventListener('iop-cta' as string, listener);
    expect((received as CustomEvent | undefined)?.detail).to.deep.equal({action: 'call'});
  });
});
