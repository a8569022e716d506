import {warnOnce} from './warn.js';

/** Regions whose crisis and help lines the widgets know (ISO 3166 country codes). */
export const regions = ['US', 'CA', 'GB', 'IE', 'AU'] as const;

/** One of the supported regions. */
export type Region = (typeof regions)[number];

/**
 * Reads a `region` attribute value ("us", " GB ") as a supported region. An unknown value falls
 * back to `US` with one console warning for the page author.
 */
export function toRegion(value: string | null | undefined): Region {
  const code = (value ?? '').trim().toUpperCase();
  if (!code) return 'US';
  if ((regions as readonly string[]).includes(code)) return code as Region;
  warnOnce(`region "${value}" is not one of ${regions.join(', ')}; US help lines are shown.`);
  return 'US';
}
