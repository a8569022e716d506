import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {live} from 'lit/directives/live.js';
import {styleMap} from 'lit/directives/style-map.js';
import {msg, str} from '@lit/localize';
import {Announcer} from '../../core/announce.js';
import {controlStyles} from '../../core/controls.styles.js';
import {IopElement} from '../../core/iop-element.js';
import {safeUrl} from '../../core/links.js';
import {getLocale} from '../../localization/localization.js';
import {assessCare, redFlagsOf, type CareLevel} from './assess.js';
import {careQuizStyles} from './care-quiz.styles.js';
import {
  askedAnswers,
  askedQuestions,
  questionText,
  sectionLabel,
  type QuestionText,
  type QuizAnswers,
  type RedFlagId,
} from './questions.js';
import {renderPrintSummary, renderResult, type ResultContext} from './result-view.js';
import {renderHelpNow, renderUrgentPanel} from './urgent-panel.js';

/** The detail of `iop-quiz-step`: the question now shown (from 1) and how many there are. */
export interface QuizStepDetail {
  index: number;
  total: number;
}

/** The detail of `iop-quiz-complete`; `answers` only with `share-answers`. */
export interface QuizCompleteDetail {
  level: CareLevel;
  urgent: boolean;
  answers?: QuizAnswers;
}

type View = 'start' | 'question' | 'urgent' | 'result' | 'print';

/**
 * A private two-minute self-check that suggests which level of care to ask about. Safety questions
 * come first: any "yes" shows the region's crisis lines at once. Then the AUDIT-C (scored as
 * published), other drugs and context questions. The result names one suggestion, the reasons,
 * and the whole continuum of care; it never diagnoses and is never gated behind contact details.
 * Answers stay in the page's memory: no network request, cookie or storage.
 *
 * @summary Private care-level self-check: safety first, AUDIT-C, a suggestion to ask about.
 * @tag iop-care-quiz
 * @fires iop-quiz-start - `{}` The visitor started the self-check.
 * @fires iop-quiz-step - `{index: number, total: number}` A question is shown (`index` from 1).
 * @fires iop-quiz-complete - `{level: CareLevel, urgent: boolean, answers?: QuizAnswers}` The result is shown; `answers` only with `share-answers`.
 * @csspart base - The widget's box.
 * @csspart toolbar - The bar with "Need help now?" and "Quick exit", the same on every step.
 * @csspart help-button - The "Need help now?" button.
 * @csspart help - The crisis lines it opens.
 * @csspart exit-button - The "Quick exit" button.
 * @csspart heading - The heading of the current step.
 * @csspart progress - "Question 3 of 12".
 * @csspart question - The fieldset of the current question.
 * @csspart option - One answer.
 * @csspart error - The message when Next is pressed without an answer.
 * @csspart button - Every action button.
 * @csspart urgent - The urgent-help panel.
 * @csspart lines - The list of crisis and help lines.
 * @csspart result - The result.
 * @csspart suggestion - The sentence naming the suggestion.
 * @csspart continuum - The list of every kind of care.
 * @csspart suggested - The suggested entry in that list.
 * @csspart summary - The print summary.
 * @cssprop [--iop-quiz-max-width=44rem] - The widest the self-check grows.
 * @cssprop [--iop-color-accent=#0b6660] - Buttons, links, the progress bar and the suggestion.
 * @cssprop [--iop-color-urgent-surface=#fdeceb] - Background of the urgent-help panel.
 * @cssprop [--iop-color-danger=#a4161a] - Errors and the urgent panel's edge.
 * @example
 * <iop-care-quiz clinic-name="Harbor Recovery" phone="+1 555 010 4477"
 *   intake-url="https://harbor.example/intake" region="US"
 *   exit-url="https://www.example.com/"></iop-care-quiz>
 */
export class IopCareQuiz extends IopElement {
  static override styles = [...IopElement.styles, controlStyles, careQuizStyles];

  /** Adds the visitor's answers to `iop-quiz-complete`, and tells the visitor so. Off by default. */
  @property({type: Boolean, attribute: 'share-answers'}) shareAnswers = false;

  /** The page Quick exit opens, replacing this one in the history; without it, answers are cleared. */
  @property({attribute: 'exit-url'}) exitUrl?: string;

  @state() private view: View = 'start';
  @state() private position = 0;
  @state() private answers: QuizAnswers = {};
  @state() private showError = false;
  @state() private helpOpen = false;
  @state() private urgentFlag?: RedFlagId;
  @state() private printReasons = false;
  @state() private printAnswers = false;
  private readonly announcer = new Announcer(this);

  /** Leaves the page for `url` so that Back does not return here. */
  protected leave(url: string): void {
    location.replace(url);
  }

  /** Opens the browser's print dialog. */
  protected openPrintDialog(): void {
    window.print();
  }

  private async show(view: View, announcement?: string) {
    this.view = view;
    this.showError = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    if (announcement) this.announcer.announce(announcement);
  }

  private showQuestion(position: number) {
    const total = askedQuestions(this.answers).length;
    this.position = position;
    void this.show('question', this.progressText(position + 1, total));
    this.emit('iop-quiz-step', {index: position + 1, total});
  }

  private clear() {
    this.answers = {};
    this.position = 0;
    this.urgentFlag = undefined;
    this.helpOpen = false;
    this.printReasons = false;
    this.printAnswers = false;
  }

  private onStart = () => {
    this.emit('iop-quiz-start', {});
    this.showQuestion(0);
  };

  private onChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.answers = {...this.answers, [input.name]: input.value};
    this.showError = false;
  };

  private onNext = (event: Event) => {
    event.preventDefault();
    const question = askedQuestions(this.answers)[this.position];
    const answer = this.answers[question.id];
    if (answer === undefined) {
      this.showError = true;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus(),
      );
      return;
    }
    if ('redFlag' in question && answer === 'yes') {
      this.urgentFlag = question.id;
      void this.show('urgent');
      return;
    }
    this.onContinue();
  };

  private onContinue = () => {
    if (this.position + 1 < askedQuestions(this.answers).length) {
      this.showQuestion(this.position + 1);
      return;
    }
    const answers = askedAnswers(this.answers);
    const assessment = assessCare(answers);
    void this.show('result', msg('Your result is ready.', {id: 'quiz.result.ready'}));
    const detail: QuizCompleteDetail = {level: assessment.level, urgent: assessment.urgent};
    if (this.shareAnswers) detail.answers = answers;
    this.emit('iop-quiz-complete', detail);
  };

  private onBack = () => {
    if (this.view === 'urgent') void this.show('question');
    else if (this.view === 'print') void this.show('result');
    else if (this.view === 'result') this.showQuestion(askedQuestions(this.answers).length - 1);
    else if (this.position === 0) void this.show('start');
    else this.showQuestion(this.position - 1);
  };

  private onRestart = () => {
    this.clear();
    void this.show('start');
  };

  private onQuickExit = () => {
    this.clear();
    const url = safeUrl(this.exitUrl, '<iop-care-quiz> exit-url');
    if (url) {
      this.view = 'start';
      this.leave(url);
      return;
    }
    void this.show('start', msg('Your answers are cleared.', {id: 'quiz.exit.cleared'}));
  };

  private onToggleHelp = () => {
    this.helpOpen = !this.helpOpen;
  };

  private onTogglePrint = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'reasons') this.printReasons = input.checked;
    else this.printAnswers = input.checked;
  };

  private onPrintView = () => void this.show('print');

  private onPrint = () => this.openPrintDialog();

  private progressText(index: number, total: number) {
    return msg(str`Question ${index} of ${total}`, {id: 'quiz.progress'});
  }

  override render() {
    return html`<div class="base" part="base">
      ${this.renderToolbar()}
      <div class="step">${this.renderView()}</div>
      ${this.announcer.render()}
    </div>`;
  }

  private renderToolbar() {
    const region = this.clinic.region;
    const leaves = Boolean(this.exitUrl?.trim());
    return html`<div class="toolbar" part="toolbar">
        <button
          class="secondary"
          part="help-button"
          aria-expanded=${this.helpOpen ? 'true' : 'false'}
          aria-controls="help-now"
          @click=${this.onToggleHelp}
        >
          ${msg('Need help now?', {id: 'quiz.help.button'})}
        </button>
        <button
          class="secondary exit"
          part="exit-button"
          aria-describedby="exit-about"
          @click=${this.onQuickExit}
        >
          ${msg('Quick exit', {id: 'quiz.exit.button'})}
        </button>
        <span id="exit-about" class="visually-hidden"
          >${
            leaves
              ? msg('Clears your answers and leaves this page.', {id: 'quiz.exit.about-leave'})
              : msg('Clears your answers.', {id: 'quiz.exit.about'})
          }</span
        >
      </div>
      <div id="help-now" class="help-now" part="help" ?hidden=${!this.helpOpen}>
        ${this.helpOpen ? renderHelpNow(region) : nothing}
      </div>`;
  }

  private renderView() {
    switch (this.view) {
      case 'start':
        return this.renderStart();
      case 'question':
        return keyed(this.position, this.renderQuestion());
      case 'urgent':
        return this.renderUrgent();
      case 'result':
      case 'print':
        return this.renderOutcome();
    }
  }

  private renderStart() {
    return html`<h2 tabindex="-1" data-focus part="heading">
        ${msg('Which kind of care could help? A private self-check', {id: 'quiz.start.title'})}
      </h2>
      <p>
        ${msg(
          'Answer a few questions to see which kind of care may be worth asking about. It takes about 2 minutes.',
          {id: 'quiz.start.intro'},
        )}
      </p>
      <ul>
        <li>${msg('This is a self-check, not a diagnosis.', {id: 'quiz.start.not-diagnosis'})}</li>
        <li>
          ${
            this.shareAnswers
              ? msg('When you finish, this website receives your answers.', {
                  id: 'quiz.start.shared',
                })
              : msg('This self-check does not send or save your answers.', {
                  id: 'quiz.start.private',
                })
          }
        </li>
        <li>
          ${msg('We ask about safety first. Then about drinking, other drugs and your life.', {
            id: 'quiz.start.order',
          })}
        </li>
        <li>
          ${msg('You can go back and change an answer at any time.', {id: 'quiz.start.back'})}
        </li>
      </ul>
      <div class="actions">
        <button part="button" @click=${this.onStart}>
          ${msg('Start the self-check', {id: 'quiz.start.button'})}
        </button>
      </div>`;
  }

  private renderQuestion() {
    const asked = askedQuestions(this.answers);
    const question = asked[this.position];
    const text = questionText[question.id]() as QuestionText;
    const value = this.answers[question.id];
    const hasHint = Boolean(text.hint || text.list);
    const describedBy = [hasHint ? 'hint' : '', this.showError ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    const last = this.position === asked.length - 1;
    return html`<div class="step-top">
        <button class="link" part="button" @click=${this.onBack}>
          ${msg('Back', {id: 'quiz.back'})}
        </button>
        <p class="progress" part="progress">
          ${this.progressText(this.position + 1, asked.length)}
        </p>
      </div>
      <div class="meter" aria-hidden="true">
        <span
          style=${styleMap({inlineSize: `${((this.position + 1) / asked.length) * 100}%`})}
        ></span>
      </div>
      <p class="section">${sectionLabel(question.section)}</p>
      <form @submit=${this.onNext} novalidate>
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
                    .checked=${live(value === option.id)}
                    aria-invalid=${this.showError ? 'true' : nothing}
                    @change=${this.onChoose}
                  />
                  <span>${(text.options as Record<string, string>)[option.id]}</span>
                </label>`,
            )}
          </div>
          <p id="error" class="error" part="error" role="alert">
            ${
              this.showError
                ? msg('Choose one of the answers above to go on.', {id: 'quiz.error.required'})
                : nothing
            }
          </p>
        </fieldset>
        <div class="actions">
          <button type="submit" part="button">
            ${last ? msg('See my result', {id: 'quiz.see-result'}) : msg('Next', {id: 'quiz.next'})}
          </button>
        </div>
      </form>`;
  }

  private renderUrgent() {
    return html`${renderUrgentPanel(
        this.urgentFlag ? [this.urgentFlag] : [],
        this.clinic.region,
        2,
      )}
      <p>
        ${msg('When you are ready, you can finish the self-check.', {id: 'quiz.urgent.continue-about'})}
      </p>
      <div class="actions">
        <button part="button" @click=${this.onContinue}>
          ${msg('Continue the self-check', {id: 'quiz.urgent.continue'})}
        </button>
        <button class="secondary" part="button" @click=${this.onBack}>
          ${msg('Back', {id: 'quiz.back'})}
        </button>
      </div>`;
  }

  private renderOutcome() {
    const answers = askedAnswers(this.answers);
    const context: ResultContext = {
      assessment: assessCare(answers),
      flags: redFlagsOf(answers),
      answers,
      clinic: this.clinic,
      printReasons: this.printReasons,
      printAnswers: this.printAnswers,
      onPrintView: this.onPrintView,
      onPrint: this.onPrint,
      onBack: this.onBack,
      onRestart: this.onRestart,
      onTogglePrint: this.onTogglePrint,
    };
    if (this.view === 'result') return renderResult(context);
    const date = new Intl.DateTimeFormat(getLocale(), {dateStyle: 'long'}).format(new Date());
    return renderPrintSummary(context, date);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-quiz-start': CustomEvent<Record<string, never>>;
    'iop-quiz-step': CustomEvent<QuizStepDetail>;
    'iop-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
  interface HTMLElementTagNameMap {
    'iop-care-quiz': IopCareQuiz;
  }
}
