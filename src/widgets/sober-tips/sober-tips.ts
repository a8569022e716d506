import {html, nothing, type PropertyValues, type HTMLTemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {Announcer} from '../../core/announce.js';
import {controlStyles} from '../../core/controls.styles.js';
import {formatLocale} from '../../core/locale-format.js';
import {IopElement} from '../../core/iop-element.js';
import {warnOnce} from '../../core/warn.js';
import {defaultFeedTimeout, inlineFeedText, loadEvents, type FeedEvent} from './events-feed.js';
import {
  emptyPlan,
  icsFileName,
  isPlanEmpty,
  localInputValue,
  newUid,
  planTimes,
  planToIcs,
  planToText,
  type SoberPlan,
} from './plan.js';
import {renderPlan, type PlanExportFormat} from './plan-form.js';
import {renderEvents, renderHelp, renderLines, renderTips, type Notice} from './sections.js';
import {soberTipsStyles} from './sober-tips.styles.js';
import {isOccasion, occasions, tips, type Occasion, type RefusalLine, type Tip} from './tips.js';

export type {Occasion} from './tips.js';
export type {PlanExportFormat} from './plan-form.js';

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
  static override styles = [...IopElement.styles, controlStyles, soberTipsStyles];

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
  @state() private events: FeedEvent[] = [];
  @state() private dateError = false;
  @state() private notice?: Notice;
  @state() private fallback?: string;

  private readonly announcer = new Announcer(this);
  private feedController?: AbortController;
  private feedStale = false;
  private inlineText?: string;
  // Created on first connection: a server renderer constructs the element without a DOM.
  private lightObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lightObserver ??= new MutationObserver(() => {
      if (inlineFeedText(this) !== this.inlineText) this.requestFeed();
    });
    this.lightObserver.observe(this, {childList: true, subtree: true, characterData: true});
    this.requestFeed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
    this.feedController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.feedStale || changed.has('eventsSrc')) {
      this.feedStale = false;
      void this.loadFeed();
    }
  }

  /** The chosen occasion, checked: an unknown value shows parties, with one warning. */
  private get current(): Occasion {
    const value = this.occasion?.trim();
    if (isOccasion(value)) return value;
    if (value) {
      warnOnce(`<iop-sober-tips> occasion "${value}" is not one of ${occasions.join(', ')}.`);
    }
    return 'party';
  }

  private get chosenTips(): Tip[] {
    return tips.filter((tip) => this.chosen.includes(tip.id));
  }

  private requestFeed(): void {
    this.feedStale = true;
    this.requestUpdate();
  }

  private async loadFeed(): Promise<void> {
    this.feedController?.abort();
    const controller = (this.feedController = new AbortController());
    // An empty list is never swapped for another empty one: that would only render again.
    if (this.events.length) this.events = [];
    const events = await loadEvents({
      tag: this.localName,
      inline: (this.inlineText = inlineFeedText(this)),
      src: this.eventsSrc,
      timeout: this.feedTimeout,
      signal: controller.signal,
    });
    if (!controller.signal.aborted && (events.length || this.events.length)) this.events = events;
  }

  private tell(area: Notice['area'], text: string, problem = false): void {
    this.notice = {area, text, problem};
    this.announcer.announce(text);
  }

  private async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }

  private async focusOn(selector: string): Promise<HTMLElement | null> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
    return element;
  }

  private onOccasionChange(event: Event): void {
    this.occasion = (event.target as HTMLInputElement).value;
    this.emit('iop-occasion-change', {occasion: this.current});
  }

  private toggleTip(tip: Tip): void {
    const has = this.chosen.includes(tip.id);
    this.chosen = has ? this.chosen.filter((id) => id !== tip.id) : [...this.chosen, tip.id];
  }

  private removeTip(tip: Tip): void {
    this.chosen = this.chosen.filter((id) => id !== tip.id);
    void this.focusOn('#chosen-heading');
    this.announcer.announce(msg('Removed from your plan.', {id: 'tips.plan.removed'}));
  }

  private async copyLine(line: RefusalLine): Promise<void> {
    if (await this.copy(line.text())) {
      this.tell('lines', msg('Copied.', {id: 'tips.copied'}));
      return;
    }
    const element = this.renderRoot.querySelector(`#line-${line.id}`);
    if (element) getSelection()?.selectAllChildren(element);
    this.tell(
      'lines',
      msg(
        'Copying did not work in this browser. The line is selected: press Ctrl+C, or ⌘+C on a Mac, to copy it.',
        {id: 'tips.line.copy-failed'},
      ),
      true,
    );
  }

  private useLine(line: RefusalLine): void {
    this.plan = {...this.plan, line: line.text()};
    this.tell('lines', msg(str`Added to your plan: ${line.text()}`, {id: 'tips.line.used'}));
  }

  private onPlanInput(event: Event): void {
    const {name, value} = event.target as HTMLInputElement;
    this.plan = {...this.plan, [name]: name === 'reminder' ? Number(value) : value};
    if (name === 'start' && planTimes(this.plan)) this.dateError = false;
  }

  private async planFor(event: FeedEvent): Promise<void> {
    this.plan = {...this.plan, event: event.title, start: localInputValue(event.start)};
    this.dateError = false;
    await this.focusOn('#plan-heading');
    this.announcer.announce(
      msg(str`Your plan is now for: ${event.title}`, {id: 'tips.events.planned'}),
    );
  }

  private async onExport(format: PlanExportFormat): Promise<void> {
    const plan = {...this.plan, tips: this.chosenTips.map((tip) => tip.text())};
    this.notice = this.fallback = undefined;
    if (format === 'ics') return this.saveIcs(plan);
    if (isPlanEmpty(plan)) {
      this.tell(
        'plan',
        msg('Your plan is empty. Fill in a field or add a tip first.', {id: 'tips.plan.empty'}),
        true,
      );
      return;
    }
    if (format === 'print') {
      this.emit('iop-plan-export', {format});
      window.print();
      return;
    }
    const text = planToText(plan, formatLocale());
    if (await this.copy(text)) {
      this.emit('iop-plan-export', {format});
      this.tell('plan', msg('Copied.', {id: 'tips.copied'}));
      return;
    }
    this.fallback = text;
    this.tell(
      'plan',
      msg(
        'Copying did not work in this browser. Your plan is selected below: press Ctrl+C, or ⌘+C on a Mac, to copy it.',
        {id: 'tips.plan.copy-failed'},
      ),
      true,
    );
    ((await this.focusOn('#plan-text')) as HTMLTextAreaElement | null)?.select();
  }

  private async saveIcs(plan: SoberPlan): Promise<void> {
    const ics = planToIcs(plan, {uid: newUid(), now: new Date(), locale: formatLocale()});
    if (!ics) {
      this.dateError = true;
      await this.focusOn('input[name="start"]');
      this.announcer.announce(
        msg('Add the date and time of the event to save it to your calendar.', {
          id: 'tips.plan.date-needed',
        }),
      );
      return;
    }
    const url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar;charset=utf-8'}));
    const link = Object.assign(document.createElement('a'), {href: url, download: icsFileName});
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.emit('iop-plan-export', {format: 'ics'});
    this.tell(
      'plan',
      msg(
        str`Saved ${icsFileName}. Open the file to add the event and its reminder to your calendar.`,
        {id: 'tips.plan.saved'},
      ),
    );
  }

  override render(): HTMLTemplateResult {
    const occasion = this.current;
    const clinic = this.clinic;
    return html`<div class="base surface" part="base">
      <h2 part="heading">${msg('Staying alcohol-free at social events', {id: 'tips.heading'})}</h2>
      <div class="intro">
        <slot name="intro">
          <p>
            ${msg(
              'Most get-togethers involve alcohol. You can still go and enjoy them. A plan helps: know what might tempt you, avoid what you can, and decide how you will cope.',
              {id: 'tips.intro'},
            )}
          </p>
          <p>
            ${msg(
              'The pressure can be direct, like someone offering you a drink. It can also be indirect: just being around people who drink can make you want one.',
              {id: 'tips.intro-pressure'},
            )}
          </p>
        </slot>
      </div>
      ${renderTips({
        occasion,
        chosen: this.hidePlan ? undefined : this.chosen,
        onChange: (event) => this.onOccasionChange(event),
        onToggle: (tip) => this.toggleTip(tip),
      })}
      ${renderLines({
        withPlan: !this.hidePlan,
        notice: this.notice,
        onCopy: (line) => void this.copyLine(line),
        onUse: (line) => this.useLine(line),
      })}
      ${
        this.hidePlan
          ? nothing
          : renderPlan({
              plan: this.plan,
              chosen: this.chosenTips,
              locale: formatLocale(),
              dateError: this.dateError,
              notice: this.notice,
              fallback: this.fallback,
              onInput: (event) => this.onPlanInput(event),
              onRemove: (tip) => this.removeTip(tip),
              onExport: (format) => void this.onExport(format),
            })
      }
      ${renderEvents({
        events: this.events,
        clinicName: clinic.name,
        withPlan: !this.hidePlan,
        onPlan: (event) => void this.planFor(event),
      })}
      <p class="muted help">
        ${msg(
          'These tips are general. They are not advice for your own situation: your care team can help you make a plan that fits you.',
          {id: 'tips.disclaimer'},
        )}
      </p>
      ${renderHelp(clinic)} ${this.announcer.render()}
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
