import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  assessCare,
  careLevels,
  auditItems,
  scoreAuditC,
  type CareLevel,
  type QuizAnswers,
  type Screener,
} from '../src/widgets/care-quiz/assess.js';
import {
  questionById,
  questions,
  redFlagIds,
  type QuestionId,
} from '../src/widgets/care-quiz/questions.js';

const screeners: Screener[] = ['audit-c', 'audit-c-uk'];

/** A full set of valid answers: one of each question's ids. */
const completeAnswers = fc.record(
  Object.fromEntries(
    questions.map((question) => [
      question.id,
      fc.constantFrom(...question.options.map((o) => o.id)),
    ]),
  ) as {[Q in QuestionId]: fc.Arbitrary<string>},
) as fc.Arbitrary<QuizAnswers>;

/** How intensive a level is: 0 is the most intensive (urgent help). */
const intensity = (level: CareLevel) => careLevels.indexOf(level);

/** For each question that describes a risk, its answers from better to worse. */
const worseOrders: [QuestionId, string[]][] = [
  ...redFlagIds.map((id): [QuestionId, string[]] => [id, ['no', 'yes']]),
  ['auditFrequency', questionById('auditFrequency').options.map((o) => o.id)],
  ['auditTypical', questionById('auditTypical').options.map((o) => o.id)],
  ['auditSixOrMore', questionById('auditSixOrMore').options.map((o) => o.id)],
  ['cutoff', ['men', 'women']],
  ['cutoff', ['men', 'not-say']],
  ['drugs', questionById('drugs').options.map((o) => o.id)],
  ['withdrawalSigns', ['no', 'yes']],
  ['withdrawalSigns', ['not-tried', 'yes']],
  ['physicalHealth', ['no', 'yes']],
  ['physicalHealth', ['not-sure', 'yes']],
  ['mentalHealth', ['no', 'sometimes', 'most-days']],
  ['home', ['yes', 'using']],
  ['home', ['yes', 'unsafe']],
  ['home', ['yes', 'unstable']],
  ['triedBefore', ['no', 'yes', 'repeated']],
];

const worseChange = fc.constantFrom(...worseOrders).chain(([id, order]) =>
  fc
    .tuple(fc.nat({max: order.length - 2}), fc.nat({max: order.length - 1}))
    .filter(([from, to]) => to > from)
    .map(([from, to]) => ({id, better: order[from], worse: order[to]})),
);

describe('assessCare: properties', () => {
  for (const screener of screeners) {
    describe(screener, () => {
      it('any red flag gives urgent help, whatever else was answered', () => {
        fc.assert(
          fc.property(completeAnswers, fc.constantFrom(...redFlagIds), (answers, flag) => {
            const result = assessCare({...answers, [flag]: 'yes'}, {screener});
            return result.level === 'urgent' && result.urgent;
          }),
          {numRuns: 300},
        );
      });

      it('a worse answer never gives a less intensive level', () => {
        fc.assert(
          fc.property(completeAnswers, worseChange, (answers, {id, better, worse}) => {
            const before = assessCare({...answers, [id]: better}, {screener}).level;
            const after = assessCare({...answers, [id]: worse}, {screener}).level;
            return intensity(after) <= intensity(before);
          }),
          {numRuns: 500},
        );
      });

      it('an incomplete self-check never gives "information"', () => {
        const required: QuestionId[] = [
          ...redFlagIds,
          'auditFrequency',
          'auditTypical',
          'auditSixOrMore',
        ];
        fc.assert(
          fc.property(completeAnswers, fc.subarray(required, {minLength: 1}), (answers, left) => {
            const partial = {...answers};
            for (const id of left) delete partial[id];
            const result = assessCare(partial, {screener});
            // "Never" on item 1 ends the screener, so items 2 and 3 are not required then.
            const needed = left.filter(
              (id) =>
                partial.auditFrequency !== 'never' ||
                (id !== 'auditTypical' && id !== 'auditSixOrMore'),
            );
            if (!needed.length) return result.complete;
            return !result.complete && result.level !== 'information';
          }),
          {numRuns: 500},
        );
      });
    });
  }

  it('random invalid input always throws a TypeError', () => {
    const questionIds = questions.map((question) => question.id as string);
    const badValue = fc.oneof(
      fc.string().filter((text) => !['yes', 'no'].includes(text)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
    );
    const badEntry = fc.oneof(
      fc.tuple(fc.constantFrom(...(redFlagIds as string[])), badValue),
      fc.tuple(
        fc
          .string({minLength: 1})
          .filter((key) => !questionIds.includes(key) && key !== '__proto__'),
        fc.constantFrom('yes', 'no', 'never'),
      ),
    );
    fc.assert(
      fc.property(completeAnswers, badEntry, (answers, [key, value]) => {
        const input = {...answers, [key]: value} as QuizAnswers;
        expect(() => assessCare(input)).to.throw(TypeError);
      }),
      {numRuns: 300},
    );
  });
});

describe('scoreAuditC: every total and cut-off', () => {
  const optionsOf = (id: (typeof auditItems)[number]) => questionById(id).options;
  const whoCutoffs = [
    ['men', 4],
    ['women', 3],
    ['not-say', 3],
    [undefined, 3],
  ] as const;

  it('WHO items: every answer combination scores its points, positive at the chosen cut-off', () => {
    for (const first of optionsOf('auditFrequency').slice(1)) {
      for (const second of optionsOf('auditTypical')) {
        for (const third of optionsOf('auditSixOrMore')) {
          const total = first.points + second.points + third.points;
          for (const [cutoff, expected] of whoCutoffs) {
            const answers = {
              auditFrequency: first.id,
              auditTypical: second.id,
              auditSixOrMore: third.id,
              cutoff,
            } as QuizAnswers;
            const result = scoreAuditC(answers);
            expect(result.score).to.equal(total);
            expect(result.cutoff).to.equal(expected);
            expect(result.positive).to.equal(total >= expected);
          }
        }
      }
    }
  });

  it('UK items: every total from 1 to 12 is positive from 5, for men and women alike', () => {
    const seen = new Set<number>();
    for (const first of optionsOf('auditFrequency').slice(1)) {
      for (const second of optionsOf('auditTypical')) {
        for (const third of optionsOf('auditSixOrMore')) {
          const total = first.points + second.points + third.points;
          seen.add(total);
          for (const cutoff of ['men', 'women', undefined] as const) {
            const result = scoreAuditC(
              {
                auditFrequency: first.id,
                auditTypical: second.id,
                auditSixOrMore: third.id,
                cutoff,
              } as QuizAnswers,
              {screener: 'audit-c-uk'},
            );
            expect(result).to.include({score: total, cutoff: 5, positive: total >= 5});
          }
        }
      }
    }
    expect([...seen].sort((a, b) => a - b)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('a person who never drinks scores 0 on both versions', () => {
    for (const screener of screeners) {
      expect(scoreAuditC({auditFrequency: 'never'}, {screener})).to.include({
        score: 0,
        complete: true,
      });
    }
  });
});
