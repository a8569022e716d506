import {css} from 'lit';

/** What is the care quiz's own; shared controls come from `controlStyles`. */
export const styles = css`
  /* The question's Back button. */
  button.link {
    border: none;
    background: none;
    color: var(--_iop-accent);
    text-decoration: underline;
    padding-inline: 0.25rem;
  }
  .base {
    max-inline-size: var(--iop-quiz-max-width, 44rem);
    background: var(--_iop-surface);
    color: var(--_iop-text);
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_iop-space) * 0.5);
    margin-block-end: var(--_iop-space);
  }
  .toolbar button {
    padding-inline: 0.75rem;
    font-size: 0.95rem;
  }
  .help-now {
    background: var(--_iop-surface-alt);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
    margin-block-end: var(--_iop-space);
  }
  .step-top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: calc(var(--_iop-space) * 0.5);
  }
  .step-top .link {
    padding-inline: 0;
  }
  .progress {
    margin: 0;
    font-weight: 600;
    color: var(--_iop-muted);
  }
  .meter {
    block-size: 0.6rem;
    border: 1px solid var(--_iop-border);
    border-radius: 999px;
    background: var(--_iop-surface-alt);
    overflow: hidden;
    margin-block: 0.25rem var(--_iop-space);
  }
  .meter span {
    display: block;
    block-size: 100%;
    background: var(--_iop-accent);
  }
  .section {
    margin-block-end: 0.25rem;
    color: var(--_iop-muted);
    font-weight: 600;
    font-size: 0.95rem;
  }
  legend h2 {
    margin: 0;
    font-size: 1.3rem;
  }
  .hint {
    margin-block-end: calc(var(--_iop-space) * 0.75);
  }
  .hint p,
  .hint ul {
    margin-block-end: 0.5rem;
  }
  .choice:has(input[aria-invalid='true']) {
    border-color: var(--_iop-danger);
  }
  .error {
    margin-block: 0.5rem 0;
  }
  .result h3,
  .summary h3 {
    margin-block-start: calc(var(--_iop-space) * 1.25);
  }
  .result .urgent h3 {
    margin-block-start: 0;
  }
  .printout {
    margin-block-start: var(--_iop-space);
  }
  .error:empty {
    margin: 0;
  }
  .urgent {
    background: var(--_iop-urgent-surface);
    border: 1px solid var(--_iop-danger);
    border-inline-start-width: 0.4rem;
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
    margin-block-end: var(--_iop-space);
  }
  .warning {
    font-weight: 600;
  }
  .level-name {
    font-weight: 700;
  }
  .suggestion {
    font-size: 1.15rem;
    font-weight: 600;
  }
  /* The clinic's buttons stand apart from the text that follows them. */
  .result > .actions {
    margin-block-end: var(--_iop-space);
  }
  /* Where to go now, for a withdrawal check: a warning callout under the suggestion. */
  .now {
    margin-block: 0 var(--_iop-space);
    padding: 0.5rem var(--_iop-space);
    border-inline-start: 4px solid var(--_iop-danger);
    background: var(--_iop-urgent-surface);
    border-radius: var(--_iop-radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .reasons li {
    margin-block-end: 0.25rem;
  }
  .continuum {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .continuum li {
    display: grid;
    gap: 0.25rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
  }
  .continuum li.suggested {
    border: 3px solid var(--_iop-accent);
    background: var(--_iop-surface-alt);
  }
  .badge {
    justify-self: start;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    background: var(--_iop-accent);
    color: var(--_iop-on-accent);
    font-weight: 700;
    font-size: 0.9rem;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin-inline-start: 0;
    margin-block-end: 0.5rem;
  }
  @media (forced-colors: active) {
    .meter span,
    .badge {
      background: Highlight;
      color: HighlightText;
    }
    .continuum li.suggested,
    .urgent {
      border-color: Highlight;
    }
  }
  @media print {
    .toolbar,
    .help-now,
    .no-print,
    .actions {
      display: none !important;
    }
    .base {
      max-inline-size: none;
      border: none;
      padding: 0;
      color: #000;
      background: none;
    }
    .urgent,
    .continuum li.suggested {
      background: none;
    }
    a.button {
      display: inline;
      min-block-size: 0;
      padding: 0;
      border: none;
      background: none;
      color: inherit;
    }
  }
`;
