import {warnOnce} from '../../core/warn.js';

/** The explainer's sections, in their default order; `sections` picks and orders them. */
export const sectionIds = [
  'what',
  'fit',
  'week',
  'therapies',
  'life',
  'support',
  'levels',
  'faq',
] as const;

/** One of the explainer's section ids. */
export type SectionId = (typeof sectionIds)[number];

/** Session times a program can offer, in the order they are shown. */
export const trackIds = ['morning', 'afternoon', 'evening', 'weekend'] as const;

/** One session time: `morning`, `afternoon`, `evening` or `weekend`. */
export type Track = (typeof trackIds)[number];

/** How the sections are laid out: one after another, or as a list of disclosures. */
export type Variant = 'full' | 'compact';

/** A setting as it arrives: attribute text, or a number or list set as a property. */
export type Setting = string | number | readonly string[] | null | undefined;

/** A program's own schedule, as far as the page configured it. */
export interface Schedule {
  hoursPerWeek?: number;
  daysPerWeek?: number;
  programWeeks?: number;
  tracks: Track[];
}

/** The schedule settings of the element, as they arrive. */
export interface ScheduleSettings {
  hoursPerWeek?: Setting;
  daysPerWeek?: Setting;
  programWeeks?: Setting;
  tracks?: Setting;
}

/** How the configured weekly hours compare with the levels of care. */
export type HoursBand = 'outpatient' | 'teen-iop' | 'iop' | 'php';

interface NumberRule {
  attribute: string;
  min: number;
  max: number;
  whole: boolean;
}

const rules = {
  hours: {attribute: 'hours-per-week', min: 1, max: 60, whole: false},
  days: {attribute: 'days-per-week', min: 1, max: 7, whole: true},
  weeks: {attribute: 'program-weeks', min: 1, max: 104, whole: true},
} satisfies Record<string, NumberRule>;

/**
 * Reads a count such as "12" or "12.5" (or "12,5") within the rule's range. Missing or empty
 * gives `undefined` quietly; anything else out of range gives `undefined` and one warning.
 */
function readCount(value: Setting, rule: NumberRule): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  if (!text) return undefined;
  const number = /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  if (number >= rule.min && number <= rule.max && (!rule.whole || Number.isInteger(number))) {
    return number;
  }
  warnOnce(
    rule.whole ? 'bad-whole-number' : 'bad-number',
    rule.attribute,
    text,
    rule.min,
    rule.max,
  );
  return undefined;
}

/** Splits a list written as "evening weekend", "evening, weekend" or given as an array. */
export function splitList(value: Setting): string[] {
  if (value === null || value === undefined) return [];
  const items = typeof value === 'object' ? value.map(String) : String(value).split(/[\s,;]+/);
  return items.map((item) => item.trim().toLowerCase()).filter(Boolean);
}

/**
 * Reads `tracks`: known session times in their usual order, each once. Unknown words are ignored
 * with one warning.
 */
export function parseTracks(value: Setting): Track[] {
  const words = splitList(value);
  const unknown = words.filter((word) => !(trackIds as readonly string[]).includes(word));
  if (unknown.length) {
    warnOnce('unknown-tracks', unknown, trackIds);
  }
  return trackIds.filter((track) => words.includes(track));
}

/**
 * Reads `sections`: known section ids in the order given, each once. Unknown ids are ignored with
 * one warning; when nothing known is left, every section is shown, so the widget is never blank.
 */
export function parseSections(value: Setting): SectionId[] {
  const words = splitList(value);
  if (!words.length) return [...sectionIds];
  const known = words.filter((word): word is SectionId =>
    (sectionIds as readonly string[]).includes(word),
  );
  const unknown = words.filter((word) => !known.includes(word as SectionId));
  if (unknown.length) {
    warnOnce('unknown-sections', unknown, sectionIds);
  }
  return known.length ? [...new Set(known)] : [...sectionIds];
}

/** Reads `variant`: `full` or `compact`; anything else is `full`, with one warning. */
export function parseVariant(value: Setting): Variant {
  const text = splitList(value).join(' ');
  if (text === 'compact') return 'compact';
  if (text && text !== 'full') {
    warnOnce('unknown-variant', text);
  }
  return 'full';
}

/** Reads the schedule settings, each falling back on its own when its value makes no sense. */
export function readSchedule(settings: ScheduleSettings): Schedule {
  return {
    hoursPerWeek: readCount(settings.hoursPerWeek, rules.hours),
    daysPerWeek: readCount(settings.daysPerWeek, rules.days),
    programWeeks: readCount(settings.programWeeks, rules.weeks),
    tracks: parseTracks(settings.tracks),
  };
}

/**
 * The hours of one session day, to the nearest half hour, when weekly hours and two or more days
 * are known and the result is a plausible day (1 to 12 hours); otherwise `undefined`.
 */
export function hoursPerDay(schedule: Schedule): number | undefined {
  const {hoursPerWeek, daysPerWeek} = schedule;
  if (!hoursPerWeek || !daysPerWeek || daysPerWeek < 2) return undefined;
  const perDay = Math.round((hoursPerWeek / daysPerWeek) * 2) / 2;
  return perDay >= 1 && perDay <= 12 ? perDay : undefined;
}

/**
 * Where weekly hours sit among the levels of care: under 6 is outpatient for anyone, 6 to under 9
 * reaches IOP only for teens, 9 to under 20 is IOP, 20 or more is day treatment (PHP).
 */
export function hoursBand(hours: number): HoursBand {
  if (hours < 6) return 'outpatient';
  if (hours < 9) return 'teen-iop';
  if (hours < 20) return 'iop';
  return 'php';
}
