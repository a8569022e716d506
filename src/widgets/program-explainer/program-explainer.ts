import {html, nothing, type PropertyValues, type HTMLTemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {controlStyles} from '../../core/controls.styles.js';
import {crisisHelpStyles} from '../../core/crisis-help.styles.js';
import {renderCrisisHelp} from '../../core/crisis-help.js';
import {helpFor} from '../../core/help-lines.js';
import {IopElement, type ClinicDetails} from '../../core/iop-element.js';
import {formatNumber} from '../../core/locale-format.js';
import {
  ctaText,
  defaultName,
  intro,
  levelColumns,
  notDiagnosis,
  section,
  title,
  type Block,
  type ContentContext,
  type LevelRow,
} from './content.js';
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

/** The detail of `iop-cta`: which call to action the visitor used. */
export interface IopCtaDetail {
  action: 'call' | 'intake';
}

/** Keeps a phone number in one left-to-right run inside right-to-left text. */
const isolate = (text: string) => `\u2068${text}\u2069`;

function renderLevels(rows: LevelRow[]) {
  const column = levelColumns();
  const cell = (label: string, text: string) =>
    html`<td role="cell"><span class="cell-label" aria-hidden="true">${label}</span>${text}</td>`;
  // The roles keep the table's meaning for assistive technology when narrow screens stack it.
  return html`<div class="levels">
    <table part="levels" role="table">
      <caption>
        ${column.caption}
      </caption>
      <thead>
        <tr role="row">
          <th role="columnheader" scope="col">${column.setting}</th>
          <th role="columnheader" scope="col">${column.hours}</th>
          <th role="columnheader" scope="col">${column.home}</th>
          <th role="columnheader" scope="col">${column.suits}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr role="row">
              <th role="rowheader" scope="row">${row.setting}</th>
              ${cell(column.hours, row.hours)} ${cell(column.home, row.home)}
              ${cell(column.suits, row.suits)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderBlock(block: Block) {
  if (typeof block === 'string') return html`<p>${block}</p>`;
  if ('h' in block) return html`<h4>${block.h}</h4>`;
  if ('ul' in block)
    return html`<ul>
      ${block.ul.map((item) => html`<li>${item}</li>`)}
    </ul>`;
  if ('dl' in block) {
    return html`<dl class="terms">
      ${block.dl.map(
        ([term, meaning]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${meaning}</dd>
          </div>`,
      )}
    </dl>`;
  }
  return renderLevels(block.levels);
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
 * @csspart section - Each section (a disclosure in the compact variant).
 * @csspart summary - Each section's clickable heading in the compact variant.
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

  private onCallClick(): void {
    this.emit('iop-cta', {action: 'call'});
  }

  private onIntakeClick(): void {
    this.emit('iop-cta', {action: 'intake'});
  }

  override render(): HTMLTemplateResult {
    const clinic = this.clinic;
    const context: ContentContext = {
      name: clinic.name ?? defaultName(),
      region: clinic.region,
      schedule: this.schedule,
      formatNumber,
    };
    return html`<section part="base" class="base surface" aria-labelledby="title">
      <h2 id="title" part="heading">${title()}</h2>
      <div part="intro" class="intro">
        <slot name="intro">${intro().map((text) => html`<p>${text}</p>`)}</slot>
      </div>
      ${this.shown.map((id) => keyed(id, this.renderSection(id, context)))}
      <div part="cta" class="cta">
        <slot name="cta">${this.renderCta(clinic, context.name)}</slot>
      </div>
      ${this.renderNotes(clinic)}
    </section>`;
  }

  private renderSection(id: SectionId, context: ContentContext) {
    const [heading, blocks] = section(id, context);
    const body = blocks.map(renderBlock);
    if (this.layout === 'compact') {
      return html`<details part="section" class="section" id=${id}>
        <summary part="summary"><h3>${heading}</h3></summary>
        <div class="body">${body}</div>
      </details>`;
    }
    return html`<section part="section" class="section" id=${id}>
      <h3>${heading}</h3>
      ${body}
    </section>`;
  }

  private renderCta({phone, intakeUrl, region}: ClinicDetails, name: string) {
    if (!phone && !intakeUrl) {
      const finder = helpFor(region).lines.find((line) => line.id === 'samhsa');
      return html`<h3>${ctaText.heading()}</h3>
        <p>${region === 'US' ? ctaText.noneUs() : ctaText.none()}</p>
        ${
          finder
            ? html`<p>
                <strong>${finder.name}.</strong> ${finder.about}
                <a href=${finder.contacts[0].href}>${finder.contacts[0].label}</a>
              </p>`
            : nothing
        }`;
    }
    return html`<h3>${ctaText.heading()}</h3>
      <p>${ctaText.contact(name)}</p>
      <div class="actions">
        ${
          phone
            ? html`<a part="button" class="button" href=${phone.href} @click=${this.onCallClick}
                >${ctaText.call(isolate(phone.text))}</a
              >`
            : nothing
        }
        ${
          intakeUrl
            ? html`<a
                part="button"
                class=${phone ? 'button secondary' : 'button'}
                href=${intakeUrl}
                @click=${this.onIntakeClick}
                >${ctaText.intake()}</a
              >`
            : nothing
        }
      </div>`;
  }

  private renderNotes({region}: ClinicDetails) {
    return html`<div part="note" class="notes">
      <p>${notDiagnosis()}</p>
      <p>${ctaText.crisis()}</p>
      ${renderCrisisHelp(region, 'compact')}
    </div>`;
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
