import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkedState} from '../../../core/checked.js';
import {
  occasionLabel,
  occasions,
  phaseLabel,
  phases,
  tipsFor,
  type Occasion,
  type Tip,
} from '../tips.js';
import {planCount} from '../texts.js';

/**
 * The occasion choice (native radios in a fieldset) and the chosen occasion's tips, grouped by
 * phase. `chosen` lists the tips in the plan; without it (no plan) tips have no add buttons.
 * Each tip's add button is a quiet toggle (`aria-pressed`), and a count of the tips in the plan,
 * with a link to the plan, stays in view above them while the visitor chooses.
 */
export function renderTips(view: {
  occasion: Occasion;
  chosen: readonly string[] | undefined;
  onChange(event: Event): void;
  onToggle(tip: Tip): void;
  onJump(event: Event): void;
}): HTMLTemplateResult {
  const {occasion, chosen} = view;
  // One template per tip, its button written out (the button smallButton() renders), so the
  // first render makes one template instance per tip rather than two.
  const add = msg('Add to my plan', {id: 'tips.add'});
  const tip = chosen
    ? (tip: Tip) => {
        const pressed = chosen.includes(tip.id);
        return html`<li class="item tip ${pressed ? 'chosen' : ''}" part="tip">
          <span id="tip-${tip.id}">${tip.text()}</span>
          <button
            type="button"
            class="toggle"
            part="button toggle"
            id="add-${tip.id}"
            aria-labelledby="add-${tip.id} tip-${tip.id}"
            aria-pressed=${String(pressed)}
            @click=${() => view.onToggle(tip)}
          >
            <span class="mark" aria-hidden="true"></span>${add}
          </button>
        </li>`;
      }
    : (tip: Tip) =>
        html`<li class="item" part="tip">
          <span id="tip-${tip.id}">${tip.text()}</span>
        </li>`;
  return html`<fieldset part="occasions" @change=${view.onChange}>
      <legend>${msg('What kind of event is it?', {id: 'tips.occasion.legend'})}</legend>
      <div class="chips">
        ${occasions.map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name="occasion"
                .value=${value}
                ?checked=${value === occasion}
                ${checkedState(value === occasion)}
              />
              ${occasionLabel(value)}
            </label>`,
        )}
      </div>
    </fieldset>
    <section part="tips" aria-labelledby="tips-heading">
      <h3 id="tips-heading">
        ${msg(str`Tips: ${occasionLabel(occasion)}`, {id: 'tips.tips-heading'})}
      </h3>
      ${chosen ? renderPlanCount(chosen.length, view.onJump) : nothing}
      ${phases.map(
        (phase) =>
          html`<h4>${phaseLabel(phase)}</h4>
            <ul class="list">
              ${tipsFor(occasion, phase).map(tip)}
            </ul>`,
      )}
    </section>`;
}

/** How many tips are in the plan, and a link that takes the visitor (and focus) to the plan. */
function renderPlanCount(count: number, onJump: (event: Event) => void) {
  return html`<p class="plan-count" part="plan-count">
    <span class="count" aria-live="polite">${planCount(count)}</span>
    <a href="#plan-heading" @click=${onJump}>${msg('Go to my plan', {id: 'tips.plan.go'})}</a>
  </p>`;
}
