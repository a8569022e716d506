import {isolate} from './bidi.js';
import {warnOnce} from './warn.js';

const allowedProtocols = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * Returns `value` as an absolute link when its protocol is `https:`, `http:`, `tel:` or `mailto:`.
 * Anything else (`javascript:`, `data:`, text that is not a URL) gives `undefined` and one console
 * warning naming `source`, so a bad value is never rendered as a link. On a server (no `document`)
 * a relative link is checked against a stand-in base and kept as written, for the browser to
 * resolve.
 */
export function safeUrl(value: string | null | undefined, source: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const base = globalThis.document?.baseURI;
    const url = new URL(text, base ?? 'https://server.invalid/');
    if (allowedProtocols.has(url.protocol)) return base || URL.canParse(text) ? url.href : text;
  } catch {
    // Fall through to the warning: the value is not a URL at all.
  }
  warnOnce('bad-link', source, text);
  return undefined;
}

/** A phone number as people write it: digits with spaces, dots, dashes, brackets, an optional +. */
const phonePattern = /^\+?[\d\s().-]+$/;

/** A checked phone number: the text to show and the `tel:` link to dial it. */
export interface PhoneLink {
  /** The number as written, isolated so that its digit groups keep their order (see `isolate`). */
  text: string;
  href: string;
}

/**
 * Checks a phone number written for people ("(555) 010-4477", "+44 20 7946 0000") and returns it
 * with its `tel:` link. Anything else gives `undefined` and one console warning naming `source`.
 */
export function phoneLink(value: string | null | undefined, source: string): PhoneLink | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  if (phonePattern.test(text) && digits.length >= 3 && digits.length <= 15) {
    return {text: isolate(text), href: `tel:${text.startsWith('+') ? '+' : ''}${digits}`};
  }
  warnOnce('bad-phone', source, text);
  return undefined;
}

/**
 * A numeric attribute checked: `value` when it is a finite number of at least `min` (capped at
 * `max`), otherwise `fallback`, so a wrong attribute gives the documented default, never NaN.
 */
export const clampNumber = (value: number, fallback: number, min: number, max = Infinity) =>
  Number.isFinite(value) && value >= min ? Math.min(value, max) : fallback;
