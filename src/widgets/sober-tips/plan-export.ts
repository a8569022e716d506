import {escapeText, foldLine, utc} from './ics.js';
import {planEntries, planTimes, type SoberPlan} from './plan.js';
import {planText} from './texts.js';

/**
 * The plan's exports: plain text and an RFC 5545 calendar event with a reminder. Only a click on
 * "Copy as text" or "Add to my calendar" needs them, so the widget loads this module by itself
 * (`import()`), when the browser is idle after the first render. Pure functions: nothing here
 * touches the page, stores or sends anything.
 */

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
