/**
 * The CDN entry: every widget with Lit bundled. It follows the page's `<html lang>` and exposes
 * `window.IopWidgets` for pages that switch language themselves.
 */
import {followPageLanguage, getLocale, setLocale, supportedLocales} from './index.js';

const api = {setLocale, getLocale, supportedLocales};

declare global {
  interface Window {
    IopWidgets?: typeof api;
  }
}

if (!window.IopWidgets) {
  window.IopWidgets = api;
  void followPageLanguage();
}
