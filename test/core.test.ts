import {expect, fixture, html} from '@open-wc/testing';
import {emergencyContact, helpLines} from '../src/core/crisis-lines.js';
import {IopElement} from '../src/core/iop-element.js';
import {toRegion, type Region} from '../src/core/regions.js';
import {matchLocale} from '../src/localization/localization.js';
import {captureWarnings} from './helpers.js';

describe('toRegion', () => {
  const cases: [string | undefined, Region, number][] = [
    [undefined, 'US', 0],
    ['', 'US', 0],
    ['US', 'US', 0],
    ['gb', 'GB', 0],
    [' ie ', 'IE', 0],
    ['CA', 'CA', 0],
    ['AU', 'AU', 0],
    ['FR', 'US', 1],
    ['<b>x</b>', 'US', 1],
  ];
  for (const [input, expected, warningCount] of cases) {
    it(`"${input}" gives ${expected}`, async () => {
      let region: Region | undefined;
      const warnings = await captureWarnings(async () => {
        region = toRegion(input);
      });
      expect(region).to.equal(expected);
      expect(warnings).to.have.length(warningCount);
    });
  }
});

describe('helpLines', () => {
  const hrefs = (region: Region) =>
    helpLines(region).flatMap((line) => line.contacts.map((contact) => contact.href));
  const cases: [Region, string[]][] = [
    ['US', ['tel:988', 'sms:988', 'https://988lifeline.org/', 'tel:18006624357', 'sms:741741']],
    ['CA', ['tel:988', 'sms:988', 'sms:686868']],
    ['GB', ['tel:116123', 'sms:85258']],
    ['IE', ['tel:116123', 'sms:0861800280']],
    ['AU', ['tel:131114']],
  ];
  for (const [region, expected] of cases) {
    it(`lists the ${region} lines from the content reference`, () => {
      expect(hrefs(region)).to.deep.equal(expected);
    });
  }

  it('names the 988 Lifeline first in the US, with 24/7 and substance-use crises', () => {
    const [first] = helpLines('US');
    expect(first.name).to.contain('988');
    expect(first.about).to.contain('alcohol and drug crises');
  });

  it('gives 911 only where it is confirmed', () => {
    expect(emergencyContact('US')?.href).to.equal('tel:911');
    for (const region of ['CA', 'GB', 'IE', 'AU'] as Region[]) {
      expect(emergencyContact(region)).to.equal(undefined);
    }
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
