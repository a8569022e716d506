import {expect} from '@open-wc/testing';
import {assessCare, scoreAuditC, type QuizAnswers} from '../src/widgets/care-quiz/assess.js';
import {askedQuestions} from '../src/widgets/care-quiz/questions.js';
import {reasonText, suggestionText} from '../src/widgets/care-quiz/texts.js';
import {careLevels} from '../src/widgets/care-quiz/assess.js';
import {noFlags, positive, zero} from './quiz-profiles.js';

describe('assessCare: strict input', () => {
  const invalid: [string, unknown, RegExp][] = [
    ['null', null, /must be an object/],
    ['undefined', undefined, /must be an object/],
    ['a string', 'yes', /must be an object/],
    ['an array', [], /must be an object/],
    ['a red flag as true', {selfHarm: true}, /true \(boolean\) is not an answer to "selfHarm"/],
    ['a red flag as "Yes"', {selfHarm: 'Yes'}, /"Yes" is not an answer to "selfHarm"/],
    ['a red flag as null', {overdose: null}, /null \(object\) is not an answer to "overdose"/],
    [
      'AUDIT-C points instead of ids',
      {auditFrequency: 4, auditTypical: 4, auditSixOrMore: 4},
      /4 \(number\) is not an answer to "auditFrequency"/,
    ],
    [
      'an unknown answer',
      {auditFrequency: 'often'},
      /"often" is not an answer to "auditFrequency"/,
    ],
    ['an unknown question', {mood: 'ok'}, /"mood" is not a question/],
  ];
  for (const [name, input, message] of invalid) {
    it(`throws a TypeError for ${name}`, () => {
      expect(() => assessCare(input as QuizAnswers)).to.throw(TypeError, message);
      expect(() => scoreAuditC(input as QuizAnswers)).to.throw(TypeError, message);
    });
  }

  it('lists the accepted answers in the error', () => {
    expect(() => assessCare({selfHarm: 'Yes'} as never)).to.throw(/expected one of "yes", "no"/);
  });

  it('throws for an unknown screener', () => {
    expect(() => assessCare(positive, {screener: 'audit' as never})).to.throw(TypeError);
  });

  it('treats a question given as undefined as unanswered', () => {
    expect(assessCare({...positive, commitments: undefined}).level).to.equal('outpatient');
  });
});

describe('assessCare: incomplete answers', () => {
  const cases: [string, QuizAnswers, string[], string[]][] = [
    ['nothing answered', {}, ['safety-unanswered', 'audit-incomplete'], ['selfHarm']],
    [
      'no AUDIT-C item',
      {...noFlags, drugs: 'never'},
      ['audit-incomplete'],
      ['auditFrequency', 'auditTypical', 'auditSixOrMore'],
    ],
    [
      'AUDIT-C item 3 missing',
      {...noFlags, auditFrequency: 'monthly-or-less', auditTypical: '1-2'},
      ['audit-incomplete'],
      ['auditSixOrMore'],
    ],
    [
      'a safety question missing',
      {selfHarm: 'no', overdose: 'no', auditFrequency: 'never'},
      ['safety-unanswered'],
      ['withdrawalDanger'],
    ],
  ];
  for (const [name, answers, reasons, missing] of cases) {
    it(`${name}: never "information", and says what is missing`, () => {
      const result = assessCare(answers);
      expect(result.complete).to.equal(false);
      expect(result.level).to.equal('outpatient');
      expect(result.reasons).to.deep.equal(reasons);
      expect(result.missing).to.include.members(missing);
      const words = result.reasons.map((id) => reasonText(id, result)).join(' ');
      expect(words).not.to.contain('below the cut-off');
    });
  }

  it('names the unanswered AUDIT-C items by number', () => {
    const result = assessCare({...noFlags, auditFrequency: '2-3-a-week'});
    expect(result.auditC.missing).to.deep.equal([2, 3]);
    expect(reasonText('audit-incomplete', result)).to.contain('Questions not answered: 2 and 3.');
  });

  it('still counts a partial score that already reaches the cut-off', () => {
    const result = assessCare({...noFlags, auditFrequency: '4-or-more-a-week', cutoff: 'men'});
    expect(result.complete).to.equal(false);
    expect(result.auditC.positive).to.equal(true);
    expect(result.reasons[0]).to.equal('audit-positive-partial');
    expect(reasonText(result.reasons[0], result)).to.contain('did not answer every');
  });

  it('cites only answers that were given: no "You said you could go" without an answer', () => {
    const {attend: _attend, ...withoutAttend} = {...positive, triedBefore: 'yes' as const};
    const result = assessCare(withoutAttend);
    expect(result.level).to.equal('iop');
    expect(result.reasons).not.to.include('can-attend');
    expect(result.reasons).not.to.include('attend-not-sure');
  });
});

describe('assessCare: what every rule found', () => {
  it('lists day or residential care after a withdrawal check when the home is unsafe', () => {
    const result = assessCare({
      ...positive,
      auditFrequency: '4-or-more-a-week',
      auditTypical: '5-6',
      home: 'unsafe',
      mentalHealth: 'most-days',
    });
    expect(result.level).to.equal('withdrawal-check');
    expect(result.reasons).to.deep.equal(['heavy-daily']);
    expect(result.findings.map((finding) => finding.level)).to.deep.equal([
      'withdrawal-check',
      'residential-or-day',
    ]);
    expect(result.findings[1].reasons).to.include.members([
      'home-unsafe',
      'mental-health-most-days',
    ]);
  });

  it('lists the later needs under an urgent result too', () => {
    const result = assessCare({...positive, selfHarm: 'yes', triedBefore: 'yes'});
    expect(result.findings.map((finding) => finding.level)).to.deep.equal(['urgent', 'iop']);
  });

  it('lists one signal-based level at most', () => {
    for (const answers of [positive, {...positive, triedBefore: 'yes' as const}, zero]) {
      const levels = assessCare(answers).findings.map((finding) => finding.level);
      const signalLevels = levels.filter((level) =>
        ['iop', 'outpatient', 'information'].includes(level),
      );
      expect(signalLevels).to.have.length(1);
    }
  });
});

describe('the UK AUDIT-C (region GB)', () => {
  const totals: [number, QuizAnswers][] = [
    [4, {auditFrequency: '2-3-a-week', auditTypical: '3-4', auditSixOrMore: 'never'}],
    [5, {auditFrequency: '2-3-a-week', auditTypical: '3-4', auditSixOrMore: 'less-than-monthly'}],
  ];
  for (const [total, items] of totals) {
    for (const cutoff of ['men', 'women', undefined] as const) {
      it(`total ${total} is ${total >= 5 ? 'positive' : 'negative'} for everyone (${cutoff ?? 'no answer'})`, () => {
        const result = scoreAuditC({...items, cutoff}, {screener: 'audit-c-uk'});
        expect(result).to.include({screener: 'audit-c-uk', score: total, cutoff: 5});
        expect(result.positive).to.equal(total >= 5);
      });
    }
  }

  it('does not ask which cut-off to use', () => {
    const ids = askedQuestions({}, 'audit-c-uk').map((question) => question.id);
    expect(ids).not.to.include('cutoff');
    expect(askedQuestions({}, 'audit-c').map((question) => question.id)).to.include('cutoff');
  });
});

describe('suggestion sentences', () => {
  it('has its own natural sentence for every level', () => {
    const sentences = careLevels.map((level) => suggestionText[level]());
    expect(new Set(sentences).size).to.equal(careLevels.length);
    for (const sentence of sentences) expect(sentence).to.match(/^Based on your answers, .+\.$/);
    expect(suggestionText.information()).not.to.contain('asking about information');
  });
});
