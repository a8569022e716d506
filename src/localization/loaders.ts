import {sourceLocale} from '../generated/locale-codes.js';

/**
 * The language whose words are in the code: English, the source. A CDN file built for another
 * language (`cdn/es/iop-widgets.js`) replaces this module, so its code carries that language's
 * words and English becomes one of the chunks below.
 */
export const builtLocale: string = sourceLocale;

/** One explicit `import()` per other locale, so a bundler can split each into its own chunk. */
export const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  es: () => import('../generated/locales/es.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  vi: () => import('../generated/locales/vi.js'),
  ar: () => import('../generated/locales/ar.js'),
  fr: () => import('../generated/locales/fr.js'),
  tl: () => import('../generated/locales/tl.js'),
};
