import {html, nothing, type HTMLTemplateResult, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {Announcer} from '../../core/announce.js';
import {controlStyles} from '../../core/controls.styles.js';
import {formStyles} from '../../core/form.styles.js';
import {crisisHelpStyles} from '../../core/crisis-help.styles.js';
import {dateFormat} from '../../core/locale-format.js';
import {IopElement} from '../../core/iop-element.js';
import {LazyModule} from '../../core/lazy-module.js';
import {safeUrl} from '../../core/links.js';
import {quizText} from './announcements.js';
import type {CareLevel} from './assess.js';
import {styles} from './care-quiz.styles.js';
import {
  askedAnswers,
  askedQuestions,
  screenerFor,
  type QuizAnswers,
  type RedFlagId,
  type Screener,
} from './questions.js';
import {progressText, renderQuestion} from './views/question.js';
import {renderStart} from './views/start.js';
import type {ResultContext} from './views/result.js';
import {renderToolbar} from './views/toolbar.js';
import {renderUrgentStep} from './views/urgent-step.js';

/** The detail of `iop-quiz-step`: the question now shown (from 1) and how many there are. */
export interface QuizStepDetail {
  index: number;
  total: number;
}

/** The detail of `iop-quiz-complete`; `answers` only with `share-answers`. */
export interface QuizCompleteDetail {
  level: CareLevel;
  urgent: boolean;
  /** The AUDIT-C version asked: the WHO items, or the UK version (region GB). */
  screener: Screener;
  answers?: QuizAnswers;
}

type View = 'start' | 'question' | 'urgent' | 'result' | 'print';

/**
 * The assessment, the result and the print summary: needed only after the last question, so
 * loaded when the page is idle after the first render.
 */
const quizResult = new LazyModule(() => import('./quiz-result.js'), '<iop-care-quiz> result');

/**
 * A private two-minute self-check that suggests which level of care to ask about. Safety questions
 * come first: any "yes" shows the region's crisis lines at once. Then the AUDIT-C (scored as
 * published), other drugs and context questions. The result names one suggestion, the reasons,
 * and the whole continuum of care; it never diagnoses and is never gated behind contact details.
 * Answers stay in the page's memory: no network request, cookie or storage.
 *
 * @summary Private care-level self-check: safety first, AUDIT-C, a suggestion to ask about.
 * @tag iop-care-quiz
 * @fires iop-quiz-start - The visitor pressed Start. Its detail is empty.
 * @fires iop-quiz-step - A question is shown: `index` counts from 1, `total` is how many questions this visitor is asked.
 * @fires iop-quiz-complete - The result is shown: `level`, `urgent` and the `screener` version; `answers` only with `share-answers`.
 * @csspart base - The widget's box.
 * @csspart toolbar - The bar with "Need help now?" and "Quick exit", the same on every step.
 * @csspart heading - The heading of the current step.
 * @csspart progress - "Question 3 of 12".
 * @csspart question - The fieldset of the current question.
 * @csspart option - One answer.
 * @csspart error - The message when Next is pressed without an answer.
 * @csspart button - Every button and button-styled link.
 * @csspart urgent - The urgent-help panel.
 * @csspart crisis-help - The region's emergency number and crisis lines.
 * @csspart suggestion - The sentence naming the suggestion.
 * @csspart continuum - The list of every kind of care.
 * @cssprop [--iop-quiz-max-width=44rem] - The widest the self-check grows.
 * @example
 * <iop-care-quiz clinic-name="Harbor Recovery" phone="+1 555 010 4477"
 *   intake-url="https://harbor.example/intake" region="US"
 *   exit-url="https://www.example.com/"></iop-care-quiz>
 */
export class IopCareQuiz extends IopElement {
  static override styles = [
    ...IopElement.styles,
    controlStyles,
    formStyles,
    crisisHelpStyles,
    styles,
  ];

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
  /** Whether "See my result" found that the result's code could not load. */
  @state() private resultFailed = false;
  /** Set while "See my result" waits for the result's code; a second press then does nothing. */
  @state() private preparingResult = false;
  readonly #announcer = new Announcer(this);

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the quiz is shown, its result must come even if the visitor goes offline.
    quizResult.prefetch();
  }

  /** Leaves the page for `url` so that Back does not return here. */
  protected leave(url: string): void {
    location.replace(url);
  }

  /** Opens the browser's print dialog. */
  protected openPrintDialog(): void {
    window.print();
  }

  /** The AUDIT-C version for the clinic's region: the UK version for GB. */
  get #screener(): Screener {
    return screenerFor(this.clinic.region);
  }

  async #show(view: View, announcement?: string) {
    this.view = view;
    this.showError = this.resultFailed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
    if (announcement) this.#announcer.announce(announcement);
  }

  #showQuestion(position: number) {
    const total = askedQuestions(this.answers, this.#screener).length;
    this.position = position;
    void this.#show('question', progressText(position + 1, total));
    this.emit('iop-quiz-step', {index: position + 1, total});
  }

  #clear() {
    this.answers = {};
    this.position = 0;
    this.urgentFlag = undefined;
    this.helpOpen = false;
    this.printReasons = false;
    this.printAnswers = false;
  }

  #handleStart = () => {
    this.emit('iop-quiz-start', {});
    this.#showQuestion(0);
  };

  #handleChoose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.answers = {...this.answers, [input.name]: input.value};
    this.showError = this.resultFailed = false;
  };

  #handleNext = (event: Event) => {
    event.preventDefault();
    const question = askedQuestions(this.answers, this.#screener)[this.position];
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
      void this.#show('urgent');
      return;
    }
    this.#handleContinue();
  };

  #handleContinue = () => {
    if (this.position + 1 < askedQuestions(this.answers, this.#screener).length) {
      this.#showQuestion(this.position + 1);
      return;
    }
    void this.#showResult();
  };

  /**
   * Shows the result and fires `iop-quiz-complete`: at once when the result's code has loaded (as
   * it has, unless the connection failed or was slow while the page was idle); else, saying so,
   * once it loads, or with a message when it cannot.
   */
  async #showResult(): Promise<void> {
    if (this.preparingResult) return;
    const {view, position, answers: given} = this;
    let result = quizResult.loaded;
    if (!result) {
      this.preparingResult = true;
      this.#announcer.announce(quizText.preparing());
      result = await quizResult.get();
      this.preparingResult = false;
    }
    // Meanwhile the visitor may have gone back, started over or left.
    if (this.view !== view || this.position !== position || this.answers !== given) return;
    if (!result) {
      this.resultFailed = true;
      this.#announcer.announce('');
      return;
    }
    const answers = askedAnswers(this.answers, this.#screener);
    const assessment = result.assessCare(answers, {screener: this.#screener});
    void this.#show('result', quizText.resultReady());
    const detail: QuizCompleteDetail = {
      level: assessment.level,
      urgent: assessment.urgent,
      screener: assessment.auditC.screener,
    };
    if (this.shareAnswers) detail.answers = answers;
    this.emit('iop-quiz-complete', detail);
  }

  #handleBack = () => {
    if (this.view === 'urgent') void this.#show('question');
    else if (this.view === 'print') void this.#show('result');
    else if (this.view === 'result')
      this.#showQuestion(askedQuestions(this.answers, this.#screener).length - 1);
    else if (this.position === 0) void this.#show('start');
    else this.#showQuestion(this.position - 1);
  };

  #handleRestart = () => {
    this.#clear();
    void this.#show('start');
  };

  #handleQuickExit = () => {
    this.#clear();
    const url = safeUrl(this.exitUrl, '<iop-care-quiz> exit-url');
    if (url) {
      this.view = 'start';
      this.leave(url);
      return;
    }
    void this.#show('start', quizText.cleared());
  };

  #handleToggleHelp = () => {
    this.helpOpen = !this.helpOpen;
  };

  #handleTogglePrint = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'reasons') this.printReasons = input.checked;
    else this.printAnswers = input.checked;
  };

  #handlePrintView = () => void this.#show('print');

  #handlePrint = () => this.openPrintDialog();

  override render(): HTMLTemplateResult {
    return html`<div class="base" part="base">
      ${renderToolbar({
        region: this.clinic.region,
        helpOpen: this.helpOpen,
        leaves: Boolean(this.exitUrl?.trim()),
        onToggleHelp: this.#handleToggleHelp,
        onQuickExit: this.#handleQuickExit,
      })}
      <div class="step">${this.#renderView()}</div>
      ${this.#announcer.render()}
    </div>`;
  }

  #renderView() {
    switch (this.view) {
      case 'start':
        return renderStart(this.shareAnswers, this.#handleStart);
      case 'question':
        return keyed(this.position, this.#renderStep());
      case 'urgent':
        return renderUrgentStep({
          flags: this.urgentFlag ? [this.urgentFlag] : [],
          region: this.clinic.region,
          onContinue: this.#handleContinue,
          onBack: this.#handleBack,
        });
      case 'result':
      case 'print':
        return this.#renderOutcome();
    }
  }

  #renderStep() {
    const asked = askedQuestions(this.answers, this.#screener);
    const question = asked[this.position];
    return renderQuestion({
      question,
      index: this.position + 1,
      total: asked.length,
      value: this.answers[question.id],
      showError: this.showError,
      unavailable: this.resultFailed,
      preparing: this.preparingResult,
      wording: {screener: this.#screener, region: this.clinic.region},
      onBack: this.#handleBack,
      onChoose: this.#handleChoose,
      onNext: this.#handleNext,
    });
  }

  #renderOutcome() {
    // The result is shown only once its code has loaded.
    const result = quizResult.loaded;
    if (!result) return nothing;
    const answers = askedAnswers(this.answers, this.#screener);
    const context: ResultContext = {
      assessment: result.assessCare(answers, {screener: this.#screener}),
      flags: result.redFlagsOf(answers),
      answers,
      clinic: this.clinic,
      printReasons: this.printReasons,
      printAnswers: this.printAnswers,
      onPrintView: this.#handlePrintView,
      onPrint: this.#handlePrint,
      onBack: this.#handleBack,
      onRestart: this.#handleRestart,
      onTogglePrint: this.#handleTogglePrint,
    };
    if (this.view === 'result') return result.renderResult(context);
    const date = dateFormat({dateStyle: 'long'}).format(new Date());
    return result.renderPrintSummary(context, date);
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
