import {planLabel, planText} from './texts.js';

/**
 * The visitor's personal plan for one event, and its exports: plain text and an RFC 5545
 * calendar event with a reminder. Pure functions: nothing here touches the page, stores or sends
 * anything.
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

/** The plan as plain text: a heading, one `Label: value` line per filled field, then the tips. */
export function planToText(plan: SoberPlan, locale: string): string {
  const lines = [planText.heading()];
  for (const [label, value] of planEntries(plan, locale)) lines.push(`${label}: ${value}`);
  if (plan.tips.length) {
    lines.push('', planText.chosen());
    for (const tip of plan.tips) lines.push(`- ${tip}`);
  }
  return lines.join('\n');
}

/** The number of bytes `character` takes in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Reverses `escapeText`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Folds a content line (RFC 5545 3.1): no line is longer than 75 octets of UTF-8, continuation
 * lines start with a space, and a character is never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  let limit = 75;
  for (const character of line) {
    const length = utf8Length(character);
    if (size + length > limit) {
      parts.push(part);
      part = '';
      size = 0;
      limit = 74;
    }
    part += character;
    size += length;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** A UTC date-time value such as `20250614T190000Z`. */
function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** A random unique id for a calendar event; works on pages without a secure context too. */
export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}@iop-widgets`;
}

/** The name of the downloaded calendar file. */
export const icsFileName = 'my-plan.ics';

/**
 * The plan as an RFC 5545 calendar with one event and a display reminder `plan.reminder`
 * minutes before it; `undefined` when the plan has no valid date and time. Lines end in CRLF,
 * text is escaped, long lines are folded.
 */
export function planToIcs(
  plan: SoberPlan,
  options: {uid: string; now: Date; locale: string},
): string | undefined {
  const times = planTimes(plan);
  if (!times) return undefined;
  const text = escapeText;
  const reminder = Math.max(0, Math.round(plan.reminder));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//iop-widgets//sober-tips//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(options.uid)}`,
    `DTSTAMP:${utc(options.now)}`,
    `DTSTART:${utc(times.start)}`,
    `DTEND:${utc(times.end)}`,
    `SUMMARY:${text(plan.event.trim() || planText.summary())}`,
    `DESCRIPTION:${text(planToText(plan, options.locale))}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-PT${reminder}M`,
    `DESCRIPTION:${text(planText.alarm())}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** One property of a parsed calendar component. */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  /** The value, unescaped as TEXT. */
  value: string;
}

/** A parsed calendar component (`VCALENDAR`, `VEVENT`, `VALARM`…). */
export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

/**
 * Parses iCalendar text (as `planToIcs` writes it) into its components: unfolds lines, splits
 * names, parameters and values, and unescapes values. Throws on unbalanced `BEGIN`/`END`.
 */
export function parseIcs(text: string): IcsComponent {
  const root: IcsComponent = {name: '', properties: [], components: []};
  const stack = [root];
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  for (const line of lines) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a content line: ${line}`);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const current = stack[stack.length - 1];
    if (name === 'BEGIN') {
      const component: IcsComponent = {name: value, properties: [], components: []};
      current.components.push(component);
      stack.push(component);
    } else if (name === 'END') {
      if (current.name !== value) throw new Error(`END:${value} does not close ${current.name}`);
      stack.pop();
    } else {
      current.properties.push({
        name,
        params: Object.fromEntries(params.map((param) => param.split('=', 2))),
        value: unescapeText(value),
      });
    }
  }
  if (stack.length !== 1 || root.components.length !== 1) throw new Error('unbalanced calendar');
  return root.components[0];
}
