// One option of the chosen widget as a form control, labelled and described from the manifest.
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Option} from '../manifest.js';
import {fieldError, richText} from './rich-text.js';

/** An option's value as the form holds it. */
export type OptionValue = string | boolean | string[];

/** The value an option starts with: unchecked, its default, all or none of a list, empty. */
export function initialValue(option: Option): OptionValue {
  if (option.kind === 'checkbox') return false;
  if (option.kind === 'list') return option.allByDefault ? [...option.values] : [];
  if (option.kind === 'select') return option.fallback ?? option.values[0] ?? '';
  return '';
}

export function optionField(
  tag: string,
  option: Option,
  value: OptionValue,
  error: string | undefined,
  onChange: (value: OptionValue, input: HTMLInputElement | HTMLSelectElement) => void,
) {
  const id = `${tag}-${option.name}`;
  const describedBy = `${id}-hint ${id}-error`;
  const hint = html`<p id="${id}-hint" class="hint">
    ${option.kind === 'number' && option.fallback ? `Default: ${option.fallback}. ` : ''}
    ${richText(option.description)}
    <span class="attribute-name">Attribute: <code>${option.name}</code></span>
  </p>`;
  const target = (e: Event) => e.target as HTMLInputElement;

  if (option.kind === 'checkbox') {
    return html`<div class="field">
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          aria-describedby=${describedBy}
          .checked=${live(value === true)}
          @change=${(e: Event) => onChange(target(e).checked, target(e))}
        />
        <label for=${id}>${option.label}</label>
      </div>
      ${hint} ${fieldError(`${id}-error`, error)}
    </div>`;
  }

  if (option.kind === 'list') {
    const chosen = value as string[];
    /** The ticked values, read from the boxes themselves. */
    const ticked = (box: HTMLInputElement) =>
      [...(box.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input') ?? [])]
        .filter((b) => b.checked)
        .map((b) => b.value);
    return html`<fieldset class="choices" aria-describedby=${describedBy}>
      <legend>${option.label}</legend>
      <div class="choices__list">
        ${option.values.map(
          (item) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id="${id}-${item}"
                .value=${item}
                .checked=${live(chosen.includes(item))}
                @change=${(e: Event) => onChange(ticked(target(e)), target(e))}
              />
              <label for="${id}-${item}"><code>${item}</code></label>
            </div>`,
        )}
      </div>
      ${hint} ${fieldError(`${id}-error`, error)}
    </fieldset>`;
  }

  const label = html`<label for=${id}>${option.label}</label>`;
  if (option.kind === 'select') {
    return html`<div class="field">
      ${label}
      <select
        id=${id}
        aria-describedby=${describedBy}
        @change=${(e: Event) => onChange(target(e).value, target(e))}
      >
        ${option.values.map(
          (item) =>
            html`<option value=${item} ?selected=${item === value}>
              ${item === option.fallback ? `${item} (default)` : item}
            </option>`,
        )}
      </select>
      ${hint} ${fieldError(`${id}-error`, error)}
    </div>`;
  }

  const number = option.kind === 'number';
  return html`<div class="field">
    ${label}
    <input
      type=${number ? 'number' : 'text'}
      id=${id}
      min=${number ? option.min : nothing}
      max=${number ? (option.max ?? nothing) : nothing}
      step=${number ? 'any' : nothing}
      inputmode=${number ? 'decimal' : option.kind === 'url' ? 'url' : 'text'}
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${describedBy}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${live(value as string)}
      @input=${(e: Event) => onChange(target(e).value, target(e))}
    />
    ${hint} ${fieldError(`${id}-error`, error)}
  </div>`;
}
