import {html, type HTMLTemplateResult} from 'lit';

/**
 * A form's submit button in its `.actions` row. While `busy` it keeps its place in the tab order
 * and stays announced, marked `aria-disabled` (a second press finds the form already at work), and
 * its label says what is happening. Its look at work is in `formStyles`.
 */
export const submitButton = (label: string, busy: boolean): HTMLTemplateResult =>
  html`<div class="actions">
    <button type="submit" part="button" aria-disabled=${busy}>${label}</button>
  </div>`;
