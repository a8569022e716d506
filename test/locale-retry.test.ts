// A language switch whose translations could not be loaded (the visitor's connection dropped)
// can succeed later: lit-localize keeps a locale that failed as the one loading, so without
// setLocale()'s care every later switch to it failed at once without loading. Its own file: the
// page must not have loaded Spanish or French before. The loader fails by a stub, because Firefox
// keeps a failed import() of the same address failed (the CDN build asks again under another
// address; test/cdn-locale-retry.test.ts covers that).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/widgets/care-quiz/define.js';
import type {IopCareQuiz} from '../src/widgets/care-quiz/care-quiz.js';
import {loaders} from '../src/localization/loaders.js';
import {followPageLanguage, getLocale, setLocale} from '../src/localization/localization.js';
import {visibleText, watchConsole, watchRejections} from './helpers.js';

const english = 'Which kind of care could help? A private self-check';
const spanish = '¿Qué tipo de atención podría ayudarle? Una autoevaluación privada';
const french = 'Quel type de soins pourrait vous aider ? Une autoévaluation confidentielle';

/** The loaders of the locales, writable for the stubs. */
const writable = loaders as Record<string, () => Promise<unknown>>;

/** Makes the next load of `locale` fail as a dropped connection does; counts its loads. */
function failOnce(locale: string) {
  const load = loaders[locale];
  const calls = {count: 0};
  writable[locale] = () =>
    ++calls.count === 1
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : load();
  return calls;
}

/** The requests the page made for `locale`'s translations. */
const fetches = (locale: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes(`/src/generated/locales/${locale}.`)).length;

/** How `promise` settled: `'resolved'` or the reason's message. */
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

describe('a language switch that failed', () => {
  const real = {...loaders};
  let rejections: ReturnType<typeof watchRejections>;
  before(() => (rejections = watchRejections()));
  afterEach(() => Object.assign(writable, real));
  after(async () => {
    rejections.stop();
    await setLocale('en');
  });

  it('rejects, keeps the widget as it was, and loads when asked again', async () => {
    const el = await fixture<IopCareQuiz>(html`<iop-care-quiz></iop-care-quiz>`);
    const calls = failOnce('es');
    expect(await outcome(setLocale('es'))).to.equal('Failed to fetch dynamically imported module');
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(visibleText(el)).to.contain(english);

    expect(await outcome(setLocale('es'))).to.equal('resolved');
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(visibleText(el)).to.contain(spanish);
    expect(calls.count).to.equal(2);

    // Back to English and to Spanish again: the translations are not fetched again.
    await setLocale('en');
    await el.updateComplete;
    expect(visibleText(el)).to.contain(english);
    await setLocale('es-MX');
    await el.updateComplete;
    expect(visibleText(el)).to.contain(spanish);
    expect(fetches('es')).to.equal(1);
    expect(rejections.reasons).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('from another translated language too', async () => {
    const el = await fixture<IopCareQuiz>(html`<iop-care-quiz></iop-care-quiz>`);
    await setLocale('es');
    failOnce('fr');
    expect(await outcome(setLocale('fr'))).to.not.equal('resolved');
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(visibleText(el)).to.contain(spanish);

    await setLocale('fr');
    await el.updateComplete;
    expect(getLocale()).to.equal('fr');
    expect(visibleText(el)).to.contain(french);
    expect(rejections.reasons).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('when the page changed its language: one warning, and the next change loads', async () => {
    const el = await fixture<IopCareQuiz>(html`<iop-care-quiz></iop-care-quiz>`);
    const page = document.documentElement;
    const warnings = watchConsole('warn');
    try {
      await followPageLanguage();
      failOnce('ar');
      page.lang = 'ar';
      await waitUntil(() => warnings.lines.length === 1, 'the failure is reported');
      expect(warnings.lines[0]).to.match(/^iop-widgets translations-failed: /);
      expect(getLocale()).to.not.equal('ar');

      page.lang = 'en';
      await waitUntil(() => getLocale() === 'en', 'back to English');
      page.lang = 'ar';
      await waitUntil(() => getLocale() === 'ar', 'Arabic, asked again');
      await el.updateComplete;
      expect(el.getAttribute('dir')).to.equal('rtl');
      expect(visibleText(el)).to.not.contain(english);
      await expect(el).to.be.accessible();
    } finally {
      warnings.stop();
      page.lang = 'en';
      await waitUntil(() => getLocale() === 'en', 'English again');
    }
    expect(rejections.reasons).to.deep.equal([]);
  });
});
