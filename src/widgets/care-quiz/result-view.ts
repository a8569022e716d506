import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkedState} from '../../core/checked.js';
import type {ClinicDetails} from '../../core/iop-element.js';
import type {HelpRegion} from '../../core/regions.js';
import {renderCrisisHelp} from '../../core/crisis-help.js';
import {careLevels, type CareAssessment, type CareLevel} from './assess.js';
import {levelText, questionsToAsk} from './levels.js';
import {
  askedQuestions,
  questionText,
  type QuestionId,
  type QuestionText,
  type QuizAnswers,
  type RedFlagId,
  type WordingContext,
} from './questions.js';
import {reasonText, suggestionText} from './texts.js';
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

const disclaimer = () =>
  msg(
    'Only a clinician’s full assessment can recommend a level of care. This self-check is not a diagnosis.',
    {id: 'quiz.result.disclaimer'},
  );

/** The screener's name as the print summary and the score section give it. */
const screenerName = ({auditC}: CareAssessment) =>
  auditC.screener === 'audit-c-uk'
    ? msg('AUDIT-C (UK version, in units)', {id: 'quiz.result.screener-uk'})
    : msg('AUDIT-C', {id: 'quiz.result.screener-who'});

function renderAuditC(assessment: CareAssessment, answers: QuizAnswers) {
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

function renderContinuum(level: CareLevel) {
  return html`<h3>${msg('Every kind of care you can ask about', {id: 'quiz.result.continuum'})}</h3>
    <ol class="continuum" part="continuum">
      ${careLevels.map((each) => {
        const text = levelText[each]();
        const suggested = each === level;
        return html`<li
          class=${suggested ? 'suggested' : ''}
          part=${suggested ? 'level suggested' : 'level'}
          aria-current=${suggested ? 'true' : nothing}
        >
          <span class="level-name">${text.name}</span>
          ${
            suggested
              ? html`<span class="badge"
                  >${msg('Suggested for you', {id: 'quiz.result.badge'})}</span
                >`
              : nothing
          }
          <span class="level-about">${text.about}</span>
        </li>`;
      })}
    </ol>`;
}

const clinicName = (clinic: ClinicDetails) =>
  clinic.name ?? msg('our program', {id: 'quiz.clinic.default-name'});

function renderContact(clinic: ClinicDetails) {
  if (!clinic.phone && !clinic.intakeUrl) return nothing;
  const name = clinicName(clinic);
  const phone = clinic.phone?.text;
  return html`<h3>${msg(str`Talk with ${name}`, {id: 'quiz.result.talk-with'})}</h3>
    <div class="actions">
      ${
        clinic.phone
          ? html`<a class="button" part="button call" href=${clinic.phone.href}
              >${msg(str`Call ${phone}`, {id: 'quiz.result.call'})}</a
            >`
          : nothing
      }
      ${
        clinic.intakeUrl
          ? html`<a class="button secondary" part="button intake" href=${clinic.intakeUrl}
              >${msg('Start intake online', {id: 'quiz.result.intake'})}</a
            >`
          : nothing
      }
    </div>`;
}

function renderQuestionsToAsk(region: HelpRegion) {
  return html`<h3>${msg('Questions to ask when you call', {id: 'quiz.result.ask-title'})}</h3>
    <ul>
      ${questionsToAsk().map((question) => html`<li>${question}</li>`)}
    </ul>
    <p>
      ${
        region === 'US'
          ? msg(
              'If a program cannot see you within 48 hours, try another one. If there is a waiting list, ask what help you can get while you wait.',
              {id: 'quiz.result.ask-wait'},
            )
          : msg('If there is a waiting list, ask what help you can get while you wait.', {
              id: 'quiz.result.ask-wait-any',
            })
      }
    </p>`;
}

function renderReasons(assessment: CareAssessment) {
  const [, ...also] = assessment.findings;
  return html`<h3>${msg('Why we suggest this', {id: 'quiz.result.why'})}</h3>
    <ul class="reasons" part="reasons">
      ${assessment.reasons.map((id) => html`<li>${reasonText(id, assessment)}</li>`)}
    </ul>
    ${
      also.length
        ? html`<p>${msg('The self-check also found:', {id: 'quiz.result.also-found'})}</p>
            <ul class="reasons" part="reasons">
              ${also.map(
                (finding) =>
                  html`<li>
                    <strong>${levelText[finding.level]().name}.</strong>
                    ${finding.reasons
                      .filter((id) => !assessment.reasons.includes(id))
                      .map((id) => reasonText(id, assessment))
                      .join(' ')}
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
}

/** The result: suggestion, reasons, the screener's score, every kind of care, what to do next. */
export function renderResult(context: ResultContext): HTMLTemplateResult {
  const {assessment, clinic} = context;
  return html`<section class="result" part="result" aria-labelledby="result-heading">
    <h2 id="result-heading" tabindex="-1" data-focus part="heading">
      ${msg('Your result', {id: 'quiz.result.title'})}
    </h2>
    ${assessment.urgent ? renderUrgentPanel(context.flags, clinic.region, 3) : nothing}
    <p class="suggestion" part="suggestion">${suggestionText[assessment.level]()}</p>
    <p>${disclaimer()}</p>
    ${renderReasons(assessment)} ${renderAuditC(assessment, context.answers)}
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
    ${renderContinuum(assessment.level)} ${renderContact(clinic)}
    ${renderQuestionsToAsk(clinic.region)}
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
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
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
    <div class="printout" part="printout">
      <p class="muted">${msg(str`Self-check done on ${date}`, {id: 'quiz.print.date'})}</p>
      <p class="suggestion">${suggestionText[assessment.level]()}</p>
      <p>${disclaimer()}</p>
      ${context.printReasons ? renderReasons(assessment) : nothing}
      ${renderAuditC(assessment, context.answers)}
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
