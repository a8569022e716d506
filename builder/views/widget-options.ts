// "3. <Widget> options": a control for each of the chosen widget's own attributes.
import {html} from 'lit';
import type {Option, Widget} from '../manifest.js';
import {optionField, type OptionValue} from './option-field.js';

export function widgetOptions(
  tag: string,
  widget: Widget | undefined,
  state: (option: Option) => [OptionValue, string | undefined],
  onChange: (option: Option, value: OptionValue, input: Element) => void,
) {
  return html`<fieldset class="panel" id="widget-options">
    <legend>3. ${widget?.name ?? 'Widget'} options</legend>
    ${
      widget && !widget.options.length
        ? html`<p class="hint">This widget has no options of its own.</p>`
        : widget?.options.map((option) =>
            optionField(tag, option, ...state(option), (value, input) =>
              onChange(option, value, input),
            ),
          )
    }
  </fieldset>`;
}
