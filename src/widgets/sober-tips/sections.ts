import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {checkedState} from '../../core/checked.js';
import {dateFormat} from '../../core/locale-format.js';
import type {FeedEvent} from './events-feed.js';
import type {ClinicDetails} from '../../core/iop-element.js';
import {
  occasionLabel,
  occasions,
  phaseLabel,
  phases,
  refusalLines,
  tipsFor,
  type Occasion,
  type RefusalLine,
  type Tip,
} from './tips.js';

/** A short visible message under the refusal lines or the plan's buttons. */
export interface Notice {
  area: 'lines' | 'plan';
  text: string;
  problem: boolean;
}

/**
 * A small secondary button whose accessible name is its own text followed by the text of the
 * element `about` (a tip, a line, an event), so a list of "Copy" buttons stays clear.
 */
export function smallButton(
  id: string,
  about: string,
  label: string,
  onClick: () => void,
  pressed?: boolean,
): HTMLTemplateResult {
  return html`<button
    type="button"
    class="secondary small"
    part="button"
    id=${id}
    aria-labelledby="${id} ${about}"
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** The visible notice for `area`, if the current one belongs there. */
export function renderNotice(
  notice: Notice | undefined,
  area: Notice['area'],
): HTMLTemplateResult | typeof nothing {
  return notice?.area === area
    ? html`<p class="notice ${notice.problem ? 'error' : ''}">${notice.text}</p>`
    : nothing;
}

/** The "Ways to say no" section: each ready line with a copy button (and "use in my plan"). */
export function renderLines(view: {
  withPlan: boolean;
  notice: Notice | undefined;
  onCopy(line: RefusalLine): void;
  onUse(line: RefusalLine): void;
}): HTMLTemplateResult | typeof nothing {
  const copy = msg('Copy', {id: 'tips.line.copy'});
  const use = msg('Use in my plan', {id: 'tips.line.use'});
  const item = (line: RefusalLine) =>
    html`<li class="item">
      <span class="line" id="line-${line.id}">${line.text()}</span>
      <span class="buttons">
        ${smallButton(`copy-${line.id}`, `line-${line.id}`, copy, () => view.onCopy(line))}
        ${
          view.withPlan
            ? smallButton(`use-${line.id}`, `line-${line.id}`, use, () => view.onUse(line))
            : nothing
        }
      </span>
    </li>`;
  const group = (style: RefusalLine['style'], heading: string) =>
    html`<h4>${heading}</h4>
      <ul class="list">
        ${refusalLines.filter((line) => line.style === style).map(item)}
      </ul>`;
  return html`<section class="lines" part="lines" aria-labelledby="lines-heading">
    <h3 id="lines-heading">${msg('Ways to say no', {id: 'tips.lines.heading'})}</h3>
    <p>
      ${msg(
        'Say no quickly and clearly, then change the subject. You don’t owe anyone an explanation. Practise your line before you go.',
        {id: 'tips.lines.intro'},
      )}
    </p>
    ${group('honest', msg('Short and honest', {id: 'tips.lines.honest'}))}
    ${group('cover', msg('If you would rather not say why', {id: 'tips.lines.cover'}))}
    ${renderNotice(view.notice, 'lines')}
  </section>`;
}

/** The clinic's upcoming alcohol-free events; nothing when there are none. */
export function renderEvents(view: {
  events: readonly FeedEvent[];
  clinicName: string | undefined;
  withPlan: boolean;
  onPlan(event: FeedEvent): void;
}): HTMLTemplateResult | typeof nothing {
  if (!view.events.length) return nothing;
  const name = view.clinicName;
  const format = dateFormat({dateStyle: 'full', timeStyle: 'short'});
  return html`<section class="events" part="events" aria-labelledby="events-heading">
    <h3 id="events-heading">
      ${
        name
          ? msg(str`Alcohol-free events at ${name}`, {id: 'tips.events.heading-named'})
          : msg('Our alcohol-free events', {id: 'tips.events.heading'})
      }
    </h3>
    <ul class="list">
      ${view.events.map(
        (event, index) =>
          html`<li class="item" part="event">
            <h4 id="event-${index}">
              ${event.url ? html`<a href=${event.url}>${event.title}</a>` : event.title}
            </h4>
            <p>
              <time datetime=${event.start.toISOString()}>
                ${event.end ? format.formatRange(event.start, event.end) : format.format(event.start)}
              </time>
            </p>
            ${event.location ? html`<p>${event.location}</p>` : nothing}
            ${event.description ? html`<p class="muted">${event.description}</p>` : nothing}
            ${
              view.withPlan
                ? smallButton(
                    `plan-event-${index}`,
                    `event-${index}`,
                    msg('Plan for this event', {id: 'tips.events.plan'}),
                    () => view.onPlan(event),
                  )
                : nothing
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

/**
 * The occasion choice (native radios in a fieldset) and the chosen occasion's tips, grouped by
 * phase. `chosen` lists the tips in the plan; without it (no plan) tips have no add buttons.
 */
export function renderTips(view: {
  occasion: Occasion;
  chosen: readonly string[] | undefined;
  onChange(event: Event): void;
  onToggle(tip: Tip): void;
}): HTMLTemplateResult {
  const {occasion, chosen} = view;
  // One template per tip, its button written out (the button smallButton() renders), so the
  // first render makes one template instance per tip rather than two.
  const add = msg('Add to my plan', {id: 'tips.add'});
  const tip = chosen
    ? (tip: Tip) =>
        html`<li class="item" part="tip">
          <span id="tip-${tip.id}">${tip.text()}</span>
          <button
            type="button"
            class="secondary small"
            part="button"
            id="add-${tip.id}"
            aria-labelledby="add-${tip.id} tip-${tip.id}"
            aria-pressed=${String(chosen.includes(tip.id))}
            @click=${() => view.onToggle(tip)}
          >
            ${add}
          </button>
        </li>`
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
      ${phases.map(
        (phase) =>
          html`<h4>${phaseLabel(phase)}</h4>
            <ul class="list">
              ${tipsFor(occasion, phase).map(tip)}
            </ul>`,
      )}
    </section>`;
}

/** "Want help with your plan?" with the clinic's phone, when one is configured. */
export function renderHelp({name, phone}: ClinicDetails): HTMLTemplateResult | typeof nothing {
  if (!phone) return nothing;
  return html`<p class="help">
    ${
      name
        ? msg(str`Want help with your plan? Call ${name}:`, {id: 'tips.help-named'})
        : msg('Want help with your plan? Call us:', {id: 'tips.help'})
    }
    <a href=${phone.href}>${phone.text}</a>
  </p>`;
}
