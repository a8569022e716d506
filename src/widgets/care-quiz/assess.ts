import {
  askedAnswers,
  askedQuestions,
  redFlagIds,
  type QuestionId,
  type QuizAnswers,
  type Screener,
} from './questions.js';
import {
  careRules,
  clinicalThresholds,
  drugsAtLeast,
  RULES_VERSION,
  type CareFinding,
  type CareLevel,
  type Facts,
  type ReasonId,
} from './rules.js';
import {auditItems, scoreAsked, type AssessOptions, type AuditCResult} from './screener.js';
import {validateAnswers} from './validate.js';

export type {QuizAnswers, RedFlagId, Screener} from './questions.js';
export {
  careLevels,
  clinicalThresholds,
  RULES_VERSION,
  type CareFinding,
  type CareLevel,
  type ReasonId,
} from './rules.js';
export {
  auditCutoffs,
  auditItems,
  redFlagsOf,
  scoreAuditC,
  ukAuditCutoff,
  type AssessOptions,
  type AuditCResult,
  type CutoffChoice,
} from './screener.js';

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
  const auditC = scoreAsked(answers, screener);
  const missing = missingAnswers(answers, screener);
  const signal: ReasonId[] = [];
  if (auditC.positive) signal.push(auditC.complete ? 'audit-positive' : 'audit-positive-partial');
  if (drugsAtLeast(answers, clinicalThresholds.drugUseSignalFrom)) signal.push('drugs-often');
  const facts: Facts = {answers, auditC, complete: !missing.length, signal};
  const findings: CareFinding[] = [];
  // The signal rules (4–7) are alternatives: after the first of them, or after rule 3 (which
  // already names the signal), they add nothing.
  let signalNamed = false;
  for (const rule of careRules) {
    if (rule.fallback && findings.length) continue;
    if (rule.group === 'signal' && signalNamed) continue;
    const reasons = rule.match(facts);
    if (!reasons) continue;
    findings.push({level: rule.level, reasons});
    if (rule.group === 'signal' || rule.level === 'residential-or-day') signalNamed = true;
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
