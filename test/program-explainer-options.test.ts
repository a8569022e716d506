import {expect} from '@open-wc/testing';
import {
  hoursBand,
  hoursPerDay,
  parseSections,
  parseTracks,
  parseVariant,
  readSchedule,
  sectionIds,
  splitList,
  type HoursBand,
  type Schedule,
  type ScheduleSettings,
  type SectionId,
  type Setting,
  type Track,
  type Variant,
} from '../src/widgets/program-explainer/options.js';
import {captureWarnings} from './helpers.js';

/** Runs `read` and returns its result with the warnings it printed. */
async function withWarnings<T>(read: () => T): Promise<[T, string[]]> {
  let result: T | undefined;
  const warnings = await captureWarnings(async () => {
    result = read();
  });
  return [result as T, warnings];
}

describe('program explainer options', () => {
  describe('readSchedule', () => {
    // Each bad value is distinct, because a warning is printed once per distinct message.
    const cases: [ScheduleSettings, Schedule, number][] = [
      [{}, {tracks: []}, 0],
      [{hoursPerWeek: '12'}, {hoursPerWeek: 12, tracks: []}, 0],
      [{hoursPerWeek: ' 12.5 '}, {hoursPerWeek: 12.5, tracks: []}, 0],
      [{hoursPerWeek: '9,5'}, {hoursPerWeek: 9.5, tracks: []}, 0],
      [{hoursPerWeek: 15}, {hoursPerWeek: 15, tracks: []}, 0],
      [{hoursPerWeek: ''}, {tracks: []}, 0],
      [{hoursPerWeek: null}, {tracks: []}, 0],
      [{hoursPerWeek: 'lots'}, {tracks: []}, 1],
      [{hoursPerWeek: '0'}, {tracks: []}, 1],
      [{hoursPerWeek: '-3'}, {tracks: []}, 1],
      [{hoursPerWeek: '61'}, {tracks: []}, 1],
      [{hoursPerWeek: '9 hours'}, {tracks: []}, 1],
      [{hoursPerWeek: Number.NaN}, {tracks: []}, 1],
      [{daysPerWeek: '3'}, {daysPerWeek: 3, tracks: []}, 0],
      [{daysPerWeek: '7'}, {daysPerWeek: 7, tracks: []}, 0],
      [{daysPerWeek: '8'}, {tracks: []}, 1],
      [{daysPerWeek: '2.5'}, {tracks: []}, 1],
      [{daysPerWeek: 'weekdays'}, {tracks: []}, 1],
      [{programWeeks: '12'}, {programWeeks: 12, tracks: []}, 0],
      [{programWeeks: '104'}, {programWeeks: 104, tracks: []}, 0],
      [{programWeeks: '105'}, {tracks: []}, 1],
      [{programWeeks: 'a few'}, {tracks: []}, 1],
      [
        {hoursPerWeek: 'many', daysPerWeek: '4', programWeeks: '0'},
        {daysPerWeek: 4, tracks: []},
        2,
      ],
      [{tracks: 'evening weekend'}, {tracks: ['evening', 'weekend']}, 0],
      [{tracks: 'Weekend, MORNING'}, {tracks: ['morning', 'weekend']}, 0],
      [{tracks: ['afternoon', 'evening', 'evening']}, {tracks: ['afternoon', 'evening']}, 0],
      [{tracks: 'evening brunch'}, {tracks: ['evening']}, 1],
      [{tracks: 'nights'}, {tracks: []}, 1],
    ];
    for (const [settings, expected, warningCount] of cases) {
      it(`${JSON.stringify(settings)} gives ${JSON.stringify(expected)}`, async () => {
        const [schedule, warnings] = await withWarnings(() => readSchedule(settings));
        expect(schedule).to.deep.equal({
          hoursPerWeek: undefined,
          daysPerWeek: undefined,
          programWeeks: undefined,
          ...expected,
        });
        expect(warnings).to.have.length(warningCount);
        for (const warning of warnings) expect(warning).to.contain('<iop-program-explainer>');
      });
    }

    it('names the attribute and the value in its warning', async () => {
      const [, warnings] = await withWarnings(() => readSchedule({hoursPerWeek: 'heaps'}));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('hours-per-week "heaps"');
    });

    it('warns once for the same bad value read again', async () => {
      const [, warnings] = await withWarnings(() => {
        readSchedule({daysPerWeek: 'often'});
        readSchedule({daysPerWeek: 'often'});
      });
      expect(warnings).to.have.length(1);
    });
  });

  describe('parseSections', () => {
    const all = [...sectionIds];
    const cases: [Setting, SectionId[], number][] = [
      [undefined, all, 0],
      ['', all, 0],
      ['   ', all, 0],
      ['faq week what', ['faq', 'week', 'what'], 0],
      ['levels,faq', ['levels', 'faq'], 0],
      ['LEVELS', ['levels'], 0],
      [['support', 'life'], ['support', 'life'], 0],
      ['week week fit', ['week', 'fit'], 0],
      ['faq pricing week', ['faq', 'week'], 1],
      ['costs', all, 1],
    ];
    for (const [value, expected, warningCount] of cases) {
      it(`${JSON.stringify(value)} gives ${expected.join(' ')}`, async () => {
        const [sections, warnings] = await withWarnings(() => parseSections(value));
        expect(sections).to.deep.equal(expected);
        expect(warnings).to.have.length(warningCount);
      });
    }
  });

  describe('parseTracks', () => {
    const cases: [Setting, Track[]][] = [
      [undefined, []],
      ['weekend evening afternoon morning', ['morning', 'afternoon', 'evening', 'weekend']],
      ['evening;weekend', ['evening', 'weekend']],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} gives ${JSON.stringify(expected)}`, () => {
        expect(parseTracks(value)).to.deep.equal(expected);
      });
    }
  });

  describe('parseVariant', () => {
    const cases: [Setting, Variant, number][] = [
      [undefined, 'full', 0],
      ['full', 'full', 0],
      ['compact', 'compact', 0],
      [' Compact ', 'compact', 0],
      ['tiny', 'full', 1],
    ];
    for (const [value, expected, warningCount] of cases) {
      it(`${JSON.stringify(value)} gives ${expected}`, async () => {
        const [variant, warnings] = await withWarnings(() => parseVariant(value));
        expect(variant).to.equal(expected);
        expect(warnings).to.have.length(warningCount);
      });
    }
  });

  describe('splitList', () => {
    const cases: [Setting, string[]][] = [
      [null, []],
      ['a b', ['a', 'b']],
      [' a,  b ,c ', ['a', 'b', 'c']],
      [
        ['A ', ' b'],
        ['a', 'b'],
      ],
      [12, ['12']],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} gives ${JSON.stringify(expected)}`, () => {
        expect(splitList(value)).to.deep.equal(expected);
      });
    }
  });

  describe('hoursPerDay', () => {
    const cases: [Partial<Schedule>, number | undefined][] = [
      [{hoursPerWeek: 9, daysPerWeek: 3}, 3],
      [{hoursPerWeek: 10, daysPerWeek: 3}, 3.5],
      [{hoursPerWeek: 12, daysPerWeek: 5}, 2.5],
      [{hoursPerWeek: 9}, undefined],
      [{daysPerWeek: 3}, undefined],
      [{hoursPerWeek: 2, daysPerWeek: 7}, undefined],
      [{hoursPerWeek: 40, daysPerWeek: 2}, undefined],
      [{hoursPerWeek: 12, daysPerWeek: 1}, undefined],
      [{hoursPerWeek: 24, daysPerWeek: 2}, 12],
    ];
    for (const [schedule, expected] of cases) {
      it(`${JSON.stringify(schedule)} gives ${String(expected)}`, () => {
        expect(hoursPerDay({tracks: [], ...schedule})).to.equal(expected);
      });
    }
  });

  describe('hoursBand', () => {
    const cases: [number, HoursBand][] = [
      [1, 'outpatient'],
      [5.5, 'outpatient'],
      [6, 'teen-iop'],
      [8.5, 'teen-iop'],
      [9, 'iop'],
      [19.5, 'iop'],
      [20, 'php'],
      [30, 'php'],
    ];
    for (const [hours, band] of cases) {
      it(`${hours} hours a week is ${band}`, () => {
        expect(hoursBand(hours)).to.equal(band);
      });
    }
  });
});
