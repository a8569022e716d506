import {css} from 'lit';

/** What only the buddy-signup form needs on top of the shared control styles. */
export const styles = css`
  form {
    display: grid;
    gap: calc(var(--_iop-space) * 1.5);
    margin-block-start: calc(var(--_iop-space) * 1.25);
  }
  .notice {
    background: var(--_iop-surface-alt);
    border-inline-start: 4px solid var(--_iop-accent);
    border-radius: calc(var(--_iop-radius) * 0.5);
    padding: calc(var(--_iop-space) * 0.75) var(--_iop-space);
  }
  .notice p:last-child,
  .minor p:last-child,
  .status p:last-child,
  .question > :last-child {
    margin-block-end: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin-block-start: 0.25rem;
  }
  .links a,
  .notice a,
  .minor a {
    display: inline-block;
    min-block-size: 1.5rem;
    font-weight: 600;
  }
  .field > label {
    font-weight: 600;
    font-size: 1.1rem;
  }
  .optional {
    font-weight: 400;
    color: var(--_iop-muted);
  }
  .field {
    display: grid;
    gap: 0.35rem;
  }
  .field .hint,
  .field .error,
  .field .counter {
    margin: 0;
  }
  .hint,
  .counter {
    color: var(--_iop-muted);
  }
  .question .hint,
  .question .error {
    margin-block: -0.25rem calc(var(--_iop-space) * 0.5);
  }
  .counter.over {
    color: var(--_iop-danger);
    font-weight: 600;
  }
  .choices.grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .question .field {
    margin-block-start: var(--_iop-space);
  }
  textarea {
    resize: vertical;
    min-block-size: 6rem;
  }
  .terms {
    padding-inline-start: 1.25em;
  }
  .terms li + li {
    margin-block-start: 0.25rem;
  }
  .consent .choice {
    align-items: flex-start;
  }
  .consent .choice input {
    margin-block-start: 0.15rem;
  }
  .minor {
    border: 2px solid var(--_iop-accent);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
  }
  .status {
    border: 2px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    padding: calc(var(--_iop-space) * 0.75) var(--_iop-space);
    background: var(--_iop-surface-alt);
  }
  .status.problem {
    border-color: var(--_iop-danger);
    background: var(--_iop-urgent-surface);
  }
  .status .actions {
    margin-block-start: calc(var(--_iop-space) * 0.5);
  }
  .actions {
    margin-block-start: 0;
  }
  .question:has(> .error),
  .field:has(> .error) {
    border-inline-start: 4px solid var(--_iop-danger);
    padding-inline-start: 0.75rem;
  }
  @media (forced-colors: active) {
    .notice,
    .status,
    .minor {
      border-color: CanvasText;
    }
  }
`;
