// "1. Widget": one radio per widget of the manifest, with its summary.
import {html} from 'lit';
import type {Widget} from '../manifest.js';

export function widgetChoice(
  widgets: Widget[],
  loading: boolean,
  chosen: string,
  onChange: (tag: string) => void,
) {
  return html`<fieldset class="panel" id="widget-choice">
    <legend>1. Widget</legend>
    ${loading ? html`<p id="widget-choice-loading" class="hint">Loading the list of widgets…</p>` : ''}
    ${widgets.map(
      (w) =>
        html`<div class="choice choice--widget">
          <input
            type="radio"
            name="widget"
            id="widget-${w.tag}"
            .value=${w.tag}
            .checked=${w.tag === chosen}
            aria-describedby="widget-${w.tag}-summary"
            @change=${() => onChange(w.tag)}
          />
          <label for="widget-${w.tag}">
            <span class="choice__title">${w.name}</span>
            <span id="widget-${w.tag}-summary" class="hint">${w.summary}</span>
          </label>
        </div>`,
    )}
  </fieldset>`;
}
