// "4. Colours and shape": light or dark, four colour pickers, corner radius, contrast notes.
import {html} from 'lit';
import {live} from 'lit/directives/live.js';
import {MIN_CONTRAST} from '../colours.js';
import {fieldError, richText} from './rich-text.js';

/** Design tokens offered as colour pickers. */
export const COLOURS = [
  {property: '--iop-color-accent', label: 'Accent colour'},
  {property: '--iop-color-on-accent', label: 'Text on the accent colour'},
  {property: '--iop-color-text', label: 'Text colour'},
  {property: '--iop-color-surface', label: 'Background colour'},
];

export interface ThemeState {
  scheme: string;
  /** Each picker's value: the chosen colour, else the widget's default in the shown scheme. */
  shown: Record<string, string>;
  chosen: Record<string, string>;
  descriptions: Record<string, string | undefined>;
  radius: string;
  radiusError: string | undefined;
  problems: string[];
  bothSchemes: boolean;
}

export interface ThemeHandlers {
  scheme: (scheme: string) => void;
  colour: (property: string, value: string) => void;
  reset: (property: string, event: Event) => void;
  radius: (input: HTMLInputElement) => void;
}

const SCHEMES = [
  ['', 'system', "Follow the visitor's setting"],
  ['light', 'light', 'Always light'],
  ['dark', 'dark', 'Always dark'],
];

export function themeFields(state: ThemeState, on: ThemeHandlers) {
  const input = (e: Event) => e.target as HTMLInputElement;
  return html`<fieldset class="panel" id="theme">
    <legend>4. Colours and shape</legend>
    <fieldset class="choices">
      <legend>Light or dark</legend>
      ${SCHEMES.map(
        ([value, id, label]) =>
          html`<div class="choice">
            <input
              type="radio"
              id="scheme-${id}"
              name="scheme"
              .value=${value}
              .checked=${live(state.scheme === value)}
              @change=${() => on.scheme(value)}
            />
            <label for="scheme-${id}">${label}</label>
          </div>`,
      )}
    </fieldset>
    ${COLOURS.map(({property, label}) => {
      const id = `colour${property.replace('--iop-color', '')}`;
      const chosen = property in state.chosen;
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <div class="colour-row">
          <input
            type="color"
            id=${id}
            aria-describedby="${id}-state ${id}-hint contrast"
            .value=${live(state.shown[property] ?? '#000000')}
            @input=${(e: Event) => on.colour(property, input(e).value)}
          />
          <span id="${id}-state" class="colour-state"
            >${chosen ? state.chosen[property] : "Widget's default"}</span
          >
          <button
            type="button"
            class="button button--small"
            ?hidden=${!chosen}
            @click=${(e: Event) => on.reset(property, e)}
          >
            Reset<span class="visually-hidden"> ${label.toLowerCase()}</span>
          </button>
        </div>
        <p id="${id}-hint" class="hint">${richText(state.descriptions[property])}</p>
      </div>`;
    })}
    <div class="field">
      <label for="radius">Corner radius, in pixels</label>
      <input
        id="radius"
        name="radius"
        type="number"
        min="0"
        max="32"
        step="1"
        inputmode="numeric"
        aria-describedby="radius-hint radius-error"
        aria-invalid=${state.radiusError ? 'true' : 'false'}
        .value=${live(state.radius)}
        @input=${(e: Event) => on.radius(input(e))}
      />
      <p id="radius-hint" class="hint">0 to 32. Empty keeps the widget's own (0.5rem).</p>
      ${fieldError('radius-error', state.radiusError)}
    </div>
    <div
      id="contrast"
      class="contrast ${state.problems.length ? 'contrast--warn' : 'contrast--ok'}"
      aria-live="polite"
    >
      ${
        state.problems.length
          ? html`<p>Some colours are hard to read. Change them before you copy the snippet:</p>
              <ul>
                ${state.problems.map((p) => html`<li>${p}</li>`)}
              </ul>`
          : html`<p>
              Contrast: text, buttons and links are readable (at least
              ${MIN_CONTRAST}:1)${state.bothSchemes ? ' in light and dark mode' : ''}.
            </p>`
      }
    </div>
  </fieldset>`;
}
