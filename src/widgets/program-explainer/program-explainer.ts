import {html, type HTMLTemplateResult, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {isolate} from '../../core/bidi.js';
import {controlStyles} from '../../core/controls.styles.js';
import {crisisHelpStyles} from '../../core/crisis-help.styles.js';
import {IopElement} from '../../core/iop-element.js';
import {jumpTo} from '../../core/jump-link.js';
import {formatNumber} from '../../core/locale-format.js';
import {section, type ContentContext} from './content.js';
import {
  parseSections,
  parseVariant,
  readSchedule,
  sectionIds,
  type Schedule,
  type SectionId,
  type Variant,
} from './options.js';
import {styles} from './program-explainer.styles.js';
import {defaultName, intro, title} from './texts.js';
import {renderBackToContents, renderContents} from './views/contents.js';
import {renderNextSteps} from './views/next-steps.js';
import {renderNotes} from './views/notes.js';
import {renderSection} from './views/section.js';

/** The detail of `iop-cta`: which call to action the visitor used. */
export interface IopCtaDetail {
  action: 'call' | 'intake';
}

/**
 * Explains intensive outpatient programs (IOPs) in plain words: what an IOP is, who it suits and
 * when more care is needed first, a typical week with the program's own schedule, the therapies,
 * keeping work and family going, why support matters, every level of care side by side, common
 * questions, and a call to action. It never diagnoses and never favours the host program.
 *
 * @summary Plain-language guide to intensive outpatient treatment, with the program's schedule.
 * @tag iop-program-explainer
 *
 * @slot intro - Replaces the default introduction under the title.
 * @slot cta - Replaces the default call to action (call and intake links).
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - The widget's title.
 * @csspart intro - The box around the introduction.
 * @csspart contents - The contents list, with a link to each section (when there are two or more).
 * @csspart section - Each section (a disclosure in the compact variant).
 * @csspart summary - Each section's button in its heading, which opens and closes it, in the compact variant.
 * @csspart levels - The levels-of-care table.
 * @csspart cta - The box around the call to action.
 * @csspart button - The call and intake links.
 * @csspart note - The closing notes: no diagnosis, and where to find crisis help.
 *
 * @fires iop-cta - The visitor used the call or intake link (`action`); navigation goes ahead.
 *
 * @example
 * <iop-program-explainer
 *   clinic-name="Harbor Recovery"
 *   phone="(555) 010-4477"
 *   intake-url="https://harbor.example/intake"
 *   hours-per-week="12"
 *   days-per-week="4"
 *   program-weeks="10"
 *   tracks="morning evening"
 * ></iop-program-explainer>
 */
export class IopProgramExplainer extends IopElement {
  static override styles = [...IopElement.styles, controlStyles, crisisHelpStyles, styles];

  /** The program's hours of care a week (1–60, e.g. `12` or `12.5`); the typical week when unset. */
  @property({attribute: 'hours-per-week'}) hoursPerWeek?: string | number;

  /** The program's session days a week (1–7). */
  @property({attribute: 'days-per-week'}) daysPerWeek?: string | number;

  /** The program's usual length in weeks (1–104). */
  @property({attribute: 'program-weeks'}) programWeeks?: string | number;

  /** Session times offered: `morning`, `afternoon`, `evening`, `weekend`, space or comma separated. */
  @property() tracks?: string | readonly string[];

  /** Which sections to show, in order: `what fit week therapies life support levels faq` (default all). */
  @property() sections?: string | readonly string[];

  /** `full` shows every section open; `compact` shows them as a list of disclosures. */
  @property({reflect: true}) variant: 'full' | 'compact' = 'full';

  /** The sections open in the compact variant. */
  @state() private opened: ReadonlySet<SectionId> = new Set();

  private schedule: Schedule = {tracks: []};
  private shown: SectionId[] = [...sectionIds];
  private layout: Variant = 'full';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('hoursPerWeek') ||
      changed.has('daysPerWeek') ||
      changed.has('programWeeks') ||
      changed.has('tracks')
    ) {
      this.schedule = readSchedule(this);
    }
    if (changed.has('sections')) this.shown = parseSections(this.sections);
    if (changed.has('variant')) this.layout = parseVariant(this.variant);
  }

  private handleToggle(id: SectionId): void {
    const opened = new Set(this.opened);
    if (!opened.delete(id)) opened.add(id);
    this.opened = opened;
  }

  private handleCallClick = (): void => {
    this.emit('iop-cta', {action: 'call'});
  };

  private handleIntakeClick = (): void => {
    this.emit('iop-cta', {action: 'intake'});
  };

  override render(): HTMLTemplateResult {
    const clinic = this.clinic;
    const context: ContentContext = {
      name: clinic.name ? isolate(clinic.name) : defaultName(),
      region: clinic.region,
      schedule: this.schedule,
      formatNumber,
    };
    const back = this.shown.length > 1 ? renderBackToContents(jumpTo) : undefined;
    const sections = this.shown.map((id) => [id, ...section(id, context)] as const);
    return html`<section part="base" class="base surface" aria-labelledby="title">
      <h2 id="title" part="heading">${title()}</h2>
      <div part="intro" class="intro">
        <slot name="intro">${intro().map((text) => html`<p>${text}</p>`)}</slot>
      </div>
      ${renderContents(sections, jumpTo)}
      ${sections.map((shown) =>
        keyed(
          shown[0],
          renderSection(
            shown,
            this.layout === 'compact'
              ? {open: this.opened.has(shown[0]), onToggle: () => this.handleToggle(shown[0])}
              : undefined,
            back,
          ),
        ),
      )}
      <div part="cta" class="cta">
        <slot name="cta"
          >${renderNextSteps({
            clinic,
            name: context.name,
            onCall: this.handleCallClick,
            onIntake: this.handleIntakeClick,
          })}</slot
        >
      </div>
      ${renderNotes(clinic.region)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-program-explainer': IopProgramExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'iop-cta': CustomEvent<IopCtaDetail>;
  }
}
