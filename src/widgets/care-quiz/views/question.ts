import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkedState} from '../../../core/checked.js';
import {submitButton} from '../../../core/submit-button.js';
import {quizText} from '../announcements.js';
import {
  questionText,
  sectionLabel,
  type Question,
  type QuestionText,
  type WordingContext,
} from '../questions.js';

/** What one question step shows, and what its controls do. */
export interface QuestionContext {
  question: Question;
  /** The question's number, from 1. */
  index: number;
  /** How many questions this visitor is asked. */
  total: number;
  /** The answer chosen so far. */
  value: string | undefined;
  /** Whether Next was pressed without an answer. */
  showError: boolean;
  /** Whether "See my result" was pressed, and the result's code could not load. */
  unavailable: boolean;
  /** Whether "See my result" was pressed and the result's code is still loading. */
  preparing: boolean;
  /** The screener version and region the words depend on. */
  wording: WordingContext;
  onBack: () => void;
  onChoose: (event: Event) => void;
  onNext: (event: Event) => void;
}

/** "Question 3 of 12", shown above the question and announced. */
export function progressText(index: number, total: number): string {
  return msg(str`Question ${index} of ${total}`, {id: 'quiz.progress'});
}

/**
 * The meter's fill, bound to the `style` property: assigning it sets `cssText` through the CSSOM,
 * which a strict Content-Security-Policy (`style-src` without `'unsafe-inline'`) allows, where a
 * `style` attribute in the markup is blocked.
 */
const fillTo = (percent: number) => `inline-size:${percent}%`;

/**
 * One question: Back and the progress, the section, then a fieldset whose legend is the step's
 * heading, native radios, and an error linked by `aria-describedby` when Next finds no answer.
 */
export function renderQuestion(context: QuestionContext): HTMLTemplateResult {
  const {question, index, total, value, showError, unavailable} = context;
  const last = index === total;
  const preparing = last && context.preparing;
  const text = questionText[question.id](context.wording) as QuestionText;
  const hasHint = Boolean(text.hint || text.list);
  const describedBy = [hasHint ? 'hint' : '', showError || unavailable ? 'error' : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="step-top">
      <button class="link" part="button" @click=${context.onBack}>
        ${msg('Back', {id: 'quiz.back'})}
      </button>
      <p class="progress" part="progress">${progressText(index, total)}</p>
    </div>
    <div class="meter" aria-hidden="true">
      <span .style=${fillTo((index / total) * 100)}></span>
    </div>
    <p class="section">${sectionLabel(question.section)}</p>
    <form @submit=${context.onNext} novalidate>
      <fieldset part="question" aria-describedby=${describedBy || nothing}>
        <legend><h2 tabindex="-1" data-focus part="heading">${text.legend}</h2></legend>
        ${
          hasHint
            ? html`<div id="hint" class="hint">
                ${
                  text.list
                    ? html`<ul>
                        ${text.list.map((item) => html`<li>${item}</li>`)}
                      </ul>`
                    : nothing
                }
                ${text.hint ? html`<p>${text.hint}</p>` : nothing}
              </div>`
            : nothing
        }
        <div class="choices">
          ${question.options.map(
            (option) =>
              html`<label class="choice" part="option">
                <input
                  type="radio"
                  name=${question.id}
                  .value=${option.id}
                  ?checked=${value === option.id}
                  ${checkedState(value === option.id)}
                  aria-invalid=${showError ? 'true' : nothing}
                  @change=${context.onChoose}
                />
                <span>${(text.options as Record<string, string>)[option.id]}</span>
              </label>`,
          )}
        </div>
        <p id="error" class="error" part="error" role="alert">
          ${
            showError
              ? msg('Choose one of the answers above to go on.', {id: 'quiz.error.required'})
              : unavailable
                ? msg(
                    'That did not work, because part of this page could not load. Your answers are still here. Check your internet connection and try again.',
                    {id: 'quiz.error.unavailable'},
                  )
                : nothing
          }
        </p>
      </fieldset>
      ${submitButton(
        preparing
          ? quizText.preparing()
          : last
            ? msg('See my result', {id: 'quiz.see-result'})
            : msg('Next', {id: 'quiz.next'}),
        preparing,
      )}
    </form>`;
}
