import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {builtLocale, loaders} from './loaders.js';
import {loadMessageKeys} from './message-keys.js';
import {reasonOf, warnOnce} from '../core/warn.js';

/** A locale the widgets are translated into. */
export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale the widgets speak, English (the source) first. */
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

/** Languages whose tag differs from the locale that serves them: Chinese, Filipino. */
const languageAliases: Readonly<Record<string, SupportedLocale>> = {zh: 'zh-Hans', fil: 'tl'};

/** Locales written right to left. */
const rightToLeft: ReadonlySet<string> = new Set(['ar']);

/** Whether `locale` is written right to left (Arabic). */
export function isRightToLeft(locale: string): boolean {
  return rightToLeft.has(locale);
}

let controls: ReturnType<typeof configureLocalization> | undefined;

function localization() {
  controls ??= configureLocalization({
    sourceLocale: builtLocale,
    targetLocales: supportedLocales.filter((locale) => locale !== builtLocale),
    // Both at once: switching language costs one round trip. The CDN build loads each chunk once
    // and asks again only after a failure (build/retry-lazy-imports.mjs).
    loadLocale: async (locale) =>
      (await Promise.all([loaders[locale](), loadMessageKeys()]))[0] as never,
  });
  return controls;
}

/**
 * The supported locale for a language tag: `es-MX` gives `es`, `fr-CA` gives `fr`, any Chinese
 * tag (`zh`, `zh-CN`, `zh-Hans-SG`) gives `zh-Hans`, `fil` gives `tl`; an unknown or empty tag
 * gives English.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const wanted = (tag ?? '').trim().toLowerCase().replaceAll('_', '-');
  const exact = supportedLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return (
    supportedLocales.find((locale) => locale.toLowerCase() === language) ??
    languageAliases[language] ??
    sourceLocale
  );
}

/**
 * Switches every widget to the best locale for `tag` (a BCP 47 tag such as `es-MX`) and resolves
 * when the new text is rendered; rejects when its translations could not be loaded (the widgets
 * stay in their language, and a later call tries again). The first call configures
 * `@lit/localize` for the widgets.
 */
export function setLocale(tag: string): Promise<void> {
  const lit = localization();
  // lit-localize keeps a locale whose load failed as the one loading: asking for it again would
  // return the same failure at once and never load it. Selecting the locale on screen first ends
  // that (it does nothing otherwise); its promise is the one returned below, or resolved.
  void lit.setLocale(getLocale());
  return lit.setLocale(matchLocale(tag));
}

/** The locale the widgets render in now. */
export function getLocale(): SupportedLocale {
  return (controls?.getLocale() ?? builtLocale) as SupportedLocale;
}

/**
 * The one watcher of the page's `<html lang>`: calls `onChange` with the new value whenever it
 * changes. The npm entry's `followPageLanguage()` and the CDN files' shared `window.IopWidgets`
 * both listen through it.
 */
export function watchPageLanguage(onChange: (lang: string) => void): void {
  const root = document.documentElement;
  new MutationObserver(() => onChange(root.lang)).observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/** One console warning for a language switch whose translations could not be loaded. */
export const reportLocaleFailure = (error: unknown): void =>
  warnOnce('translations-failed', reasonOf(error));

let following = false;

/**
 * Makes the widgets follow the page's `<html lang>`, now and whenever it changes. Call it once
 * (the CDN script does); calling again does nothing more. Resolves when the current language is
 * rendered.
 */
export function followPageLanguage(): Promise<void> {
  if (!following) {
    following = true;
    // Nobody awaits a switch the page's language made: its failure is a warning, not an
    // unhandled rejection.
    watchPageLanguage((lang) => void setLocale(lang).catch(reportLocaleFailure));
  }
  return setLocale(document.documentElement.lang);
}
