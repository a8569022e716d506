import {warnOnce} from './warn.js';

/** Regions whose crisis and help lines the widgets know (ISO 3166 country codes). */
export const regions = ['US', 'CA', 'GB', 'IE', 'AU'] as const;

/** One of the supported regions. */
export type Region = (typeof regions)[number];

/**
 * The region a widget shows help for: a supported region, or `null` when the page set a value the
 * widgets do not know. `null` never shows another country's numbers: the widgets then say "call
 * your local emergency number" and link the international helpline directory.
 */
export type HelpRegion = Region | null;

/** The region used when the page sets none (see the README's region table). */
export const defaultRegion: Region = 'US';

/** Common spellings of the supported regions, upper case, spaces and dots removed. */
const aliases: Readonly<Record<string, Region>> = {
  USA: 'US',
  UNITEDSTATES: 'US',
  UNITEDSTATESOFAMERICA: 'US',
  CAN: 'CA',
  CANADA: 'CA',
  UK: 'GB',
  GBR: 'GB',
  UNITEDKINGDOM: 'GB',
  GREATBRITAIN: 'GB',
  BRITAIN: 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
  NORTHERNIRELAND: 'GB',
  IRL: 'IE',
  IRELAND: 'IE',
  REPUBLICOFIRELAND: 'IE',
  EIRE: 'IE',
  AUS: 'AU',
  AUSTRALIA: 'AU',
};

const languageTag = /^[a-z]{2,3}[-_][a-z0-9]{2,8}$/i;

/**
 * Reads a `region` attribute value as a supported region. Case, spaces and common spellings are
 * accepted (`uk`, `United Kingdom` and `GBR` are `GB`); no value gives the default region. Any
 * other value gives `null`, with one console warning for the page author: a language tag such as
 * `en-GB` is not a region.
 */
export function toRegion(value: string | null | undefined): HelpRegion {
  const raw = (value ?? '').trim();
  if (!raw) return defaultRegion;
  const code = raw.toUpperCase().replace(/[\s.]/g, '');
  if ((regions as readonly string[]).includes(code)) return code as Region;
  if (code in aliases) return aliases[code];
  warnOnce(languageTag.test(raw) ? 'region-language-tag' : 'unknown-region', raw, regions);
  return null;
}
