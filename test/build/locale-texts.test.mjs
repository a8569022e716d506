// The words of the CDN's per-language files come from the XLIFF files through build/locale-texts.mjs:
// each target, its XML character references decoded, becomes a JavaScript template literal. A
// reference left undecoded would show as "&#x2068;" on the page (the Arabic phone example did).
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {template} from '../../build/locale-texts.mjs';
import {readUnits} from '../../build/xliff.mjs';

const xliffDir = join(import.meta.dirname, '../../xliff');
/** The text a template literal of `template()` stands for, its placeholders written `{n}`. */
const textOf = (raw) => Function(`'use strict'; return ${template(raw, (n) => `'{${n}}'`)};`)();

describe('XLIFF targets as JavaScript text', () => {
  const cases = [
    ['plain text', 'Siguiente', 'Siguiente'],
    ['the five named references', '&lt;b&gt; &amp; &quot;a&quot; &apos;b&apos;', `<b> & "a" 'b'`],
    [
      'a hexadecimal reference',
      'مثال: &#x2068;555 010 4477&#x2069;.',
      'مثال: \u2068555 010 4477\u2069.',
    ],
    ['a decimal reference', '&#8220;quoted&#8221;', '\u201cquoted\u201d'],
    ['an escaped reference stays text', '&amp;#x2068;', '&#x2068;'],
    [
      'a placeholder',
      'Paso <x id="0" equiv-text="${n}"/> de <x id="1" equiv-text="${total}"/>',
      'Paso {0} de {1}',
    ],
    ['characters special in a template literal', 'a `b` ${c} \\d', 'a `b` ${c} \\d'],
  ];
  for (const [name, raw, text] of cases) {
    it(name, () => assert.equal(textOf(raw), text));
  }
});

describe('every translation decodes to plain text', () => {
  const locales = readdirSync(xliffDir).filter((file) => file.endsWith('.xlf'));
  for (const file of locales) {
    it(file, () => {
      const leftovers = readUnits(join(xliffDir, file))
        .filter(
          ({target}) => target !== undefined && /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(textOf(target)),
        )
        .map(({id}) => id);
      assert.deepEqual(leftovers, [], 'targets with character references left in their text');
    });
  }
});
