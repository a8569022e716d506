import {expect} from '@open-wc/testing';
import {
  assessCare,
  auditCutoffs,
  careLevels,
  RULES_VERSION,
  scoreAuditC,
  type CareLevel,
  type QuizAnswers,
  type ReasonId,
} from '../src/widgets/care-quiz/assess.js';
import {askedQuestions, questionById, questions} from '../src/widgets/care-quiz/questions.js';
import {reasonText} from '../src/widgets/care-quiz/texts.js';
import {negative, positive, zero} from './quiz-profiles.js';

const ids = (answers: QuizAnswers) => assessCare(answers).reasons;

describe('scoreAuditC', () => {
  const itemCases: [string, 'auditFrequency' | 'auditTypical' | 'auditSixOrMore', QuizAnswers][] = [
    ['item 1', 'auditFrequency', {auditTypical: '1-2', auditSixOrMore: 'never'}],
    ['item 2', 'auditTypical', {auditFrequency: 'monthly-or-less', auditSixOrMore: 'never'}],
    ['item 3', 'auditSixOrMore', {auditFrequency: 'monthly-or-less', auditTypical: '1-2'}],
  ];
  for (const [name, id, rest] of itemCases) {
    const base = id === 'auditFrequency' ? 0 : 1;
    questionById(id).options.forEach((option, index) => {
      it(`${name}: "${option.id}" (answer ${index + 1}) scores ${index}`, () => {
        const result = scoreAuditC({...rest, [id]: option.id} as QuizAnswers);
        expect(option.points).to.equal(index);
        expect(result.score).to.equal(base + index);
        expect(result.complete).to.equal(true);
      });
    });
  }

  it('lists the published answer order for each item', () => {
    expect(questionById('auditFrequency').options.map((option) => option.id)).to.deep.equal([
      'never',
      'monthly-or-less',
      '2-4-a-month',
      '2-3-a-week',
      '4-or-more-a-week',
    ]);
    expect(questionById('auditTypical').options.map((option) => option.id)).to.deep.equal([
      '1-2',
      '3-4',
      '5-6',
      '7-9',
      '10-or-more',
    ]);
    expect(questionById('auditSixOrMore').options.map((option) => option.id)).to.deep.equal([
      'never',
      'less-than-monthly',
      'monthly',
      'weekly',
      'daily',
    ]);
  });

  it('scores the highest answers 12', () => {
    const result = scoreAuditC({
      auditFrequency: '4-or-more-a-week',
      auditTypical: '10-or-more',
      auditSixOrMore: 'daily',
    });
    expect(result.score).to.equal(12);
  });

  it('ends the screener at "Never" on item 1: items 2 and 3 score 0', () => {
    const result = scoreAuditC({
      auditFrequency: 'never',
      auditTypical: '10-or-more',
      auditSixOrMore: 'daily',
    });
    expect(result).to.deep.equal({
      screener: 'audit-c',
      score: 0,
      positive: false,
      cutoff: 3,
      complete: true,
      missing: [],
    });
  });

  it('is incomplete while an item is unanswered', () => {
    expect(scoreAuditC({auditFrequency: '2-3-a-week'}).complete).to.equal(false);
    expect(scoreAuditC({auditFrequency: '2-3-a-week'}).missing).to.deep.equal([2, 3]);
    expect(scoreAuditC({auditFrequency: '2-3-a-week'}).score).to.equal(3);
    expect(scoreAuditC({auditTypical: '3-4'}).missing).to.deep.equal([1, 3]);
  });

  const totals: [number, QuizAnswers][] = [
    [2, {auditFrequency: '2-4-a-month', auditTypical: '1-2', auditSixOrMore: 'never'}],
    [3, {auditFrequency: '2-3-a-week', auditTypical: '1-2', auditSixOrMore: 'never'}],
    [4, {auditFrequency: '2-3-a-week', auditTypical: '3-4', auditSixOrMore: 'never'}],
  ];
  const cutoffs: [QuizAnswers['cutoff'], number][] = [
    ['men', 4],
    ['women', 3],
    ['not-say', 3],
    [undefined, 3],
  ];
  for (const [total, items] of totals) {
    for (const [cutoff, expectedCutoff] of cutoffs) {
      const expected = total >= expectedCutoff;
      it(`total ${total} with cut-off choice ${cutoff ?? '(none)'} is ${expected ? 'positive' : 'negative'}`, () => {
        const result = scoreAuditC({...items, cutoff});
        expect(result.score).to.equal(total);
        expect(result.cutoff).to.equal(expectedCutoff);
        expect(result.positive).to.equal(expected);
        const level = assessCare({...positive, ...items, cutoff}).level;
        expect(level).to.equal(expected ? 'outpatient' : 'information');
      });
    }
  }

  it('uses the published cut-offs', () => {
    expect(auditCutoffs).to.deep.equal({men: 4, women: 3, 'not-say': 3});
  });
});

describe('assessCare: the rules table', () => {
  it('checks the levels in the published order', () => {
    expect(careLevels).to.deep.equal([
      'urgent',
      'withdrawal-check',
      'residential-or-day',
      'iop',
      'outpatient',
      'information',
    ]);
  });

  const flags: ['selfHarm' | 'withdrawalDanger' | 'overdose', ReasonId][] = [
    ['selfHarm', 'self-harm'],
    ['withdrawalDanger', 'withdrawal-danger'],
    ['overdose', 'overdose'],
  ];
  for (const [flag, reason] of flags) {
    it(`rule 1: "${flag}" alone overrides a zero score`, () => {
      const result = assessCare({...zero, [flag]: 'yes'});
      expect(result.level).to.equal('urgent');
      expect(result.urgent).to.equal(true);
      expect(result.auditC.score).to.equal(0);
      expect(result.reasons).to.deep.equal([reason]);
    });
    it(`rule 1: "${flag}" overrides every other rule`, () => {
      const result = assessCare({
        ...positive,
        [flag]: 'yes',
        withdrawalSigns: 'yes',
        home: 'unsafe',
        triedBefore: 'repeated',
      });
      expect(result.level).to.equal('urgent');
    });
  }

  it('rule 1 lists every red flag, in question order', () => {
    expect(ids({...zero, overdose: 'yes', selfHarm: 'yes', withdrawalDanger: 'yes'})).to.deep.equal(
      ['self-harm', 'withdrawal-danger', 'overdose'],
    );
  });

  it('is urgent only with a red flag', () => {
    for (const answers of [positive, negative, zero]) {
      expect(assessCare(answers).urgent).to.equal(false);
    }
  });

  /** Each context answer, on the positive profile with no other needs. */
  const contextCases: [Partial<QuizAnswers>, CareLevel, ReasonId[]][] = [
    [{withdrawalSigns: 'yes'}, 'withdrawal-check', ['withdrawal-signs']],
    [{withdrawalSigns: 'no'}, 'outpatient', ['audit-positive', 'low-needs']],
    [{withdrawalSigns: 'not-tried'}, 'outpatient', ['audit-positive', 'low-needs']],
    [{physicalHealth: 'yes'}, 'iop', ['audit-positive', 'physical-health', 'can-attend']],
    [{physicalHealth: 'not-sure'}, 'outpatient', ['audit-positive', 'low-needs']],
    [
      {mentalHealth: 'sometimes'},
      'iop',
      ['audit-positive', 'mental-health-sometimes', 'can-attend'],
    ],
    [
      {mentalHealth: 'most-days'},
      'residential-or-day',
      ['audit-positive', 'mental-health-most-days'],
    ],
    [{home: 'using'}, 'residential-or-day', ['audit-positive', 'home-using']],
    [{home: 'unsafe'}, 'residential-or-day', ['audit-positive', 'home-unsafe']],
    [{home: 'unstable'}, 'residential-or-day', ['audit-positive', 'home-unstable']],
    [{triedBefore: 'yes'}, 'iop', ['audit-positive', 'tried-before', 'can-attend']],
    [{triedBefore: 'repeated'}, 'residential-or-day', ['audit-positive', 'tried-repeated']],
    [{attend: 'not-sure'}, 'outpatient', ['audit-positive', 'low-needs']],
    [{attend: 'no'}, 'outpatient', ['audit-positive', 'cannot-attend']],
    [{commitments: 'yes'}, 'outpatient', ['audit-positive', 'low-needs', 'commitments']],
    [
      {triedBefore: 'yes', attend: 'not-sure'},
      'iop',
      ['audit-positive', 'tried-before', 'attend-not-sure'],
    ],
    [
      {triedBefore: 'yes', attend: 'no'},
      'outpatient',
      ['audit-positive', 'tried-before', 'cannot-attend'],
    ],
    [
      {triedBefore: 'yes', commitments: 'yes'},
      'iop',
      ['audit-positive', 'tried-before', 'can-attend', 'commitments'],
    ],
    [
      {home: 'unsafe', commitments: 'yes'},
      'residential-or-day',
      ['audit-positive', 'home-unsafe', 'commitments'],
    ],
    [{}, 'outpatient', ['audit-positive', 'low-needs']],
  ];
  for (const [change, level, reasons] of contextCases) {
    it(`positive signal with ${JSON.stringify(change)} → ${level}`, () => {
      const result = assessCare({...positive, ...change});
      expect(result.level).to.equal(level);
      expect(result.reasons).to.deep.equal(reasons);
    });
  }

  /** The same context answers without a positive signal. */
  const negativeCases: [Partial<QuizAnswers>, CareLevel][] = [
    [{}, 'information'],
    [{withdrawalSigns: 'yes'}, 'withdrawal-check'],
    [{triedBefore: 'repeated'}, 'residential-or-day'],
    [{home: 'unsafe'}, 'information'],
    [{home: 'using'}, 'information'],
    [{home: 'unstable'}, 'information'],
    [{mentalHealth: 'most-days'}, 'information'],
    [{mentalHealth: 'sometimes'}, 'information'],
    [{triedBefore: 'yes'}, 'information'],
    [{physicalHealth: 'yes'}, 'information'],
    [{attend: 'no'}, 'information'],
    [{commitments: 'yes'}, 'information'],
  ];
  for (const [change, level] of negativeCases) {
    it(`negative signal with ${JSON.stringify(change)} → ${level}`, () => {
      expect(assessCare({...negative, ...change}).level).to.equal(level);
    });
  }

  it('rule 3 without a signal lists only the repeated attempts', () => {
    expect(ids({...negative, triedBefore: 'repeated', home: 'unsafe'})).to.deep.equal([
      'tried-repeated',
    ]);
  });

  const drugCases: [QuizAnswers['drugs'], CareLevel, ReasonId[]][] = [
    ['never', 'information', ['audit-negative']],
    ['less-than-monthly', 'information', ['audit-negative', 'drugs-some']],
    ['monthly', 'outpatient', ['drugs-often', 'low-needs']],
    ['weekly', 'outpatient', ['drugs-often', 'low-needs']],
    ['daily', 'outpatient', ['drugs-often', 'low-needs']],
  ];
  for (const [drugs, level, reasons] of drugCases) {
    it(`other drugs "${drugs}" with a zero AUDIT-C → ${level}`, () => {
      expect(assessCare({...zero, drugs, withdrawalSigns: 'no'}).level).to.equal(level);
      expect(ids({...zero, drugs, withdrawalSigns: 'no'})).to.deep.equal(reasons);
    });
  }

  it('names both signals when both are positive', () => {
    expect(ids({...positive, drugs: 'weekly'})).to.deep.equal([
      'audit-positive',
      'drugs-often',
      'low-needs',
    ]);
  });

  const heavyCases: [QuizAnswers, CareLevel][] = [
    [
      {auditFrequency: '4-or-more-a-week', auditTypical: '5-6', auditSixOrMore: 'never'},
      'withdrawal-check',
    ],
    [
      {auditFrequency: '4-or-more-a-week', auditTypical: '10-or-more', auditSixOrMore: 'daily'},
      'withdrawal-check',
    ],
    [
      {auditFrequency: '4-or-more-a-week', auditTypical: '3-4', auditSixOrMore: 'daily'},
      'outpatient',
    ],
    [
      {auditFrequency: '2-3-a-week', auditTypical: '10-or-more', auditSixOrMore: 'weekly'},
      'outpatient',
    ],
  ];
  for (const [items, level] of heavyCases) {
    it(`rule 2: drinking ${items.auditFrequency}, ${items.auditTypical} drinks → ${level}`, () => {
      expect(assessCare({...positive, ...items}).level).to.equal(level);
    });
  }

  it('rule 2 names heavy daily drinking and withdrawal signs together', () => {
    expect(
      ids({
        ...positive,
        auditFrequency: '4-or-more-a-week',
        auditTypical: '5-6',
        withdrawalSigns: 'yes',
      }),
    ).to.deep.equal(['withdrawal-signs', 'heavy-daily']);
  });

  const precedence: [string, Partial<QuizAnswers>, CareLevel][] = [
    [
      'withdrawal signs over home, mental health and repeated attempts',
      {withdrawalSigns: 'yes', home: 'unsafe', mentalHealth: 'most-days', triedBefore: 'repeated'},
      'withdrawal-check',
    ],
    [
      'an unsafe home over IOP needs',
      {home: 'using', triedBefore: 'yes', mentalHealth: 'sometimes'},
      'residential-or-day',
    ],
    [
      'significant symptoms over being unable to attend',
      {mentalHealth: 'most-days', attend: 'no'},
      'residential-or-day',
    ],
    ['IOP needs over low needs', {physicalHealth: 'yes', commitments: 'yes'}, 'iop'],
  ];
  for (const [name, change, level] of precedence) {
    it(`precedence: ${name}`, () => {
      expect(assessCare({...positive, ...change}).level).to.equal(level);
    });
  }

  it('gives every reason in words, with the score and cut-off', () => {
    const result = assessCare({...positive, triedBefore: 'yes'});
    for (const id of result.reasons) expect(reasonText(id, result)).to.be.a('string').and.not.empty;
    expect(reasonText(result.reasons[0], result))
      .to.contain('4 out of 12')
      .and.contain('cut-off of 4');
  });

  it('returns the rules version and the AUDIT-C result', () => {
    const result = assessCare(positive);
    expect(result.rulesVersion).to.equal(RULES_VERSION);
    expect(result.auditC).to.deep.equal({
      screener: 'audit-c',
      score: 4,
      positive: true,
      cutoff: 4,
      complete: true,
      missing: [],
    });
    expect(result.complete).to.equal(true);
    expect(result.missing).to.deep.equal([]);
  });

  it('never says "addict" or "alcoholic" and never diagnoses', () => {
    const all: QuizAnswers = {
      ...positive,
      selfHarm: 'yes',
      withdrawalDanger: 'yes',
      overdose: 'yes',
    };
    const results = [
      assessCare(all),
      assessCare({
        ...positive,
        withdrawalSigns: 'yes',
        auditFrequency: '4-or-more-a-week',
        auditTypical: '5-6',
      }),
      assessCare({
        ...positive,
        home: 'unsafe',
        triedBefore: 'repeated',
        mentalHealth: 'most-days',
        commitments: 'yes',
      }),
      assessCare({...positive, triedBefore: 'yes', attend: 'not-sure'}),
      assessCare({...zero, drugs: 'less-than-monthly'}),
    ];
    const texts = results.flatMap((result) =>
      result.reasons.map((id) => reasonText(id, result).toLowerCase()),
    );
    for (const text of texts) {
      expect(text).not.to.match(/addict|alcoholic|abuse|diagnos|you have a/);
    }
  });
});

describe('askedQuestions', () => {
  it('asks every question by default, safety first', () => {
    const asked = askedQuestions({}).map((question) => question.id);
    expect(asked).to.deep.equal(questions.map((question) => question.id));
    expect(asked.slice(0, 3)).to.deep.equal(['selfHarm', 'withdrawalDanger', 'overdose']);
  });

  it('skips AUDIT items 2 and 3 and the cut-off for a person who never drinks', () => {
    const asked = askedQuestions({auditFrequency: 'never'}).map((question) => question.id);
    expect(asked).not.to.include.members(['auditTypical']);
    expect(asked).not.to.include('auditSixOrMore');
    expect(asked).not.to.include('cutoff');
    expect(asked).to.include('withdrawalSigns');
  });

  it('skips withdrawal signs when the person neither drinks nor uses drugs', () => {
    const asked = askedQuestions({auditFrequency: 'never', drugs: 'never'});
    expect(asked.map((question) => question.id)).not.to.include('withdrawalSigns');
    expect(asked).to.have.length(questions.length - 4);
  });
});
