import {html, nothing, type HTMLTemplateResult} from 'lit';

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
