// Manifest text with `code` in backticks, as text and <code> elements.
import {html, type TemplateResult} from 'lit';

export const richText = (text = ''): (string | TemplateResult)[] =>
  text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

/** A field's error message: always in the DOM (it is named by aria-describedby), hidden when empty. */
export const fieldError = (id: string, message: string | undefined) =>
  html`<p id=${id} class="field-error" ?hidden=${!message}>${message ?? ''}</p>`;
