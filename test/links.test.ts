import {expect} from '@open-wc/testing';
import {phoneLink, safeUrl} from '../src/core/links.js';
import {captureWarnings} from './helpers.js';

describe('safeUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://clinic.example/intake', 'https://clinic.example/intake'],
    ['http://clinic.example/', 'http://clinic.example/'],
    ['mailto:intake@clinic.example', 'mailto:intake@clinic.example'],
    ['tel:+15550104477', 'tel:+15550104477'],
    ['javascript:alert(1)', undefined],
    [' JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`"${input}" gives ${String(expected)}`, async () => {
      let result: string | undefined;
      const warnings = await captureWarnings(async () => {
        result = safeUrl(input, 'test link');
      });
      expect(result).to.equal(expected);
      expect(warnings.length).to.equal(expected === undefined && input ? 1 : 0);
    });
  }

  it('resolves a relative link against the page', () => {
    expect(safeUrl('/intake', 'test link')).to.equal(new URL('/intake', document.baseURI).href);
  });

  it('warns once for the same bad value', async () => {
    const warnings = await captureWarnings(async () => {
      safeUrl('javascript:void(0)', 'repeat link');
      safeUrl('javascript:void(0)', 'repeat link');
    });
    expect(warnings).to.deep.equal([
      'iop-widgets bad-link: repeat link "javascript:void(0)" is not an http(s), tel or mailto link; it was ignored.',
    ]);
  });
});

describe('phoneLink', () => {
  const cases: [string, {text: string; href: string} | undefined][] = [
    ['(555) 010-4477', {text: '\u2068(555) 010-4477\u2069', href: 'tel:5550104477'}],
    ['+44 20 7946 0000', {text: '\u2068+44 20 7946 0000\u2069', href: 'tel:+442079460000'}],
    ['988', {text: '\u2068988\u2069', href: 'tel:988'}],
    ['<img src=x onerror=alert(1)>', undefined],
    ['call us', undefined],
    ['12', undefined],
    ['1234567890123456', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`"${input}" gives ${expected ? expected.href : 'nothing'}`, async () => {
      let result: unknown;
      await captureWarnings(async () => {
        result = phoneLink(input, 'test phone');
      });
      expect(result).to.deep.equal(expected);
    });
  }
});
