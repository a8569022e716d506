import {msg, str} from '@lit/localize';
import type {Region} from './regions.js';

/** One way to reach a line: the words on the button and the link it opens. */
export interface LineContact {
  kind: 'call' | 'text' | 'chat';
  label: string;
  href: string;
}

/** A crisis or help line, with what it offers in the visitor's language. */
export interface HelpLine {
  id: string;
  name: string;
  about: string;
  contacts: LineContact[];
}

const call = (number: string, digits: string): LineContact => ({
  kind: 'call',
  label: msg(str`Call ${number}`, {id: 'lines.call'}),
  href: `tel:${digits}`,
});

const text = (words: string, digits: string): LineContact => ({
  kind: 'text',
  label: words,
  href: `sms:${digits}`,
});

const samaritans = (): HelpLine => ({
  id: 'samaritans',
  name: msg('Samaritans', {id: 'lines.samaritans.name'}),
  about: msg(
    'Free from landlines and mobiles, day and night. The call does not show on your bill.',
    {id: 'lines.samaritans.about'},
  ),
  contacts: [call('116 123', '116123')],
});

const textLine = (number: string, digits: string, keyword?: string): HelpLine => ({
  id: 'crisis-text-line',
  name: msg('Crisis Text Line', {id: 'lines.ctl.name'}),
  about: msg('Text with a trained volunteer, any time.', {id: 'lines.ctl.about'}),
  contacts: [
    text(
      keyword
        ? msg(str`Text ${keyword} to ${number}`, {id: 'lines.text-keyword'})
        : msg(str`Text ${number}`, {id: 'lines.text'}),
      digits,
    ),
  ],
});

const linesByRegion: Record<Region, () => HelpLine[]> = {
  US: () => [
    {
      id: '988',
      name: msg('988 Suicide & Crisis Lifeline', {id: 'lines.us988.name'}),
      about: msg(
        'Free and confidential, day and night, also for alcohol and drug crises. Press 2 for Spanish.',
        {id: 'lines.us988.about'},
      ),
      contacts: [
        call('988', '988'),
        text(msg('Text 988', {id: 'lines.us988.text'}), '988'),
        {
          kind: 'chat',
          label: msg('Chat online', {id: 'lines.chat'}),
          href: 'https://988lifeline.org/',
        },
      ],
    },
    {
      id: 'samhsa',
      name: msg('SAMHSA National Helpline', {id: 'lines.samhsa.name'}),
      about: msg(
        'Free, confidential help finding treatment, day and night, in English and Spanish. TTY 1-800-487-4889.',
        {id: 'lines.samhsa.about'},
      ),
      contacts: [call('1-800-662-4357', '18006624357')],
    },
    textLine('741741', '741741', 'HOME'),
  ],
  CA: () => [
    {
      id: '988',
      name: msg('9-8-8 Suicide Crisis Helpline', {id: 'lines.ca988.name'}),
      about: msg('Call or text, day and night, in English and French.', {id: 'lines.ca988.about'}),
      contacts: [call('9-8-8', '988'), text(msg('Text 9-8-8', {id: 'lines.ca988.text'}), '988')],
    },
    textLine('686868', '686868'),
  ],
  GB: () => [samaritans(), textLine('85258', '85258')],
  IE: () => [samaritans(), textLine('086 1800 280', '0861800280')],
  AU: () => [
    {
      id: 'lifeline',
      name: msg('Lifeline', {id: 'lines.lifeline.name'}),
      about: msg('Crisis support, day and night.', {id: 'lines.lifeline.about'}),
      contacts: [call('13 11 14', '131114')],
    },
  ],
};

/**
 * The crisis and help lines for a region, in the order a person in crisis should see them.
 * Numbers are those in the project's content reference; labels are in the current locale.
 */
export function helpLines(region: Region): HelpLine[] {
  return linesByRegion[region]();
}

/**
 * The emergency number for a region when it is confirmed in the content reference (US: 911).
 * Elsewhere `undefined`: the widgets then say "your local emergency number" rather than guess.
 */
export function emergencyContact(region: Region): LineContact | undefined {
  return region === 'US' ? call('911', '911') : undefined;
}
