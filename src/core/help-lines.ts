import {msg, str} from '@lit/localize';
import {isolate} from './bidi.js';
import type {HelpRegion, Region} from './regions.js';

/**
 * The crisis and help lines of every supported region, as data. Every number comes from the
 * project's content reference (section 5), with its source beside it; re-check each on its
 * owner's page before a release and update the date in the README's region table.
 */

/** One way to reach a line: the words on the link and where it goes. */
export interface LineContact {
  /** `call` and `text` open the phone (`tel:`, `sms:`); `web` opens a page in a new tab. */
  kind: 'call' | 'text' | 'web';
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

/** The help a region offers: its emergency numbers first, then its lines. */
export interface RegionHelp {
  /** The emergency numbers as people say them, the usual one first; empty when unknown. */
  emergency: string[];
  lines: HelpLine[];
}

/** The international directory shown where the region is unknown. */
export const helplineDirectory = 'https://findahelpline.com/';

/** A `tel:` link labelled "Call <number>". */
export const callContact = (number: string): LineContact => ({
  kind: 'call',
  label: msg(str`Call ${isolate(number)}`, {id: 'lines.call'}),
  href: `tel:${number.replace(/[^\d+]/g, '')}`,
});

const textContact = (label: string, number: string): LineContact => ({
  kind: 'text',
  label,
  href: `sms:${number.replace(/[^\d+]/g, '')}`,
});

const textNumber = (number: string) =>
  textContact(msg(str`Text ${isolate(number)}`, {id: 'lines.text'}), number);

const textKeyword = (keyword: string, number: string) =>
  textContact(
    msg(str`Text ${isolate(keyword)} to ${isolate(number)}`, {id: 'lines.text-keyword'}),
    number,
  );

const webContact = (label: string, href: string): LineContact => ({kind: 'web', label, href});

// Samaritans, UK and Ireland: 116 123, free, 24/7, not on the bill.
// Source: https://www.samaritans.org/how-we-can-help/contact-samaritan/
const samaritans = (): HelpLine => ({
  id: 'samaritans',
  name: msg('Samaritans', {id: 'lines.samaritans.name'}),
  about: msg(
    'Free from landlines and mobiles, day and night. The call does not show on your bill.',
    {id: 'lines.samaritans.about'},
  ),
  contacts: [callContact('116 123')],
});

const helpByRegion: Record<Region, () => RegionHelp> = {
  US: () => ({
    // 911: immediate danger or a medical emergency. Source: Wyoming 988 page (content ref. 4).
    emergency: ['911'],
    lines: [
      // 988: call, text or chat; substance-use crises too; press 2 for Spanish.
      // Source: https://familyandcaregivertoolkit.org/988-crisis-lifeline
      {
        id: 'us-988',
        name: msg('988 Suicide & Crisis Lifeline', {id: 'lines.us988.name'}),
        about: msg(
          'Free and confidential, day and night, also for alcohol and drug crises. Press 2 for Spanish.',
          {id: 'lines.us988.about'},
        ),
        contacts: [
          callContact('988'),
          textNumber('988'),
          webContact(msg('Chat online', {id: 'lines.chat'}), 'https://988lifeline.org/'),
        ],
      },
      // SAMHSA National Helpline 1-800-662-4357, TTY 1-800-487-4889.
      // Source: https://www.samhsa.gov/find-help/national-helpline
      {
        id: 'samhsa',
        name: msg('SAMHSA National Helpline', {id: 'lines.samhsa.name'}),
        about: msg(
          'Free, confidential help finding treatment, day and night, in English and Spanish. TTY 1-800-487-4889.',
          {id: 'lines.samhsa.about'},
        ),
        contacts: [callContact('1-800-662-4357')],
      },
      // Crisis Text Line: text HOME to 741741; trained volunteers. Source: CTL (content ref.).
      {
        id: 'crisis-text-line',
        name: msg('Crisis Text Line', {id: 'lines.ctl.name'}),
        about: msg('Text with a trained volunteer, any time.', {id: 'lines.ctl.about'}),
        contacts: [textKeyword('HOME', '741741')],
      },
    ],
  }),
  CA: () => ({
    // 911: "9-8-8 does not replace 911". Source: Government of Canada 9-8-8 launch (newswire.ca).
    emergency: ['911'],
    lines: [
      // 9-8-8: call or text, English and French, 24/7, since Nov 30, 2023. Source: newswire.ca
      {
        id: 'ca-988',
        name: msg('9-8-8 Suicide Crisis Helpline', {id: 'lines.ca988.name'}),
        about: msg('Call or text, day and night, in English and French.', {
          id: 'lines.ca988.about',
        }),
        contacts: [callContact('9-8-8'), textNumber('9-8-8')],
      },
      // Kids Help Phone: text CONNECT to 686868; labelled for young people (adults: unconfirmed).
      // Source: CTL (content ref.), [V-weak].
      {
        id: 'kids-help-phone',
        name: msg('Kids Help Phone', {id: 'lines.khp.name'}),
        about: msg('A text line for young people, day and night.', {id: 'lines.khp.about'}),
        contacts: [textKeyword('CONNECT', '686868')],
      },
    ],
  }),
  GB: () => ({
    // 999, or 112: "always call 999 if your life is at imminent risk". Source: Shout FAQ.
    emergency: ['999', '112'],
    lines: [
      samaritans(),
      // Shout: text SHOUT to 85258, free, 24/7, the UK partner of Crisis Text Line.
      // Source: CTL (content ref.); Shout FAQ.
      {
        id: 'shout',
        name: msg('Shout', {id: 'lines.shout.name'}),
        about: msg('A free text line, day and night.', {id: 'lines.shout.about'}),
        contacts: [textKeyword('SHOUT', '85258')],
      },
      // NHS 111: urgent help that is not an emergency (England, Wales; Scotland: NHS 24 on 111).
      // Source: NHS (content ref. 5).
      {
        id: 'nhs-111',
        name: msg('NHS 111', {id: 'lines.nhs111.name'}),
        about: msg(
          'Urgent medical help when it is not an emergency. In Scotland, NHS 24 answers on 111.',
          {id: 'lines.nhs111.about'},
        ),
        contacts: [callContact('111')],
      },
    ],
  }),
  IE: () => ({
    // 112 or 999: both work in Ireland. Source: HSE (press: "emergency numbers 999 or 112").
    emergency: ['112', '999'],
    lines: [
      samaritans(),
      // HSE text line 50808, free, 24/7, mental health crises; the keyword HELLO is [V-weak], so
      // it is offered softly. Source: HSE, as reported by KCLR 2025.
      {
        id: 'ie-50808',
        name: msg('50808 text line', {id: 'lines.ie50808.name'}),
        about: msg(
          'A free text service from the HSE, day and night, for a mental health crisis. You can start with the word HELLO.',
          {id: 'lines.ie50808.about'},
        ),
        contacts: [textNumber('50808')],
      },
    ],
  }),
  AU: () => ({
    // 000: "If you are in immediate danger call 000". Source: Lifeline FAQ.
    emergency: ['000'],
    lines: [
      // Lifeline 13 11 14; text 0477 13 11 14 (24/7 since Feb 2022); chat at lifeline.org.au.
      // Source: https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7
      {
        id: 'lifeline',
        name: msg('Lifeline', {id: 'lines.lifeline.name'}),
        about: msg('Crisis support by phone, text or chat, day and night.', {
          id: 'lines.lifeline.about-all',
        }),
        contacts: [
          callContact('13 11 14'),
          textNumber('0477 13 11 14'),
          webContact(msg('Chat online', {id: 'lines.chat'}), 'https://www.lifeline.org.au/'),
        ],
      },
    ],
  }),
};

/**
 * The emergency numbers and crisis lines for a region, in the order a person in crisis should
 * see them, with labels in the current locale. An unknown region (`null`) has none: the widgets
 * then name the local emergency number and link the international directory.
 */
export function helpFor(region: HelpRegion): RegionHelp {
  return region ? helpByRegion[region]() : {emergency: [], lines: []};
}
