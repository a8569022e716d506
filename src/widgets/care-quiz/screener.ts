import {
  askedAnswers,
  questionById,
  redFlagIds,
  type OptionId,
  type QuizAnswers,
  type RedFlagId,
  type Screener,
} from './questions.js';
import {validateAnswers} from './validate.js';

/** The AUDIT-C screener and the safety gate: scores and flags, as published. Pure. */

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

/** Options of `assessCare()` and `scoreAuditC()`. */
export interface AssessOptions {
  /** The AUDIT-C version the answers are to: `audit-c` (WHO items, default) or `audit-c-uk`. */
  screener?: Screener;
}

export function points(answers: QuizAnswers, id: (typeof auditItems)[number]) {
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
  return scoreAsked(askedAnswers(validateAnswers(input, screener), screener), screener);
}

/** Scores answers already checked and reduced to the questions asked (see `scoreAuditC`). */
export function scoreAsked(answers: QuizAnswers, screener: Screener): AuditCResult {
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
