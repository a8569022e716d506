/**
 * Every warning the widgets give a page author, by code: each function writes the full sentence
 * from the warning's values. docs/warnings.md explains every code (a test keeps the two in step).
 * The npm build prints `iop-widgets <code>: <sentence>`; the CDN files swap this module for
 * `warning-texts.cdn.ts`, which prints the code and the values only, so no sentence ships there.
 */

/** Allowed values, as a sentence lists them. */
const list = (values: readonly string[]) => values.join(', ');

export const warningTexts = {
  // Links and clinic details, on every widget and <iop-clinic>.
  'bad-link': (source: string, value: string) =>
    `${source} "${value}" is not an http(s), tel or mailto link; it was ignored.`,
  'bad-phone': (source: string, value: string) =>
    `${source} "${value}" is not a phone number; it was ignored.`,
  'region-language-tag': (value: string, regions: readonly string[]) =>
    `region "${value}" looks like a language tag, not a region. Use a country code: ${list(regions)}. Until then only the local emergency number and an international helpline directory are shown.`,
  'unknown-region': (value: string, regions: readonly string[]) =>
    `region "${value}" is not one of ${list(regions)}. Only the local emergency number and an international helpline directory are shown.`,

  // <iop-program-explainer>
  'bad-number': (attribute: string, value: string, min: number, max: number) =>
    `<iop-program-explainer> ${attribute} "${value}" is not a number from ${min} to ${max}; the typical schedule is shown instead.`,
  'bad-whole-number': (attribute: string, value: string, min: number, max: number) =>
    `<iop-program-explainer> ${attribute} "${value}" is not a whole number from ${min} to ${max}; the typical schedule is shown instead.`,
  'unknown-tracks': (words: readonly string[], tracks: readonly string[]) =>
    `<iop-program-explainer> tracks "${words.join(' ')}" ignored; use ${list(tracks)} (space or comma separated).`,
  'unknown-sections': (words: readonly string[], sections: readonly string[]) =>
    `<iop-program-explainer> sections "${words.join(' ')}" ignored; known sections are ${list(sections)}.`,
  'unknown-variant': (value: string) =>
    `<iop-program-explainer> variant "${value}" is not "full" or "compact"; "full" is used.`,

  // <iop-sober-tips>
  'unknown-occasion': (value: string, occasions: readonly string[]) =>
    `<iop-sober-tips> occasion "${value}" is not one of ${list(occasions)}.`,
  'feed-skipped': (source: string, count: number) =>
    `${source} has ${count} invalid entries; they were skipped.`,
  'feed-hidden': (source: string, reason: string) =>
    `${source} ${reason}; the events section is hidden.`,

  // <iop-buddy-signup>, as console errors: the form is not connected.
  'endpoint-insecure': (value: string) =>
    `<iop-buddy-signup> endpoint "${value}" must use https: (http: is allowed only on the page's own origin or on localhost). The form is not connected.`,
  'endpoint-invalid': (value: string) =>
    `<iop-buddy-signup> endpoint "${value}" is not a valid http(s) address. The form is not connected.`,

  // The CDN files' language loading, and the parts a widget loads after its first render.
  'translations-failed': (reason: string) => `could not load the translations (${reason})`,
  'lazy-load-failed': (what: string, reason: string) =>
    `${what} could not be loaded (${reason}). Serve the folders beside the script file with it.`,
} satisfies Record<string, (...values: never[]) => string>;

/** A warning's code, such as `bad-link`. */
export type WarningCode = keyof typeof warningTexts;

/** The values a warning's sentence is written from, in order. */
export type WarningValues<C extends WarningCode> = Parameters<(typeof warningTexts)[C]>;

/** The console message of one warning: `iop-widgets <code>: <sentence>`. */
export function warningMessage<C extends WarningCode>(code: C, values: WarningValues<C>): string {
  const text = warningTexts[code] as (...values: WarningValues<C>) => string;
  return `iop-widgets ${code}: ${text(...values)}`;
}
