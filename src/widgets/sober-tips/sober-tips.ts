import {html, nothing, type HTMLTemplateResult, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Announcer} from '../../core/announce.js';
import {copyText, saveFile} from '../../core/browser-actions.js';
import {controlStyles} from '../../core/controls.styles.js';
import {formStyles} from '../../core/form.styles.js';
import {jumpTo} from '../../core/jump-link.js';
import {formatLocale} from '../../core/locale-format.js';
import {IopElement} from '../../core/iop-element.js';
import {LazyModule} from '../../core/lazy-module.js';
import {warnOnce} from '../../core/warn.js';
import type {FeedEvent} from './events-feed.js';
import {defaultFeedTimeout, EventsSource} from './events-source.js';
import {emptyPlan, isPlanEmpty, localInputValue, planTimes, type SoberPlan} from './plan.js';
import {renderPlan, type PlanExportFormat} from './views/plan-form.js';
import {renderHelp} from './views/help.js';
import type {Notice} from './views/notice.js';
import {renderLines} from './views/refusal-lines.js';
import {renderTips} from './views/tip-list.js';
import {styles} from './sober-tips.styles.js';
import {tipsText} from './texts.js';
import {isOccasion, occasions, tips, type Occasion, type RefusalLine, type Tip} from './tips.js';

export type {Occasion} from './tips.js';
export type {PlanExportFormat} from './views/plan-form.js';

type PlanExports = typeof import('./plan-export.js');

/** The plan's text and calendar exports, loaded when the page is idle after the first render. */
const planExport = new LazyModule(() => import('./plan-export.js'), '<iop-sober-tips> plan export');

/**
 * Practical, kind tips for staying alcohol-free at social events, by occasion and grouped into
 * before, during and after; ready refusal lines to copy; a personal plan to print, copy as text or
 * add to a calendar with a reminder; and the clinic's own alcohol-free events from a feed. Nothing
 * the visitor types is stored or sent.
 *
 * @summary Tips for staying alcohol-free at social events, with a personal plan and the clinic's alcohol-free events.
 * @tag iop-sober-tips
 * @slot intro - Replaces the opening paragraphs.
 * @csspart base - The widget's outer box.
 * @csspart heading - The widget's main heading.
 * @csspart occasions - The occasion choice, a group of radio buttons.
 * @csspart tips - The tips for the chosen occasion.
 * @csspart tip - One tip.
 * @csspart lines - The ready refusal lines.
 * @csspart plan - The "My plan" section.
 * @csspart events - The clinic's alcohol-free events.
 * @csspart event - One event.
 * @csspart button - Every button.
 * @cssprop [--iop-tips-accent=var(--iop-color-accent)] - Accent of this widget: buttons, chosen occasion, links.
 * @fires iop-occasion-change - The visitor picked another occasion.
 * @fires iop-plan-export - The visitor printed, copied or saved the plan (`format`).
 * @example
 * <iop-sober-tips occasion="wedding" events-src="/alcohol-free-events.json"></iop-sober-tips>
 */
export class IopSoberTips extends IopElement {
  static override styles = [...IopElement.styles, controlStyles, formStyles, styles];

  /** The occasion shown first: `party`, `work-event`, `holiday`, `wedding`, `date`, `game` or `family`. */
  @property() occasion = 'party';

  /** Link to a JSON array of the clinic's alcohol-free events (see the feed schema). */
  @property({attribute: 'events-src'}) eventsSrc?: string;

  /** Hides "My plan" and the buttons that add to it. */
  @property({type: Boolean, attribute: 'hide-plan'}) hidePlan = false;

  /** How long to wait for `events-src` before hiding the events, in milliseconds. */
  @property({type: Number, attribute: 'feed-timeout'}) feedTimeout = defaultFeedTimeout;

  @state() private plan: SoberPlan = emptyPlan();
  @state() private chosen: string[] = [];
  @state() private dateError = false;
  @state() private notice?: Notice;
  @state() private fallback?: string;

  readonly #announcer = new Announcer(this);
  readonly #feed = new EventsSource(this);
  /** Set while an export runs, so a double click starts one export. */
  #exporting = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the plan is shown, its exports must work even if the visitor goes offline.
    if (!this.hidePlan) planExport.prefetch();
  }

  /** The chosen occasion, checked: an unknown value shows parties, with one warning. */
  get #current(): Occasion {
    const value = this.occasion?.trim();
    if (isOccasion(value)) return value;
    if (value) {
      warnOnce('unknown-occasion', value, occasions);
    }
    return 'party';
  }

  get #chosenTips(): Tip[] {
    return tips.filter((tip) => this.chosen.includes(tip.id));
  }

  #tell(area: Notice['area'], text: string, problem = false): void {
    this.notice = {area, text, problem};
    this.#announcer.announce(text);
  }

  async #focusOn(selector: string): Promise<HTMLElement | null> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
    return element;
  }

  #handleOccasionChange(event: Event): void {
    this.occasion = (event.target as HTMLInputElement).value;
    this.emit('iop-occasion-change', {occasion: this.#current});
  }

  #handleToggleTip(tip: Tip): void {
    const has = this.chosen.includes(tip.id);
    this.chosen = has ? this.chosen.filter((id) => id !== tip.id) : [...this.chosen, tip.id];
  }

  #handleRemoveTip(tip: Tip): void {
    this.chosen = this.chosen.filter((id) => id !== tip.id);
    void this.#focusOn('#chosen-heading');
    this.#announcer.announce(tipsText.planRemoved());
  }

  async #handleCopyLine(line: RefusalLine): Promise<void> {
    if (await copyText(line.text())) {
      this.#tell('lines', tipsText.copied());
      return;
    }
    const element = this.renderRoot.querySelector(`#line-${line.id}`);
    if (element) getSelection()?.selectAllChildren(element);
    this.#tell('lines', tipsText.lineCopyFailed(), true);
  }

  #handleUseLine(line: RefusalLine): void {
    this.plan = {...this.plan, line: line.text()};
    this.#tell('lines', tipsText.lineUsed(line.text()));
  }

  #handlePlanInput(event: Event): void {
    const {name, value} = event.target as HTMLInputElement;
    this.plan = {...this.plan, [name]: name === 'reminder' ? Number(value) : value};
    if (name === 'start' && planTimes(this.plan)) this.dateError = false;
  }

  async #handlePlanEvent(event: FeedEvent): Promise<void> {
    this.plan = {...this.plan, event: event.title, start: localInputValue(event.start)};
    this.dateError = false;
    await this.#focusOn('#plan-heading');
    this.#announcer.announce(tipsText.eventsPlanned(event.title));
  }

  async #handleExport(format: PlanExportFormat): Promise<void> {
    if (this.#exporting) return;
    const plan = {...this.plan, tips: this.#chosenTips.map((tip) => tip.text())};
    this.notice = this.fallback = undefined;
    if (format === 'ics' && !planTimes(plan)) {
      this.dateError = true;
      await this.#focusOn('input[name="start"]');
      this.#announcer.announce(tipsText.planDateNeeded());
      return;
    }
    if (isPlanEmpty(plan)) {
      this.#tell('plan', tipsText.planEmpty(), true);
      return;
    }
    if (format === 'print') {
      this.emit('iop-plan-export', {format});
      window.print();
      return;
    }
    this.#exporting = true;
    try {
      const exports = await planExport.get();
      if (!exports) this.#tell('plan', tipsText.exportUnavailable(), true);
      else if (format === 'ics') this.#saveIcs(exports, plan);
      else await this.#copyPlan(exports, plan);
    } finally {
      this.#exporting = false;
    }
  }

  async #copyPlan(exports: PlanExports, plan: SoberPlan): Promise<void> {
    const text = exports.planToText(plan, formatLocale());
    if (await copyText(text)) {
      this.emit('iop-plan-export', {format: 'text'});
      this.#tell('plan', tipsText.copied());
      return;
    }
    this.fallback = text;
    this.#tell('plan', tipsText.planCopyFailed(), true);
    ((await this.#focusOn('#plan-text')) as HTMLTextAreaElement | null)?.select();
  }

  #saveIcs(exports: PlanExports, plan: SoberPlan): void {
    const {icsFileName, newUid, planToIcs} = exports;
    // handleExport() checked the date and time, without which there is no calendar file.
    const ics = planToIcs(plan, {uid: newUid(), now: new Date(), locale: formatLocale()})!;
    saveFile(this.renderRoot, icsFileName, 'text/calendar;charset=utf-8', ics);
    this.emit('iop-plan-export', {format: 'ics'});
    this.#tell('plan', tipsText.planSaved(icsFileName));
  }

  override render(): HTMLTemplateResult {
    const occasion = this.#current;
    const clinic = this.clinic;
    return html`<div class="base surface" part="base">
      <h2 part="heading">${tipsText.heading()}</h2>
      <div class="intro">
        <slot name="intro">
          <p>${tipsText.intro()}</p>
          <p>${tipsText.introPressure()}</p>
        </slot>
      </div>
      ${renderTips({
        occasion,
        chosen: this.hidePlan ? undefined : this.chosen,
        onChange: (event) => this.#handleOccasionChange(event),
        onToggle: (tip) => this.#handleToggleTip(tip),
        onJump: jumpTo,
      })}
      ${renderLines({
        withPlan: !this.hidePlan,
        notice: this.notice,
        onCopy: (line) => void this.#handleCopyLine(line),
        onUse: (line) => this.#handleUseLine(line),
      })}
      ${
        this.hidePlan
          ? nothing
          : renderPlan({
              plan: this.plan,
              chosen: this.#chosenTips,
              locale: formatLocale(),
              dateError: this.dateError,
              notice: this.notice,
              fallback: this.fallback,
              onInput: (event) => this.#handlePlanInput(event),
              onRemove: (tip) => this.#handleRemoveTip(tip),
              onExport: (format) => void this.#handleExport(format),
            })
      }
      ${
        this.#feed.view?.({
          events: this.#feed.events,
          clinicName: clinic.name,
          withPlan: !this.hidePlan,
          onPlan: (event) => void this.#handlePlanEvent(event),
        }) ?? nothing
      }
      <p class="muted help">${tipsText.disclaimer()}</p>
      ${renderHelp(clinic)} ${this.#announcer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-sober-tips': IopSoberTips;
  }
  interface GlobalEventHandlersEventMap {
    'iop-occasion-change': CustomEvent<{occasion: Occasion}>;
    'iop-plan-export': CustomEvent<{format: PlanExportFormat}>;
  }
}
