import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {ownDirection} from '../../../core/bidi.js';
import {planEntries, planFields, type PlanField, type SoberPlan} from '../plan.js';
import {planLabel, reminderChoices} from '../texts.js';
import {renderNotice, type Notice} from './notice.js';
import {smallButton} from './small-button.js';
import type {Tip} from '../tips.js';

/** How the plan is exported: printed, copied as text, or saved as a calendar file. */
export type PlanExportFormat = 'print' | 'text' | 'ics';

/** What the plan section renders from, and where its input goes. */
export interface PlanView {
  plan: SoberPlan;
  chosen: readonly Tip[];
  locale: string;
  dateError: boolean;
  notice: Notice | undefined;
  /** The plan's text, shown for copying by hand when the clipboard failed. */
  fallback: string | undefined;
  onInput(event: Event): void;
  onRemove(tip: Tip): void;
  onExport(format: PlanExportFormat): void;
}

const textFields: Partial<Record<PlanField, string>> = {start: 'datetime-local', leave: 'time'};

/**
 * One field of the plan, in the direction of what is typed (see `ownDirection`); the date and time
 * fields keep the widget's.
 */
function renderField(view: PlanView, field: PlanField) {
  const invalid = field === 'start' && view.dateError;
  return html`<div class="field-box">
    <label class="field" for="plan-${field}">${planLabel(field)}</label>
    <input
      id="plan-${field}"
      type=${textFields[field] ?? 'text'}
      dir=${textFields[field] ? nothing : ownDirection(view.plan[field])}
      name=${field}
      .value=${view.plan[field]}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? 'start-error' : nothing}
    />
    ${
      invalid
        ? html`<span id="start-error" class="error">
            ${msg('Add the date and time of the event to save it to your calendar.', {
              id: 'tips.plan.date-needed',
            })}
          </span>`
        : nothing
    }
  </div>`;
}

/** The "My plan" section: fields, chosen tips, export buttons and the print view. */
export function renderPlan(view: PlanView): HTMLTemplateResult {
  const {plan, chosen} = view;
  return html`<section class="plan" part="plan" aria-labelledby="plan-heading">
    <h3 id="plan-heading" tabindex="-1">${msg('My plan', {id: 'tips.plan.heading'})}</h3>
    <p>
      ${msg(
        'Make a plan you can keep with you. Nothing you type is saved or sent: it is gone when you leave this page.',
        {id: 'tips.plan.intro'},
      )}
    </p>
    <form autocomplete="off" @input=${view.onInput} @submit=${(e: Event) => e.preventDefault()}>
      <div class="fields">
        ${planFields.map((field) => renderField(view, field))}
        <div class="field-box">
          <label class="field" for="plan-reminder">
            ${msg('Calendar reminder', {id: 'tips.plan.reminder'})}
          </label>
          <select id="plan-reminder" name="reminder">
            ${reminderChoices().map(
              ([minutes, label]) =>
                html`<option value=${minutes} ?selected=${minutes === plan.reminder}>
                  ${label}
                </option>`,
            )}
          </select>
        </div>
      </div>
    </form>
    <h4 id="chosen-heading" tabindex="-1">${msg('Tips in my plan', {id: 'tips.plan.tips'})}</h4>
    ${
      chosen.length
        ? html`<ul class="list">
            ${chosen.map(
              (tip) =>
                html`<li class="item">
                  <span id="chosen-${tip.id}">${tip.text()}</span>
                  ${smallButton(`remove-${tip.id}`, `chosen-${tip.id}`, msg('Remove', {id: 'tips.plan.remove'}), () => view.onRemove(tip))}
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">
            ${msg('No tips yet. Choose “Add to my plan” next to any tip above.', {
              id: 'tips.plan.no-tips',
            })}
          </p>`
    }
    <div class="actions">
      <button type="button" part="button" @click=${() => view.onExport('print')}>
        ${msg('Print my plan', {id: 'tips.plan.print'})}
      </button>
      <button type="button" class="secondary" part="button" @click=${() => view.onExport('text')}>
        ${msg('Copy as text', {id: 'tips.plan.copy'})}
      </button>
      <button type="button" class="secondary" part="button" @click=${() => view.onExport('ics')}>
        ${msg('Add to my calendar (.ics)', {id: 'tips.plan.ics'})}
      </button>
    </div>
    ${renderNotice(view.notice, 'plan')}
    ${
      view.fallback === undefined
        ? nothing
        : html`<label class="field">
            ${msg('My plan as text', {id: 'tips.plan.as-text'})}
            <textarea id="plan-text" readonly .value=${view.fallback}></textarea>
          </label>`
    }
    <div class="plan-print">
      <h3>${msg('My plan', {id: 'tips.plan.heading'})}</h3>
      <dl>
        ${planEntries(plan, view.locale).map(
          ([label, value]) =>
            html`<dt>${label}</dt>
              <dd dir="auto">${value}</dd>`,
        )}
      </dl>
      ${
        chosen.length
          ? html`<h4>${msg('Tips I chose:', {id: 'tips.plan.chosen'})}</h4>
              <ul>
                ${chosen.map((tip) => html`<li>${tip.text()}</li>`)}
              </ul>`
          : nothing
      }
    </div>
  </section>`;
}
