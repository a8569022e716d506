import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkedState} from '../../../core/checked.js';
import {renderCrisisHelp} from '../../../core/crisis-help.js';
import {
  askedQuestions,
  questionText,
  type QuestionId,
  type QuestionText,
  type QuizAnswers,
  type WordingContext,
} from '../questions.js';
import {clinicName, disclaimer, levelText, suggestionText} from '../texts.js';
import {renderQuestionsToAsk} from './next-steps.js';
import {renderReasons} from './reasons.js';
import type {ResultContext} from './result.js';
import {renderScore, screenerName} from './score.js';

/** The visitor's answers, question by question, for the printout. */
function renderAnswers(answers: QuizAnswers, wording: WordingContext) {
  const rows = askedQuestions(answers, wording.screener).filter(
    (question) => answers[question.id] !== undefined,
  );
  return html`<h3>${msg('Your answers', {id: 'quiz.print.answers'})}</h3>
    <dl class="answers">
      ${rows.map((question) => {
        const text = questionText[question.id](wording) as QuestionText;
        const answer = answers[question.id as QuestionId] as keyof QuestionText['options'];
        return html`<dt>${text.legend}</dt>
          <dd>${text.options[answer]}</dd>`;
      })}
    </dl>`;
}

/**
 * The print summary: a clean page to take to an appointment. The reasons and the answers are
 * printed only when the visitor adds them.
 */
export function renderPrintSummary(context: ResultContext, date: string): HTMLTemplateResult {
  const {assessment, clinic} = context;
  const level = levelText[assessment.level]();
  const name = clinicName(clinic);
  const phone = clinic.phone?.text;
  const version = assessment.rulesVersion;
  const screener = screenerName(assessment);
  return html`<section class="summary" aria-labelledby="summary-heading">
    <h2 id="summary-heading" tabindex="-1" data-focus part="heading">
      ${msg('Your self-check summary', {id: 'quiz.print.title'})}
    </h2>
    <div class="no-print">
      <p>
        ${msg(
          'Print this summary, or save it as a PDF, to take to an appointment. Your reasons and answers are left out unless you add them.',
          {id: 'quiz.print.intro'},
        )}
      </p>
      <fieldset>
        <legend>${msg('Add to the printout', {id: 'quiz.print.add'})}</legend>
        <div class="choices">
          <label class="choice"
            ><input
              type="checkbox"
              name="reasons"
              ?checked=${context.printReasons}
              ${checkedState(context.printReasons)}
              @change=${context.onTogglePrint}
            />
            <span>${msg('Why we suggest this', {id: 'quiz.result.why'})}</span></label
          >
          <label class="choice"
            ><input
              type="checkbox"
              name="answers"
              ?checked=${context.printAnswers}
              ${checkedState(context.printAnswers)}
              @change=${context.onTogglePrint}
            />
            <span>${msg('My answers', {id: 'quiz.print.my-answers'})}</span></label
          >
        </div>
      </fieldset>
    </div>
    <div class="printout">
      <p class="muted">${msg(str`Self-check done on ${date}`, {id: 'quiz.print.date'})}</p>
      <p class="suggestion">${suggestionText[assessment.level]()}</p>
      <p>${disclaimer()}</p>
      ${context.printReasons ? renderReasons(assessment) : nothing}
      ${renderScore(assessment, context.answers)}
      <h3>${msg('Suggested to ask about', {id: 'quiz.print.suggested'})}</h3>
      <p><strong>${level.name}</strong>. ${level.about}</p>
      ${
        context.printAnswers
          ? renderAnswers(context.answers, {
              screener: assessment.auditC.screener,
              region: clinic.region,
            })
          : nothing
      }
      ${
        clinic.phone
          ? html`<p>${msg(str`Call ${name}: ${phone}`, {id: 'quiz.print.phone'})}</p>`
          : nothing
      }
      ${renderQuestionsToAsk(clinic.region)}
      <h3>${msg('Help, day and night', {id: 'quiz.print.help'})}</h3>
      ${renderCrisisHelp(clinic.region)}
      <p class="muted">
        ${msg(str`Screener: ${screener}. Rules version ${version}.`, {id: 'quiz.print.version-screener'})}
      </p>
    </div>
    <div class="actions no-print">
      <button part="button" @click=${context.onPrint}>
        ${msg('Print', {id: 'quiz.print.print'})}
      </button>
      <button class="secondary" part="button" @click=${context.onBack}>
        ${msg('Back to your result', {id: 'quiz.print.back'})}
      </button>
    </div>
  </section>`;
}
