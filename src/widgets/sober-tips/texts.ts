import {msg, str} from '@lit/localize';
import {formatNumber} from '../../core/locale-format.js';
import type {PlanField} from './plan.js';

/** The sober tips' words outside its views and data, read in the current language when called. */
export const tipsText = {
  planRemoved: () => msg('Removed from your plan.', {id: 'tips.plan.removed'}),
  copied: () => msg('Copied.', {id: 'tips.copied'}),
  lineCopyFailed: () =>
    msg(
      'Copying did not work in this browser. The line is selected: press Ctrl+C, or ⌘+C on a Mac, to copy it.',
      {id: 'tips.line.copy-failed'},
    ),
  lineUsed: (line: string) => msg(str`Added to your plan: ${line}`, {id: 'tips.line.used'}),
  eventsPlanned: (title: string) =>
    msg(str`Your plan is now for: ${title}`, {id: 'tips.events.planned'}),
  planEmpty: () =>
    msg('Your plan is empty. Fill in a field or add a tip first.', {id: 'tips.plan.empty'}),
  planCopyFailed: () =>
    msg(
      'Copying did not work in this browser. Your plan is selected below: press Ctrl+C, or ⌘+C on a Mac, to copy it.',
      {id: 'tips.plan.copy-failed'},
    ),
  planDateNeeded: () =>
    msg('Add the date and time of the event to save it to your calendar.', {
      id: 'tips.plan.date-needed',
    }),
  exportUnavailable: () =>
    msg(
      'That did not work, because part of this page could not load. Your plan is still here. Check your internet connection and try again, or print your plan.',
      {id: 'tips.plan.export-unavailable'},
    ),
  planSaved: (fileName: string) =>
    msg(str`Saved ${fileName}. Open the file to add the event and its reminder to your calendar.`, {
      id: 'tips.plan.saved',
    }),
  heading: () => msg('Staying alcohol-free at social events', {id: 'tips.heading'}),
  intro: () =>
    msg(
      'Most get-togethers involve alcohol. You can still go and enjoy them. A plan helps: know what might tempt you, avoid what you can, and decide how you will cope.',
      {id: 'tips.intro'},
    ),
  introPressure: () =>
    msg(
      'The pressure can be direct, like someone offering you a drink. It can also be indirect: just being around people who drink can make you want one.',
      {id: 'tips.intro-pressure'},
    ),
  disclaimer: () =>
    msg(
      'These tips are general. They are not advice for your own situation: your care team can help you make a plan that fits you.',
      {id: 'tips.disclaimer'},
    ),
};

/** The words of the plan's exports (text and calendar file). */
export const planText = {
  heading: () => msg('My plan', {id: 'tips.plan.heading'}),
  chosen: () => msg('Tips I chose:', {id: 'tips.plan.chosen'}),
  summary: () => msg('My alcohol-free plan', {id: 'tips.plan.summary'}),
  alarm: () =>
    msg('Time to read your plan and check in with your support person.', {id: 'tips.plan.alarm'}),
};

/** How many tips the plan holds, said plainly for 0, 1 and more. */
export function planCount(count: number): string {
  if (count === 0) return msg('No tips in your plan yet', {id: 'tips.plan.count-none'});
  if (count === 1) return msg('1 tip in your plan', {id: 'tips.plan.count-one'});
  return msg(str`${formatNumber(count)} tips in your plan`, {id: 'tips.plan.count'});
}

/** The label of a plan field in the current language, as in the form and the exports. */
export function planLabel(field: PlanField): string {
  switch (field) {
    case 'event':
      return msg('Event', {id: 'tips.plan.event'});
    case 'start':
      return msg('Date and time', {id: 'tips.plan.start'});
    case 'drink':
      return msg('My alcohol-free drink', {id: 'tips.plan.drink'});
    case 'support':
      return msg('Who I will text or call', {id: 'tips.plan.support'});
    case 'line':
      return msg('My line if someone offers me a drink', {id: 'tips.plan.line'});
    case 'leave':
      return msg('When I will leave', {id: 'tips.plan.leave'});
    case 'home':
      return msg('How I will get home', {id: 'tips.plan.home'});
  }
}

/** The reminder choices, in minutes before the event, with their labels. */
export function reminderChoices(): [minutes: number, label: string][] {
  return [
    [30, msg('30 minutes before', {id: 'tips.plan.remind-30'})],
    [60, msg('1 hour before', {id: 'tips.plan.remind-60'})],
    [120, msg('2 hours before', {id: 'tips.plan.remind-120'})],
    [1440, msg('1 day before', {id: 'tips.plan.remind-1440'})],
  ];
}
