import {expect} from '@open-wc/testing';
import {regions} from '../src/core/regions.js';
import {warnOnce} from '../src/core/warn.js';
import {
  warningMessage,
  warningTexts,
  type WarningCode,
  type WarningValues,
} from '../src/core/warning-texts.js';
import {warningMessage as cdnMessage} from '../src/core/warning-texts.cdn.js';
import {sectionIds, trackIds} from '../src/widgets/program-explainer/options.js';
import {occasions} from '../src/widgets/sober-tips/tips.js';
import {captureWarnings} from './helpers.js';

const feed = '<iop-sober-tips> events-src "/events.json"';

/** The values of each warning's example in docs/warnings.md; a code left out does not compile. */
const examples: {[C in WarningCode]: WarningValues<C>} = {
  'bad-link': ['<iop-care-quiz> exit-url', 'javascript:alert(1)'],
  'bad-phone': ['<iop-program-explainer> phone', 'call us'],
  'region-language-tag': ['en-GB', regions],
  'unknown-region': ['NZ', regions],
  'bad-number': ['hours-per-week', 'lots', 1, 60],
  'bad-whole-number': ['days-per-week', '9', 1, 7],
  'unknown-tracks': [['brunch'], trackIds],
  'unknown-sections': [['prices'], sectionIds],
  'unknown-variant': ['tabs'],
  'unknown-occasion': ['picnic', occasions],
  'feed-skipped': [feed, 2],
  'feed-hidden': [feed, 'answered HTTP 404'],
  'endpoint-insecure': ['http://clinic.example/buddies'],
  'endpoint-invalid': ['ftp://clinic.example/buddies'],
  'translations-failed': ['Failed to fetch dynamically imported module'],
  'lazy-load-failed': [
    '<iop-sober-tips> plan export',
    'Failed to fetch dynamically imported module',
  ],
};

const codes = Object.keys(warningTexts) as WarningCode[];
const message = <C extends WarningCode>(code: C) => warningMessage(code, examples[code]);
const cdnExample = <C extends WarningCode>(code: C) => cdnMessage(code, examples[code]);

describe('warnings', () => {
  /** docs/warnings.md's entries: each `### \`code\`` heading and the text up to the next heading. */
  const entries = new Map<string, string>();
  before(async () => {
    const docs = await (await fetch('/docs/warnings.md')).text();
    for (const [, code, text] of docs.matchAll(/^### `([^`]+)`\n([\s\S]*?)(?=^#|(?![\s\S]))/gm)) {
      entries.set(code, text);
    }
  });

  for (const code of codes) {
    it(`documents ${code} with its message from the npm package and from the CDN files`, () => {
      expect(entries.has(code), `no "### \`${code}\`" in docs/warnings.md`).to.equal(true);
      expect(entries.get(code)).to.contain(`\n${message(code)}\n${cdnExample(code)}\n`);
    });
  }

  it('documents no code the widgets do not have', () => {
    expect([...entries.keys()]).to.have.members(codes);
  });

  it('writes the full sentence after the code in the npm build', () => {
    expect(message('bad-phone')).to.equal(
      'iop-widgets bad-phone: <iop-program-explainer> phone "call us" is not a phone number; it was ignored.',
    );
    expect(message('unknown-tracks')).to.equal(
      'iop-widgets unknown-tracks: <iop-program-explainer> tracks "brunch" ignored; use morning, afternoon, evening, weekend (space or comma separated).',
    );
  });

  it('writes the code, the values as JSON and where the sentences are in the CDN files', () => {
    expect(cdnExample('bad-phone')).to.equal(
      'iop-widgets bad-phone: "<iop-program-explainer> phone" "call us" — see docs/warnings.md in the iop-widgets package',
    );
    expect(cdnExample('feed-skipped')).to.equal(
      'iop-widgets feed-skipped: "<iop-sober-tips> events-src \\"/events.json\\"" 2 — see docs/warnings.md in the iop-widgets package',
    );
    for (const code of codes) {
      const sentence = message(code).slice(`iop-widgets ${code}: `.length);
      expect(cdnExample(code)).to.match(new RegExp(`^iop-widgets ${code}: `));
      expect(cdnExample(code)).not.to.contain(sentence);
    }
  });

  it('warns once per code and values', async () => {
    const warnings = await captureWarnings(async () => {
      warnOnce('unknown-variant', 'tabs');
      warnOnce('unknown-variant', 'tabs');
      warnOnce('unknown-variant', 'grid');
      warnOnce('unknown-occasion', 'tabs', occasions);
      warnOnce('unknown-occasion', 'tabs', occasions);
    });
    expect(warnings).to.deep.equal([
      warningMessage('unknown-variant', ['tabs']),
      warningMessage('unknown-variant', ['grid']),
      warningMessage('unknown-occasion', ['tabs', occasions]),
    ]);
  });
});

// A wrong code, or the wrong values for a code, does not compile (`npm run typecheck`).
void (() => {
  // @ts-expect-error: not a warning code
  warnOnce('bad-colour', 'red');
  // @ts-expect-error: bad-link takes where the link was set and the value
  warnOnce('bad-link', 'javascript:alert(1)');
  // @ts-expect-error: bad-number takes numbers for its range
  warnOnce('bad-number', 'hours-per-week', 'lots', '1', '60');
});
