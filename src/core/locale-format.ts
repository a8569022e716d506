import {getLocale, matchLocale} from '../localization/localization.js';

/**
 * The one way widgets choose a locale for numbers, lists and dates: the page's own tag (`en-GB`,
 * `es-MX`) when the widgets speak its language, otherwise the widgets' own locale. A server
 * renderer has no document and uses the widgets' locale; an invalid `lang` is ignored.
 */
export function formatLocale(): string {
  const locale = getLocale();
  const page = globalThis.document?.documentElement.lang;
  try {
    if (page && matchLocale(page) === locale) return Intl.getCanonicalLocales(page)[0];
  } catch {
    // An invalid lang attribute: the widgets' own locale is used.
  }
  return locale;
}

/** A number in the visitor's language ("12.5" in English, "12,5" in Spanish). */
export const formatNumber = (value: number): string =>
  new Intl.NumberFormat(formatLocale()).format(value);

/** A list in the visitor's language ("2 and 3", "2 y 3"). */
export const formatList = (items: string[]): string =>
  new Intl.ListFormat(formatLocale(), {style: 'long', type: 'conjunction'}).format(items);

/** A formatter for dates (and times) in the visitor's language. */
export const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(formatLocale(), options);
