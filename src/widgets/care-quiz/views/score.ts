import {html, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {CareAssessment} from '../assess.js';
import type {QuizAnswers} from '../questions.js';
import {reasonText} from '../texts.js';

/** The screener's name as the print summary and the score section give it. */
export const screenerName = ({auditC}: CareAssessment) =>
  auditC.screener === 'audit-c-uk'
    ? msg('AUDIT-C (UK version, in units)', {id: 'quiz.result.screener-uk'})
    : msg('AUDIT-C', {id: 'quiz.result.screener-who'});

/** The drinking screener's score in plain words, and what the AUDIT-C is. */
export function renderScore(assessment: CareAssessment, answers: QuizAnswers): HTMLTemplateResult {
  const {score, cutoff, complete, screener} = assessment.auditC;
  const about =
    screener === 'audit-c-uk'
      ? msg(
          'This is the UK version of the AUDIT-C, the first 3 questions of the World Health Organization’s AUDIT, counted in units. Scores go from 0 to 12. The higher the score, the higher the risk.',
          {id: 'quiz.result.audit-about-uk'},
        )
      : msg(
          'The AUDIT-C is the first 3 questions of the World Health Organization’s AUDIT. Scores go from 0 to 12. The higher the score, the higher the risk.',
          {id: 'quiz.result.audit-about'},
        );
  const result =
    answers.auditFrequency === 'never'
      ? msg('You said you never drink alcohol, so your score is 0.', {
          id: 'quiz.result.audit-never',
        })
      : !complete
        ? reasonText(
            assessment.auditC.positive ? 'audit-positive-partial' : 'audit-incomplete',
            assessment,
          )
        : assessment.auditC.positive
          ? msg(
              str`Your score is ${score}. That is at or above the cut-off of ${cutoff}, so your drinking may be risky for your health.`,
              {id: 'quiz.result.audit-positive'},
            )
          : msg(str`Your score is ${score}. That is below the cut-off of ${cutoff}.`, {
              id: 'quiz.result.audit-negative',
            });
  return html`<h3>${msg('Your drinking screener score', {id: 'quiz.result.audit-title'})}</h3>
    <p>${result} ${about}</p>`;
}
