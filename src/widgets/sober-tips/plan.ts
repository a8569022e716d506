import {planLabel} from './texts.js';

/**
 * The visitor's personal plan for one event: its fields, its times and its filled entries, all
 * the form and its print view need. Its exports (plain text and a calendar file) are in
 * plan-export.ts, loaded only for them. Pure functions: nothing here touches the page, stores or
 * sends anything.
 */

/** The plan's text fields, in form order. */
export const planFields = ['event', 'start', 'drink', 'support', 'line', 'leave', 'home'] as const;

/** One field of the plan. */
export type PlanField = (typeof planFields)[number];

/** A personal plan: what the visitor filled in and the tips they chose. */
export interface SoberPlan {
  /** The event's name. */
  event: string;
  /** When the event starts, as a local date and time `YYYY-MM-DDTHH:mm`, or empty. */
  start: string;
  /** My alcohol-free drink. */
  drink: string;
  /** Who I will text or call. */
  support: string;
  /** My line if offered a drink. */
  line: string;
  /** When I will leave, as a local time `HH:mm`, or empty. */
  leave: string;
  /** How I will get home. */
  home: string;
  /** The chosen tips' text, in the visitor's language. */
  tips: string[];
  /** How many minutes before the event the calendar reminder goes off. */
  reminder: number;
}

/** A new, empty plan with a reminder an hour before. */
export function emptyPlan(): SoberPlan {
  return {
    event: '',
    start: '',
    drink: '',
    support: '',
    line: '',
    leave: '',
    home: '',
    tips: [],
    reminder: 60,
  };
}

/** Reads a local `YYYY-MM-DDTHH:mm[:ss]` value (as a datetime-local input gives it). */
export function localDateTime(value: string): Date | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hour, minute, second);
  const exact =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return exact && hour < 24 && minute < 60 && second < 60 ? date : undefined;
}

/** A date as a datetime-local input writes it: `YYYY-MM-DDTHH:mm`, in local time. */
export function localInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads a local `HH:mm` time as hours and minutes. */
function localTime(value: string): [number, number] | undefined {
  const parts = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  const hours = Number(parts?.[1]);
  const minutes = Number(parts?.[2]);
  return parts && hours < 24 && minutes < 60 ? [hours, minutes] : undefined;
}

/**
 * When the plan's event starts and ends. The end is the planned leaving time (on the next day
 * when it is not after the start), or an hour after the start when no leaving time is set.
 * `undefined` without a valid start.
 */
export function planTimes(plan: SoberPlan): {start: Date; end: Date} | undefined {
  const start = localDateTime(plan.start);
  if (!start) return undefined;
  const leave = localTime(plan.leave);
  const end = new Date(start);
  if (leave) {
    end.setHours(leave[0], leave[1], 0, 0);
    if (end <= start) end.setDate(end.getDate() + 1);
  } else {
    end.setHours(end.getHours() + 1);
  }
  return {start, end};
}

/** `true` when nothing is filled in and no tip is chosen. */
export function isPlanEmpty(plan: SoberPlan): boolean {
  return !plan.tips.length && planFields.every((field) => !plan[field].trim());
}

/**
 * The filled fields of the plan as `[label, value]` pairs in form order, with the date and the
 * leaving time written for `locale`.
 */
export function planEntries(plan: SoberPlan, locale: string): [label: string, value: string][] {
  const times = planTimes(plan);
  const leave = localTime(plan.leave);
  const format = (date: Date, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, options).format(date);
  const values: Record<PlanField, string> = {
    ...plan,
    start: times ? format(times.start, {dateStyle: 'full', timeStyle: 'short'}) : '',
    leave: leave ? format(new Date(2000, 0, 1, ...leave), {timeStyle: 'short'}) : '',
  };
  return planFields
    .map((field): [string, string] => [planLabel(field), values[field].trim().replace(/\s+/g, ' ')])
    .filter(([, value]) => value);
}
