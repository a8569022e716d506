import {expect} from '@open-wc/testing';
import {
  emptyPlan,
  isPlanEmpty,
  localDateTime,
  localInputValue,
  planEntries,
  planTimes,
  type SoberPlan,
} from '../src/widgets/sober-tips/plan.js';
import {planToIcs, planToText} from '../src/widgets/sober-tips/plan-export.js';
import {
  escapeText,
  foldLine,
  parseIcs,
  unescapeText,
  type IcsComponent,
} from '../src/widgets/sober-tips/ics.js';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', {fatal: true});

/** The physical lines of iCalendar text; throws when a line break is not CRLF. */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'every line break is CRLF').to.equal(false);
  return ics.slice(0, -2).split('\r\n');
}

/** Checks RFC 5545 folding: ≤ 75 octets per line, no character split across lines. */
function expectFolded(ics: string): void {
  for (const line of physicalLines(ics)) {
    const bytes = encoder.encode(line);
    expect(bytes.length, `"${line}" is at most 75 octets`).to.be.at.most(75);
    // A line that starts or ends inside a multi-byte character is not valid UTF-8 on its own.
    expect(() => strictDecoder.decode(bytes), `"${line}" holds whole characters`).not.to.throw();
  }
}

const plan = (fields: Partial<SoberPlan>): SoberPlan => ({...emptyPlan(), ...fields});
const property = (component: IcsComponent, name: string) =>
  component.properties.find((entry) => entry.name === name)?.value;
const utc = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

describe('plan: escapeText and unescapeText', () => {
  const cases: [string, string][] = [
    ['plain words', 'plain words'],
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two', 'line one\\nline two'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['old mac\rbreak', 'old mac\\nbreak'],
    ['\\n is not a break', '\\\\n is not a break'],
    ['all: ,;\\\n', 'all: \\,\\;\\\\\\n'],
  ];
  for (const [input, escaped] of cases) {
    it(`escapes ${JSON.stringify(input)}`, () => {
      expect(escapeText(input)).to.equal(escaped);
      expect(unescapeText(escaped)).to.equal(input.replace(/\r\n?/g, '\n'));
    });
  }
});

describe('plan: foldLine', () => {
  const cases: [string, string][] = [
    ['short ASCII', 'SUMMARY:Birthday'],
    ['exactly 75 octets', `SUMMARY:${'x'.repeat(67)}`],
    ['76 octets', `SUMMARY:${'x'.repeat(68)}`],
    ['long ASCII', `DESCRIPTION:${'word '.repeat(60)}`],
    ['accents', `SUMMARY:${'Cumpleaños de María, café y limonada. '.repeat(6)}`],
    ['emoji', `SUMMARY:${'🎉🥤🙂👍🏽 '.repeat(20)}`],
    ['CJK', `SUMMARY:${'無酒精飲料と友だち。'.repeat(12)}`],
    ['two-byte at the edge', `SUMMARY:${'x'.repeat(66)}ñññ`],
    ['four-byte at the edge', `SUMMARY:${'x'.repeat(65)}😀😀`],
  ];
  for (const [name, line] of cases) {
    it(`folds ${name} into lines of at most 75 octets without splitting characters`, () => {
      const folded = foldLine(line);
      expectFolded(`${folded}\r\n`);
      expect(folded.replace(/\r\n /g, '')).to.equal(line);
      if (encoder.encode(line).length <= 75) expect(folded).to.equal(line);
      else expect(folded).to.contain('\r\n ');
    });
  }
});

describe('plan: local dates and times', () => {
  const dates: [string, Date | undefined][] = [
    ['2030-06-14T19:00', new Date(2030, 5, 14, 19, 0)],
    ['2030-06-14T19:00:30', new Date(2030, 5, 14, 19, 0, 30)],
    ['2030-02-30T19:00', undefined],
    ['2030-06-14T24:00', undefined],
    ['2030-06-14', undefined],
    ['next Friday', undefined],
    ['', undefined],
  ];
  for (const [value, expected] of dates) {
    it(`reads "${value}"`, () => {
      expect(localDateTime(value)?.getTime()).to.equal(expected?.getTime());
    });
  }

  it('writes a date as a datetime-local input does', () => {
    expect(localInputValue(new Date(2030, 0, 5, 7, 3))).to.equal('2030-01-05T07:03');
  });

  const times: [string, string, Date | undefined, Date | undefined][] = [
    ['2030-06-14T19:00', '22:30', new Date(2030, 5, 14, 19), new Date(2030, 5, 14, 22, 30)],
    ['2030-06-14T19:00', '01:00', new Date(2030, 5, 14, 19), new Date(2030, 5, 15, 1)],
    ['2030-06-14T19:00', '19:00', new Date(2030, 5, 14, 19), new Date(2030, 5, 15, 19)],
    ['2030-06-14T19:00', '', new Date(2030, 5, 14, 19), new Date(2030, 5, 14, 20)],
    ['2030-06-14T19:00', '25:00', new Date(2030, 5, 14, 19), new Date(2030, 5, 14, 20)],
    ['', '22:00', undefined, undefined],
  ];
  for (const [start, leave, expectedStart, expectedEnd] of times) {
    it(`starts "${start}", leaves "${leave}"`, () => {
      const result = planTimes(plan({start, leave}));
      expect(result?.start.getTime()).to.equal(expectedStart?.getTime());
      expect(result?.end.getTime()).to.equal(expectedEnd?.getTime());
    });
  }
});

describe('plan: text', () => {
  it('is empty only with no field filled and no tip chosen', () => {
    expect(isPlanEmpty(emptyPlan())).to.equal(true);
    expect(isPlanEmpty(plan({drink: '   '}))).to.equal(true);
    expect(isPlanEmpty(plan({drink: 'Ginger ale'}))).to.equal(false);
    expect(isPlanEmpty(plan({tips: ['Keep a drink in hand.']}))).to.equal(false);
  });

  it('lists the filled fields with their labels, then the tips', () => {
    const text = planToText(
      plan({
        event: "Sam's  birthday",
        start: '2030-06-14T19:00',
        drink: 'Ginger ale',
        support: 'Alex, 555-0100',
        line: 'No, thanks!',
        leave: '21:30',
        home: 'I drive myself',
        tips: ['First tip.', 'Second tip.'],
      }),
      'en-US',
    );
    const when = new Intl.DateTimeFormat('en-US', {dateStyle: 'full', timeStyle: 'short'});
    const time = new Intl.DateTimeFormat('en-US', {timeStyle: 'short'});
    expect(text.split('\n')).to.deep.equal([
      'My plan',
      "Event: Sam's birthday",
      `Date and time: ${when.format(new Date(2030, 5, 14, 19))}`,
      'My alcohol-free drink: Ginger ale',
      'Who I will text or call: Alex, 555-0100',
      'My line if someone offers me a drink: No, thanks!',
      `When I will leave: ${time.format(new Date(2030, 5, 14, 21, 30))}`,
      'How I will get home: I drive myself',
      '',
      'Tips I chose:',
      '- First tip.',
      '- Second tip.',
    ]);
    expect(text).to.contain('Friday, June 14, 2030');
  });

  it('leaves out empty fields and writes dates in the given locale', () => {
    const entries = planEntries(plan({start: '2030-06-14T19:00', drink: 'Agua con gas'}), 'es');
    expect(entries.map(([label]) => label)).to.deep.equal([
      'Date and time',
      'My alcohol-free drink',
    ]);
    expect(entries[0][1]).to.equal(
      new Intl.DateTimeFormat('es', {dateStyle: 'full', timeStyle: 'short'}).format(
        new Date(2030, 5, 14, 19),
      ),
    );
    expect(entries[0][1]).to.contain('junio');
  });
});

describe('plan: calendar file', () => {
  const now = new Date(Date.UTC(2030, 4, 1, 12, 0, 0));
  const options = {uid: 'abc123@iop-widgets', now, locale: 'en-US'};

  it('needs a date and time', () => {
    expect(planToIcs(plan({event: 'Party'}), options)).to.equal(undefined);
    expect(planToIcs(plan({event: 'Party', start: 'soon'}), options)).to.equal(undefined);
  });

  const cases: [string, Partial<SoberPlan>][] = [
    ['a plain plan', {event: 'Office party', drink: 'Soda water with lime'}],
    [
      'commas, semicolons and backslashes',
      {event: 'Dinner, drinks; games \\ more', line: 'No, thanks; really'},
    ],
    ['line breaks', {event: 'Two\nlines', home: 'Bus 12\r\nthen walk'}],
    ['accents', {event: 'Cumpleaños de María', drink: 'Limonada con menta, sin azúcar'}],
    ['emoji', {event: '🎉 Party 🎉', drink: '🥤 ginger ale 🍋', support: 'Mom 👩🏽‍🦱'}],
    ['CJK', {event: '忘年会', drink: 'ウーロン茶', home: '电车回家，十点前'}],
    [
      'a long plan',
      {
        event: 'Wedding '.repeat(20),
        support: 'Sam '.repeat(40),
        tips: ['A tip, with a comma; and more.', 'x'.repeat(300)],
      },
    ],
  ];
  for (const [name, fields] of cases) {
    it(`parses back to the same fields: ${name}`, () => {
      const input = plan({start: '2030-06-14T19:00', leave: '22:15', reminder: 120, ...fields});
      const ics = planToIcs(input, options)!;
      expectFolded(ics);
      const calendar = parseIcs(ics);
      expect(calendar.name).to.equal('VCALENDAR');
      expect(property(calendar, 'VERSION')).to.equal('2.0');
      expect(property(calendar, 'PRODID')).to.be.a('string');
      const [event] = calendar.components;
      expect(event.name).to.equal('VEVENT');
      expect(property(event, 'UID')).to.equal('abc123@iop-widgets');
      expect(property(event, 'DTSTAMP')).to.equal('20300501T120000Z');
      expect(property(event, 'DTSTART')).to.equal(utc(new Date(2030, 5, 14, 19, 0)));
      expect(property(event, 'DTEND')).to.equal(utc(new Date(2030, 5, 14, 22, 15)));
      expect(property(event, 'SUMMARY')).to.equal(input.event.trim());
      expect(property(event, 'DESCRIPTION')).to.equal(planToText(input, 'en-US'));
      const [alarm] = event.components;
      expect(alarm.name).to.equal('VALARM');
      expect(property(alarm, 'ACTION')).to.equal('DISPLAY');
      expect(property(alarm, 'TRIGGER')).to.equal('-PT120M');
      expect(property(alarm, 'DESCRIPTION')).to.be.a('string').with.length.above(0);
    });
  }

  it('escapes special characters in the file itself', () => {
    const ics = planToIcs(plan({start: '2030-06-14T19:00', event: 'a,b;c\\d\ne'}), options)!;
    expect(ics).to.contain('SUMMARY:a\\,b\\;c\\\\d\\ne\r\n');
  });

  it('names the plan when the event has no name', () => {
    const ics = planToIcs(plan({start: '2030-06-14T19:00'}), options)!;
    expect(property(parseIcs(ics).components[0], 'SUMMARY')).to.equal('My alcohol-free plan');
  });

  it('refuses unbalanced calendars', () => {
    expect(() => parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n')).to.throw();
    expect(() => parseIcs('BEGIN:VCALENDAR\r\n')).to.throw();
    expect(() => parseIcs('no colon here\r\n')).to.throw();
  });
});
