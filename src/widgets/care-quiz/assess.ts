import {msg, str} from '@lit/localize';
import {
  askedAnswers,
  questionById,
  redFlagIds,
  type OptionId,
  type QuizAnswers,
  type RedFlagId,
} from './questions.js';

export type {QuizAnswers, RedFlagId} from './questions.js';

/**
 * The version of the rules table below. Any change to a rule, a threshold or a reason's meaning
 * gives a new version, to be signed off by the clinic's clinical lead.
 */
export const RULES_VERSION = '1.0';

/** A suggestion to ask about, from the most urgent need to the least. */
export type CareLevel =
  'urgent' | 'withdrawal-check' | 'residential-or-day' | 'iop' | 'outpatient' | 'information';

/** Every level, in rule order: the first rule that matches gives the suggestion. */
export const careLevels: readonly CareLevel[] = [
  'urgent',
  'withdrawal-check',
  'residential-or-day',
  'iop',
  'outpatient',
  'information',
];

/** The visitor's choice of AUDIT-C cut-off. */
export type CutoffChoice = OptionId<'cutoff'>;

/**
 * AUDIT-C cut-offs, as published: men 4 or more, women 3 or more (Bush 1998; Bradley 2003). When
 * the visitor prefers not to say, or did not answer, the lower cut-off (3) applies.
 */
export const auditCutoffs: Readonly<Record<CutoffChoice, number>> = {
  men: 4,
  women: 3,
  'not-say': 3,
};

/**
 * Thresholds that the sources leave to the clinic's clinical lead. They are explicit here so the
 * lead can review and sign them off; changing one needs a new `RULES_VERSION`.
 */
export const clinicalThresholds = {
  /**
   * Use of other drugs (or of medicines in ways not prescribed) at least this often counts as a
   * positive signal. It is not a validated screener: the project ships no licensed drug screener.
   */
  drugUseSignalFrom: 'monthly' as OptionId<'drugs'>,
  /**
   * Heavy daily drinking counts as withdrawal risk: AUDIT item 1 at least 4 points (4 or more times
   * a week) and item 2 at least 2 points (5 or more drinks on a typical day).
   */
  heavyDailyDrinking: {frequencyPoints: 4, typicalPoints: 2},
  /** Mental-health answers that count as significant co-occurring symptoms. */
  significantMentalHealth: ['most-days'] as readonly OptionId<'mentalHealth'>[],
  /** Home answers that count as an unsafe, using or unstable home. */
  homeNeedingMoreSupport: ['using', 'unsafe', 'unstable'] as readonly OptionId<'home'>[],
};

/** The AUDIT-C result in numbers. */
export interface AuditCResult {
  /** Total of items 1–3, 0–12. */
  score: number;
  /** Whether the score is at or above the cut-off. */
  positive: boolean;
  /** The cut-off that applied: 4 (men) or 3 (women, not given). */
  cutoff: number;
  /** Whether all three items were answered (or item 1 was "Never", which ends the screener). */
  complete: boolean;
}

/** Why a suggestion was made. */
export type ReasonId =
  | 'self-harm'
  | 'withdrawal-danger'
  | 'overdose'
  | 'withdrawal-signs'
  | 'heavy-daily'
  | 'audit-positive'
  | 'audit-negative'
  | 'drugs-often'
  | 'drugs-some'
  | 'home-using'
  | 'home-unsafe'
  | 'home-unstable'
  | 'tried-repeated'
  | 'mental-health-most-days'
  | 'tried-before'
  | 'mental-health-sometimes'
  | 'physical-health'
  | 'can-attend'
  | 'attend-not-sure'
  | 'cannot-attend'
  | 'low-needs'
  | 'commitments';

/** One reason, with its words in the current language. */
export interface CareReason {
  id: ReasonId;
  text: string;
}

/** What `assessCare()` returns. */
export interface CareAssessment {
  /** The one suggestion to ask about: the first rule that matched. */
  level: CareLevel;
  /** Whether a red flag was answered "yes" (the level is then `urgent`). */
  urgent: boolean;
  /** The plain-language reasons that led to the level, in order. */
  reasons: CareReason[];
  /** The AUDIT-C screener's own result. */
  auditC: AuditCResult;
  /** The version of the rules table used. */
  rulesVersion: string;
}

function points(answers: QuizAnswers, id: 'auditFrequency' | 'auditTypical' | 'auditSixOrMore') {
  const value = answers[id];
  const option = questionById(id).options.find((candidate) => candidate.id === value);
  return option?.points;
}

/**
 * Scores the AUDIT-C exactly as published: items 1–3 score 0–4 in answer order, total 0–12. An item
 * not answered adds nothing and leaves the result incomplete. "Never" on item 1 ends the screener
 * (items 2 and 3 score 0).
 */
export function scoreAuditC(input: QuizAnswers): AuditCResult {
  const answers = askedAnswers(input);
  const cutoff = auditCutoffs[answers.cutoff ?? 'not-say'];
  const items = [
    points(answers, 'auditFrequency'),
    points(answers, 'auditTypical'),
    points(answers, 'auditSixOrMore'),
  ];
  const neverDrinks = items[0] === 0;
  const score = neverDrinks ? 0 : items.reduce<number>((sum, item) => sum + (item ?? 0), 0);
  return {
    score,
    positive: score >= cutoff,
    cutoff,
    complete: neverDrinks || items.every((item) => item !== undefined),
  };
}

/** The red-flag questions answered "yes", in the order they are asked. */
export function redFlagsOf(answers: QuizAnswers): RedFlagId[] {
  return redFlagIds.filter((id) => answers[id] === 'yes');
}

interface Facts {
  answers: QuizAnswers;
  auditC: AuditCResult;
  /** The reasons for a positive signal (AUDIT-C, other drugs); empty when there is none. */
  signal: ReasonId[];
}

const drugOrder = questionById('drugs').options.map((option) => option.id);

function drugsAtLeast(answers: QuizAnswers, from: OptionId<'drugs'>): boolean {
  return answers.drugs !== undefined && drugOrder.indexOf(answers.drugs) >= drugOrder.indexOf(from);
}

function needsFor(answers: QuizAnswers): ReasonId[] {
  const needs: ReasonId[] = [];
  if (answers.triedBefore === 'yes') needs.push('tried-before');
  if (answers.mentalHealth === 'sometimes') needs.push('mental-health-sometimes');
  if (answers.physicalHealth === 'yes') needs.push('physical-health');
  return needs;
}

const withCommitments = (answers: QuizAnswers, reasons: ReasonId[]): ReasonId[] =>
  answers.commitments === 'yes' ? [...reasons, 'commitments'] : reasons;

const matched = (reasons: ReasonId[]) => (reasons.length ? reasons : undefined);

/** One row of the rules table. */
interface CareRule {
  level: CareLevel;
  /** The reasons when the rule matches, or `undefined`. */
  match(facts: Facts): ReasonId[] | undefined;
}

/**
 * The rules table (content reference 6.2). First match wins; scores are never averaged or added
 * across screeners. Rules 3–5 describe a person with a sign of a substance problem; without one,
 * context answers alone do not suggest a program.
 */
const careRules: readonly CareRule[] = [
  // 1. Safety gate: any red flag.
  {
    level: 'urgent',
    match: ({answers}) =>
      matched(
        redFlagsOf(answers).map((id) =>
          id === 'selfHarm'
            ? 'self-harm'
            : id === 'withdrawalDanger'
              ? 'withdrawal-danger'
              : 'overdose',
        ),
      ),
  },
  // 2. Withdrawal risk without acute danger: past withdrawal signs, or heavy daily drinking.
  {
    level: 'withdrawal-check',
    match: ({answers}) => {
      const reasons: ReasonId[] = [];
      if (answers.withdrawalSigns === 'yes') reasons.push('withdrawal-signs');
      const heavy = clinicalThresholds.heavyDailyDrinking;
      if (
        (points(answers, 'auditFrequency') ?? 0) >= heavy.frequencyPoints &&
        (points(answers, 'auditTypical') ?? 0) >= heavy.typicalPoints
      ) {
        reasons.push('heavy-daily');
      }
      return matched(reasons);
    },
  },
  // 3. Unsafe, using or unstable home, significant mental-health symptoms (both with a positive
  //    signal), or cutting down repeatedly not lasting despite outpatient care.
  {
    level: 'residential-or-day',
    match: ({answers, signal}) => {
      const reasons: ReasonId[] = [];
      if (answers.triedBefore === 'repeated') reasons.push('tried-repeated');
      if (signal.length) {
        const home = answers.home;
        if (home && clinicalThresholds.homeNeedingMoreSupport.includes(home)) {
          reasons.push(`home-${home}` as ReasonId);
        }
        const mind = answers.mentalHealth;
        if (mind && clinicalThresholds.significantMentalHealth.includes(mind)) {
          reasons.push('mental-health-most-days');
        }
      }
      return reasons.length ? withCommitments(answers, [...signal, ...reasons]) : undefined;
    },
  },
  // 4. Positive signal, can attend several days a week, stable home (rule 3 took the others), and
  //    more than low needs.
  {
    level: 'iop',
    match: ({answers, signal}) => {
      const needs = needsFor(answers);
      if (!signal.length || answers.attend === 'no' || !needs.length) return undefined;
      const attend: ReasonId = answers.attend === 'not-sure' ? 'attend-not-sure' : 'can-attend';
      return withCommitments(answers, [...signal, ...needs, attend]);
    },
  },
  // 5. Positive signal with low needs, or a person who cannot attend several days a week.
  {
    level: 'outpatient',
    match: ({answers, signal}) => {
      if (!signal.length) return undefined;
      const why: ReasonId[] =
        answers.attend === 'no' ? [...needsFor(answers), 'cannot-attend'] : ['low-needs'];
      return withCommitments(answers, [...signal, ...why]);
    },
  },
  // 6. Negative signal.
  {
    level: 'information',
    match: ({answers}) =>
      answers.drugs && answers.drugs !== 'never'
        ? ['audit-negative', 'drugs-some']
        : ['audit-negative'],
  },
];

const reasonText: Record<ReasonId, (facts: Facts) => string> = {
  'self-harm': () =>
    msg('You said you are having thoughts of hurting yourself or ending your life.', {
      id: 'quiz.reason.self-harm',
    }),
  'withdrawal-danger': () =>
    msg('You said you have had signs of dangerous withdrawal.', {
      id: 'quiz.reason.withdrawal-danger',
    }),
  overdose: () => msg('You said an overdose risk applies to you.', {id: 'quiz.reason.overdose'}),
  'withdrawal-signs': () =>
    msg(
      'You said you felt shaky, sweaty, sick or unable to sleep when you cut down or stopped. A doctor can help you stop safely.',
      {id: 'quiz.reason.withdrawal-signs'},
    ),
  'heavy-daily': () =>
    msg(
      'You said you drink 4 or more times a week, and 5 or more drinks on a typical day. Stopping suddenly after drinking this much can be dangerous. A doctor can help you stop safely.',
      {id: 'quiz.reason.heavy-daily'},
    ),
  'audit-positive': ({auditC: {score, cutoff}}) =>
    msg(
      str`Your drinking screener (AUDIT-C) score is ${score} out of 12. That is at or above the cut-off of ${cutoff}.`,
      {id: 'quiz.reason.audit-positive'},
    ),
  'audit-negative': ({auditC: {score, cutoff}}) =>
    msg(
      str`Your drinking screener (AUDIT-C) score is ${score} out of 12. That is below the cut-off of ${cutoff}.`,
      {id: 'quiz.reason.audit-negative'},
    ),
  'drugs-often': () =>
    msg(
      'You said you use other drugs, or medicines in ways not prescribed, at least once a month.',
      {id: 'quiz.reason.drugs-often'},
    ),
  'drugs-some': () =>
    msg(
      'You said you used other drugs, or medicines in ways not prescribed, less than once a month. If you are worried about it, talk to your doctor.',
      {id: 'quiz.reason.drugs-some'},
    ),
  'home-using': () =>
    msg('You said people where you live drink or use drugs.', {id: 'quiz.reason.home-using'}),
  'home-unsafe': () =>
    msg('You said you do not feel safe at home.', {id: 'quiz.reason.home-unsafe'}),
  'home-unstable': () =>
    msg('You said you do not have a steady place to live.', {id: 'quiz.reason.home-unstable'}),
  'tried-repeated': () =>
    msg(
      'You said cutting down has not lasted, more than once, even with counseling or an outpatient program.',
      {id: 'quiz.reason.tried-repeated'},
    ),
  'mental-health-most-days': () =>
    msg(
      'You said feelings like sadness, worry or stress make it very hard to get through the day, most days.',
      {id: 'quiz.reason.mental-health-most-days'},
    ),
  'tried-before': () =>
    msg('You said you tried to cut down or stop before, and it did not last.', {
      id: 'quiz.reason.tried-before',
    }),
  'mental-health-sometimes': () =>
    msg(
      'You said feelings like sadness, worry or stress sometimes get in the way. Ask whether the program also helps with mental health.',
      {id: 'quiz.reason.mental-health-sometimes'},
    ),
  'physical-health': () =>
    msg(
      'You said you have a physical health problem that needs care. Tell the program and your doctor about it.',
      {id: 'quiz.reason.physical-health'},
    ),
  'can-attend': () =>
    msg('You said you could go about 3 hours a day, 3 to 5 days a week.', {
      id: 'quiz.reason.can-attend',
    }),
  'attend-not-sure': () =>
    msg(
      'You were not sure you could go about 3 hours a day, 3 to 5 days a week. Ask about times that fit your life.',
      {id: 'quiz.reason.attend-not-sure'},
    ),
  'cannot-attend': () =>
    msg(
      'You said you could not go about 3 hours a day, 3 to 5 days a week. Outpatient counseling takes fewer hours. You can also ask whether a program meets in the evening or on weekends.',
      {id: 'quiz.reason.cannot-attend'},
    ),
  'low-needs': () =>
    msg('Your other answers did not point to needing many hours of care each week.', {
      id: 'quiz.reason.low-needs',
    }),
  commitments: () =>
    msg(
      'You said you need to keep working, studying or caring for family. Ask how care can fit around that.',
      {id: 'quiz.reason.commitments'},
    ),
};

/**
 * Suggests one level of care to ask about, from a visitor's answers, by the versioned rules table:
 * the first rule that matches wins. Pure: no DOM, no network, no storage. Unknown questions and
 * answers are ignored; a question left unanswered counts as no need.
 *
 * @example
 * assessCare({selfHarm: 'no', withdrawalDanger: 'no', overdose: 'no', auditFrequency: 'never'})
 * // → {level: 'information', urgent: false, auditC: {score: 0, positive: false, …}, …}
 */
export function assessCare(input: QuizAnswers): CareAssessment {
  const answers = askedAnswers(typeof input === 'object' && input !== null ? input : {});
  const auditC = scoreAuditC(answers);
  const signal: ReasonId[] = [];
  if (auditC.positive) signal.push('audit-positive');
  if (drugsAtLeast(answers, clinicalThresholds.drugUseSignalFrom)) signal.push('drugs-often');
  const facts: Facts = {answers, auditC, signal};
  const result = (level: CareLevel, reasons: ReasonId[]): CareAssessment => ({
    level,
    urgent: level === 'urgent',
    reasons: reasons.map((id) => ({id, text: reasonText[id](facts)})),
    auditC,
    rulesVersion: RULES_VERSION,
  });
  for (const rule of careRules) {
    const reasons = rule.match(facts);
    if (reasons) return result(rule.level, reasons);
  }
  return result('information', ['audit-negative']);
}
