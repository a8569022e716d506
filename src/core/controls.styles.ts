import {css} from 'lit';

/**
 * Shared look of the widgets' common elements: the surface, headings, buttons, links, choice
 * lists, text fields and error text. Widgets add only what is their own.
 */
export const controlStyles = css`
  .surface {
    background: var(--_iop-surface);
    color: var(--_iop-text);
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin-block: 0 calc(var(--_iop-space) * 0.5);
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.2rem;
  }
  h4 {
    font-size: 1.05rem;
  }
  p,
  ul,
  ol {
    margin-block: 0 calc(var(--_iop-space) * 0.75);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  .muted {
    color: var(--_iop-muted);
  }
  a {
    color: var(--_iop-accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_iop-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_iop-space) * 0.5);
    align-items: center;
    margin-block-start: var(--_iop-space);
  }
  .button,
  button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: var(--_iop-radius);
    border: 2px solid var(--_iop-accent);
    background: var(--_iop-accent);
    color: var(--_iop-on-accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary,
  button.secondary {
    background: transparent;
    color: var(--_iop-accent);
  }
  button.link {
    border: none;
    background: none;
    color: var(--_iop-accent);
    text-decoration: underline;
    padding-inline: 0.25rem;
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
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
  label.field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='datetime-local'],
  input[type='date'],
  input[type='time'],
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
  [aria-invalid='true'] {
    border-color: var(--_iop-danger);
    border-width: 2px;
  }
  .error {
    color: var(--_iop-danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .button,
    button,
    .choice,
    .surface {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
