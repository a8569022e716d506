import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {renderCrisisHelp} from '../../../core/crisis-help.js';
import type {ClinicDetails} from '../../../core/iop-element.js';
import type {CareAssessment} from '../assess.js';
import type {QuizAnswers, RedFlagId} from '../questions.js';
import {disclaimer, suggestionText} from '../texts.js';
import {renderContinuum} from './continuum.js';
import {renderContact, renderQuestionsToAsk} from './next-steps.js';
import {renderReasons} from './reasons.js';
import {renderScore} from './score.js';
import {renderUrgentPanel} from './urgent-panel.js';

/** What the result and the print summary show, and what their buttons do. */
export interface ResultContext {
  assessment: CareAssessment;
  flags: readonly RedFlagId[];
  /** Only the answers to the questions that were asked. */
  answers: QuizAnswers;
  clinic: ClinicDetails;
  /** The print summary's choices: add the reasons, add the answers. */
  printReasons: boolean;
  printAnswers: boolean;
  onPrintView: () => void;
  onPrint: () => void;
  onBack: () => void;
  onRestart: () => void;
  onTogglePrint: (event: Event) => void;
}

/**
 * The result, next step first: the suggestion, then what to do now (for a withdrawal check the
 * region's help, and the clinic's call and intake buttons), then the reasons, the screener's
 * score, every kind of care and the questions to ask.
 */
export function renderResult(context: ResultContext): HTMLTemplateResult {
  const {assessment, clinic} = context;
  return html`<section class="result" aria-labelledby="result-heading">
    <h2 id="result-heading" tabindex="-1" data-focus part="heading">
      ${msg('Your result', {id: 'quiz.result.title'})}
    </h2>
    ${assessment.urgent ? renderUrgentPanel(context.flags, clinic.region, 3) : nothing}
    <p class="suggestion" part="suggestion">${suggestionText[assessment.level]()}</p>
    ${
      assessment.level === 'withdrawal-check'
        ? html`<div class="now">${renderCrisisHelp(clinic.region, 'compact')}</div>`
        : nothing
    }
    ${renderContact(clinic)}
    <p>${disclaimer()}</p>
    ${renderReasons(assessment)} ${renderScore(assessment, context.answers)}
    ${
      assessment.level === 'information' && clinic.region === 'US'
        ? html`<p>
            ${msg(
              'To learn more about drinking and your health, see Rethinking Drinking, from the US National Institute on Alcohol Abuse and Alcoholism (NIAAA).',
              {id: 'quiz.result.niaaa'},
            )}
            <a href="https://www.rethinkingdrinking.niaaa.nih.gov/"
              >${msg('Rethinking Drinking', {id: 'quiz.result.niaaa-link'})}</a
            >
          </p>`
        : nothing
    }
    ${renderContinuum(assessment.level)} ${renderQuestionsToAsk(clinic.region)}
    <div class="actions">
      <button part="button" @click=${context.onPrintView}>
        ${msg('Print a summary', {id: 'quiz.result.print'})}
      </button>
      <button class="secondary" part="button" @click=${context.onBack}>
        ${msg('Change my answers', {id: 'quiz.result.change'})}
      </button>
      <button class="secondary" part="button" @click=${context.onRestart}>
        ${msg('Start over', {id: 'quiz.result.restart'})}
      </button>
    </div>
  </section>`;
}
