import {
  askedAnswers,
  askedQuestions,
  questionById,
  redFlagIds,
  type OptionId,
  type QuestionId,
  type QuizAnswers,
  type RedFlagId,
  type Screener,
} from './questions.js';
import {validateAnswers} from './validate.js';

export type {QuizAnswers, RedFlagId, Screener} from './questions.js';

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

/** The visitor's choice of AUDIT-C cut-off (WHO items only). */
export type CutoffChoice = OptionId<'cutoff'>;

/**
 * WHO AUDIT-C cut-offs, as published: men 4 or more, women 3 or more (Bush 1998; Bradley 2003).
 * When the visitor prefers not to say, or did not answer, the lower cut-off (3) applies.
 */
export const auditCutoffs: Readonly<Record<CutoffChoice, number>> = {
  men: 4,
  women: 3,
  'not-say': 3,
};

/** The UK AUDIT-C's cut-off: 5 or more is positive, whatever the sex (content reference 3.1). */
export const ukAuditCutoff = 5;

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

/** The three AUDIT-C items, in order. */
export const auditItems = ['auditFrequency', 'auditTypical', 'auditSixOrMore'] as const;

/** The AUDIT-C result in numbers. */
export interface AuditCResult {
  /** Which version was asked. */
  screener: Screener;
  /** Total of the items answered, 0–12; a lower bound while `complete` is false. */
  score: number;
  /** Whether the score reaches the cut-off (certain even when incomplete: items only add). */
  positive: boolean;
  /** The cut-off that applied: WHO 4 (men) or 3 (women, not given); UK 5. */
  cutoff: number;
  /** Whether all three items were answered (or item 1 was "Never", which ends the screener). */
  complete: boolean;
  /** The items not answered, by number (1–3). */
  missing: number[];
}

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

/** What `assessCare()` returns. */
export interface CareAssessment {
  /** The one suggestion to ask about: the first rule that matched. */
  level: CareLevel;
  /** Whether a red flag was answered "yes" (the level is then `urgent`). */
  urgent: boolean;
  /** The reasons of the first rule that matched, in order. */
  reasons: ReasonId[];
  /**
   * Every rule that matched, in rule order, the suggestion first: later ones are needs the answers
   * also show (a withdrawal check first, and day care because the home is unsafe).
   */
  findings: CareFinding[];
  /**
   * Whether the safety questions and the AUDIT-C were all answered. An incomplete self-check
   * never suggests "information": it cannot rule a need out.
   */
  complete: boolean;
  /** The questions that must be answered for a complete result and were not. */
  missing: QuestionId[];
  /** The AUDIT-C screener's own result. */
  auditC: AuditCResult;
  /** The version of the rules table used. */
  rulesVersion: string;
}

/** Options of `assessCare()` and `scoreAuditC()`. */
export interface AssessOptions {
  /** The AUDIT-C version the answers are to: `audit-c` (WHO items, default) or `audit-c-uk`. */
  screener?: Screener;
}

function points(answers: QuizAnswers, id: (typeof auditItems)[number]) {
  const value = answers[id];
  const option = questionById(id).options.find((candidate) => candidate.id === value);
  return option?.points;
}

/**
 * Scores the AUDIT-C exactly as published: items 1–3 score 0–4 in answer order, total 0–12. An item
 * not answered adds nothing and leaves the result incomplete. "Never" on item 1 ends the screener
 * (items 2 and 3 score 0). The WHO items use the visitor's cut-off choice; the UK version 5.
 * Throws a `TypeError` for answers that are not in the question bank.
 */
export function scoreAuditC(input: QuizAnswers, options: AssessOptions = {}): AuditCResult {
  const screener = options.screener ?? 'audit-c';
  const answers = askedAnswers(validateAnswers(input, screener), screener);
  const cutoff =
    screener === 'audit-c-uk' ? ukAuditCutoff : auditCutoffs[answers.cutoff ?? 'not-say'];
  const items = auditItems.map((id) => points(answers, id));
  const neverDrinks = items[0] === 0;
  const score = neverDrinks ? 0 : items.reduce<number>((sum, item) => sum + (item ?? 0), 0);
  const missing = neverDrinks
    ? []
    : items.flatMap((item, index) => (item === undefined ? [index + 1] : []));
  return {screener, score, positive: score >= cutoff, cutoff, complete: !missing.length, missing};
}

/** The red-flag questions answered "yes", in the order they are asked. */
export function redFlagsOf(answers: QuizAnswers): RedFlagId[] {
  return redFlagIds.filter((id) => answers[id] === 'yes');
}

interface Facts {
  answers: QuizAnswers;
  auditC: AuditCResult;
  /** Whether every required question was answered. */
  complete: boolean;
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

const redFlagReason: Record<RedFlagId, ReasonId> = {
  selfHarm: 'self-harm',
  withdrawalDanger: 'withdrawal-danger',
  overdose: 'overdose',
};

/** One row of the rules table. */
interface CareRule {
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
const careRules: readonly CareRule[] = [
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

/** The safety questions and AUDIT-C items that were asked and not answered. */
function missingAnswers(answers: QuizAnswers, screener: Screener): QuestionId[] {
  const required = new Set<QuestionId>([...redFlagIds, ...auditItems]);
  return askedQuestions(answers, screener)
    .map((question) => question.id)
    .filter((id) => required.has(id) && answers[id] === undefined);
}

/**
 * Suggests one level of care to ask about, from a visitor's answers, by the versioned rules table:
 * the first rule that matches wins, and `findings` lists what later rules found too. Pure: no DOM,
 * no network, no storage.
 *
 * Strict: an unknown question, or a value that is not one of a question's answer ids, throws a
 * `TypeError` that names the question and the value. A question left unanswered counts as no need,
 * but an unanswered safety question or AUDIT-C item makes the result incomplete, and an incomplete
 * result never suggests "information".
 *
 * @example
 * assessCare({selfHarm: 'no', withdrawalDanger: 'no', overdose: 'no', auditFrequency: 'never'})
 * // → {level: 'information', urgent: false, complete: true, reasons: ['audit-negative'], …}
 * assessCare({...answers}, {screener: 'audit-c-uk'}) // the UK AUDIT-C, cut-off 5
 */
export function assessCare(input: QuizAnswers, options: AssessOptions = {}): CareAssessment {
  const screener = options.screener ?? 'audit-c';
  const answers = askedAnswers(validateAnswers(input, screener), screener);
  const auditC = scoreAuditC(answers, {screener});
  const missing = missingAnswers(answers, screener);
  const signal: ReasonId[] = [];
  if (auditC.positive) signal.push(auditC.complete ? 'audit-positive' : 'audit-positive-partial');
  if (drugsAtLeast(answers, clinicalThresholds.drugUseSignalFrom)) signal.push('drugs-often');
  const facts: Facts = {answers, auditC, complete: !missing.length, signal};
  const findings: CareFinding[] = [];
  // Rule 3 already names the signal, so the signal rules (4–7) add nothing after it.
  let signalFound = false;
  for (const rule of careRules) {
    if (rule.level === 'residential-or-day' && rule.match(facts)) signalFound = true;
    if (rule.fallback && findings.length) continue;
    if (rule.group === 'signal' && signalFound) continue;
    const reasons = rule.match(facts);
    if (!reasons) continue;
    findings.push({level: rule.level, reasons});
    if (rule.group === 'signal') signalFound = true;
  }
  const [first] = findings;
  return {
    level: first.level,
    urgent: first.level === 'urgent',
    reasons: first.reasons,
    findings,
    complete: !missing.length,
    missing,
    auditC,
    rulesVersion: RULES_VERSION,
  };
}
