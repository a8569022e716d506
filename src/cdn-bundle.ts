/**
 * What every CDN file does after registering its tags: it configures its own copy of
 * `@lit/localize`, follows the page's `<html lang>` and joins `window.IopWidgets`, so one call to
 * `window.IopWidgets.setLocale()` switches every iop-widgets file loaded on the page (the
 * all-in-one file, any per-widget files, even the same file loaded twice).
 */
import {
  getLocale,
  reportLocaleFailure,
  setLocale,
  supportedLocales,
  watchPageLanguage,
} from './localization/localization.js';

/** The language controls of one CDN file loaded on the page. */
export interface IopWidgetsBundle {
  /** Switches this file's widgets to the best locale for a language tag. */
  setLocale(tag: string): Promise<void>;
  /** The locale this file's widgets render in now. */
  getLocale(): string;
}

/** `window.IopWidgets`: the language controls shared by every iop-widgets CDN file on the page. */
export interface IopWidgetsGlobal {
  /**
   * Switches every widget to the best locale for `tag` (a BCP 47 tag such as `es-MX`) and resolves
   * when all of them render in it. A later change of `<html lang>` is followed again.
   */
  setLocale(tag: string): Promise<void>;
  /** The locale the widgets render in now. */
  getLocale(): string;
  /** Every locale the widgets speak, English (the source) first. */
  readonly supportedLocales: readonly string[];
  /** The language tag last asked for, by `<html lang>` or by `setLocale()`. */
  readonly requestedLocale: string;
  /** Every CDN file on the page; each adds itself when it loads. */
  readonly bundles: IopWidgetsBundle[];
}

declare global {
  interface Window {
    IopWidgets?: IopWidgetsGlobal;
  }
}

/** Creates `window.IopWidgets` and the one observer of `<html lang>` every file shares. */
function createGlobal(): IopWidgetsGlobal {
  const page = document.documentElement;
  const bundles: IopWidgetsBundle[] = [];
  let requestedLocale = page.lang;
  const shared: IopWidgetsGlobal = {
    bundles,
    supportedLocales,
    get requestedLocale() {
      return requestedLocale;
    },
    getLocale: () => bundles[0]?.getLocale() ?? supportedLocales[0],
    async setLocale(tag: string) {
      requestedLocale = String(tag ?? '');
      await Promise.all(bundles.map((bundle) => bundle.setLocale(requestedLocale)));
    },
  };
  watchPageLanguage((lang) => void shared.setLocale(lang).catch(reportLocaleFailure));
  return shared;
}

/**
 * Joins this CDN file to `window.IopWidgets` (creating it when this file is the first) and renders
 * its widgets in the language the page asks for.
 */
export function startCdnBundle(): void {
  let shared = window.IopWidgets;
  if (!shared || !Array.isArray(shared.bundles)) {
    shared = createGlobal();
    window.IopWidgets = shared;
  }
  const bundle: IopWidgetsBundle = {setLocale, getLocale};
  shared.bundles.push(bundle);
  void bundle.setLocale(shared.requestedLocale).catch(reportLocaleFailure);
}
