import {css} from 'lit';

/**
 * Shared look of the widgets' forms: choice lists, text fields and error text. Loaded after
 * `controlStyles` by every widget with a form.
 */
export const formStyles = css`
  /* A submit button at work (see submitButton()): "Sending…", "Preparing your result…". */
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    max-inline-size: 100%;
    padding: 0;
    font-weight: 600;
    font-size: 1.1rem;
    margin-block-end: calc(var(--_iop-space) * 0.5);
  }
  .choices {
    display: grid;
    gap: calc(var(--_iop-space) * 0.4);
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    cursor: pointer;
    /* With very large text a long word wraps rather than pushing the box past the edge. */
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  .choice:has(input:checked) {
    border-color: var(--_iop-accent);
    background: var(--_iop-surface-alt);
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_iop-accent);
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    font-weight: 400;
    color: var(--_iop-text);
    background: var(--_iop-surface);
    border: 1px solid var(--_iop-border);
    border-radius: calc(var(--_iop-radius) * 0.75);
    padding: 0.5rem 0.65rem;
    min-block-size: 2.75rem;
    inline-size: 100%;
    /* Date and time fields have a wide built-in minimum: let them shrink with the box. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* As specific as the rule above, so that it wins over its border. */
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--_iop-danger);
    border-width: 2px;
  }
  .error {
    color: var(--_iop-danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .choice {
      border-color: CanvasText;
    }
  }
`;
