import {
  questionById,
  redFlagIds,
  type OptionId,
  type QuizAnswers,
  type RedFlagId,
} from './questions.js';
import {points, redFlagsOf, type AuditCResult} from './screener.js';

/**
 * The rules table that suggests a level of care (content reference 6.2), versioned for the clinic's
 * clinical lead to sign off. Pure: it returns ids, never words.
 */

/**
 * The version of the rules table below. Any change to a rule, a threshold or a reason's meaning
 * gives a new version, to be signed off by the clinic's clinical lead.
 */
export const RULES_VERSION = '1.1';

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
   * a week) and item 2 at least 2 points (5 or more drinks, or units, on a typical day).
   */
  heavyDailyDrinking: {frequencyPoints: 4, typicalPoints: 2},
  /** Mental-health answers that count as significant co-occurring symptoms. */
  significantMentalHealth: ['most-days'] as readonly OptionId<'mentalHealth'>[],
  /** Home answers that count as an unsafe, using or unstable home. */
  homeNeedingMoreSupport: ['using', 'unsafe', 'unstable'] as readonly OptionId<'home'>[],
};

/** Why a suggestion was made: an id the widget turns into words (see `texts.ts`). */
export type ReasonId =
  | 'self-harm'
  | 'withdrawal-danger'
  | 'overdose'
  | 'safety-unanswered'
  | 'withdrawal-signs'
  | 'heavy-daily'
  | 'audit-positive'
  | 'audit-positive-partial'
  | 'audit-negative'
  | 'audit-incomplete'
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

/** One rule that matched: the level it suggests and why. */
export interface CareFinding {
  level: CareLevel;
  reasons: ReasonId[];
}

export interface Facts {
  answers: QuizAnswers;
  auditC: AuditCResult;
  /** Whether every required question was answered. */
  complete: boolean;
  /** The reasons for a positive signal (AUDIT-C, other drugs); empty when there is none. */
  signal: ReasonId[];
}

export function drugsAtLeast(answers: QuizAnswers, from: OptionId<'drugs'>): boolean {
  const order = questionById('drugs').options.map((option) => option.id);
  return answers.drugs !== undefined && order.indexOf(answers.drugs) >= order.indexOf(from);
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

const redFlagReason: Record<RedFlagId, ReasonId> = {
  selfHarm: 'self-harm',
  withdrawalDanger: 'withdrawal-danger',
  overdose: 'overdose',
};

/** One row of the rules table. */
export interface CareRule {
  level: CareLevel;
  /**
   * Rules of the same group are alternatives: after the first match, later rules of its group add
   * nothing to the findings. Rules 4–7 all depend on the screening signal, so they form one group.
   */
  group?: 'signal';
  /** A fallback gives the suggestion only when nothing else matched; it is never an extra need. */
  fallback?: boolean;
  /** The reasons when the rule matches, or `undefined`. */
  match(facts: Facts): ReasonId[] | undefined;
}

/**
 * The rules table (content reference 6.2). First match wins; scores are never averaged or added
 * across screeners. Rules 3–5 describe a person with a sign of a substance problem; without one,
 * context answers alone do not suggest a program. Reasons cite only answers that were given.
 */
export const careRules: readonly CareRule[] = [
  // 1. Safety gate: any red flag.
  {
    level: 'urgent',
    match: ({answers}) => matched(redFlagsOf(answers).map((id) => redFlagReason[id])),
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
  // 4. Positive signal, can attend several days a week (or did not say), stable home (rule 3 took
  //    the others), and more than low needs.
  {
    level: 'iop',
    group: 'signal',
    match: ({answers, signal}) => {
      const needs = needsFor(answers);
      if (!signal.length || answers.attend === 'no' || !needs.length) return undefined;
      const attend: ReasonId[] =
        answers.attend === 'yes'
          ? ['can-attend']
          : answers.attend === 'not-sure'
            ? ['attend-not-sure']
            : [];
      return withCommitments(answers, [...signal, ...needs, ...attend]);
    },
  },
  // 5. Positive signal with low needs, or a person who cannot attend several days a week.
  {
    level: 'outpatient',
    group: 'signal',
    match: ({answers, signal}) => {
      if (!signal.length) return undefined;
      const why: ReasonId[] =
        answers.attend === 'no' ? [...needsFor(answers), 'cannot-attend'] : ['low-needs'];
      return withCommitments(answers, [...signal, ...why]);
    },
  },
  // 6. Negative signal: only when every required answer was given.
  {
    level: 'information',
    group: 'signal',
    match: ({answers, complete}) => {
      if (!complete) return undefined;
      return answers.drugs && answers.drugs !== 'never'
        ? ['audit-negative', 'drugs-some']
        : ['audit-negative'];
    },
  },
  // 7. No signal, but the self-check is incomplete: it cannot rule a need out, so a doctor's or
  //    counselor's view is the least it suggests.
  {
    level: 'outpatient',
    group: 'signal',
    fallback: true,
    match: ({auditC, answers}) => {
      const reasons: ReasonId[] = [];
      if (redFlagIds.some((id) => answers[id] === undefined)) reasons.push('safety-unanswered');
      if (!auditC.complete) reasons.push('audit-incomplete');
      if (answers.drugs && answers.drugs !== 'never') reasons.push('drugs-some');
      return reasons;
    },
  },
];
