import {css} from 'lit';

/** The look of `<iop-sober-tips>`: occasion chips, tip lists, refusal lines, plan and events. */
export const styles = css`
  :host {
    --_iop-accent: var(--iop-tips-accent, var(--iop-color-accent, light-dark(#0b6660, #74d6cb)));
  }
  section + section,
  .base > section {
    margin-block-start: calc(var(--_iop-space) * 1.5);
  }
  .intro {
    margin-block-end: var(--_iop-space);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_iop-space) * 0.5);
  }
  .chips .choice {
    border-radius: 999px;
    padding-inline: 0.9rem 1.1rem;
  }
  .chips .choice:has(input:focus-visible) {
    outline: 3px solid var(--_iop-focus);
    outline-offset: 2px;
  }
  .chips .choice input:focus-visible {
    outline: none;
  }
  .list {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_iop-space);
    display: grid;
    gap: calc(var(--_iop-space) * 0.5);
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_iop-space) * 0.5);
    padding-block: calc(var(--_iop-space) * 0.5);
    border-block-end: 1px solid var(--_iop-border);
  }
  .item > :first-child {
    flex: 1 1 16rem;
  }
  .item > .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_iop-space) * 0.5);
  }
  button.small {
    min-block-size: 2.5rem;
    padding: 0.25rem 0.8rem;
    font-size: 0.95rem;
  }
  button[aria-pressed='true'] {
    background: var(--_iop-accent);
    color: var(--_iop-on-accent);
  }
  button[aria-pressed='true']::before {
    content: '✓' / '';
  }
  .line {
    font-weight: 600;
    font-size: 1.05rem;
  }
  .plan {
    background: var(--_iop-surface-alt);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.25rem var(--_iop-space);
    margin-block-end: var(--_iop-space);
  }
  /* Label, control and error of each field share rows, so controls line up across columns. */
  .field-box {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
  }
  .field-box > label {
    align-self: end;
    padding-block-start: calc(var(--_iop-space) * 0.5);
  }
  .notice {
    margin-block: calc(var(--_iop-space) * 0.75) 0;
    font-weight: 600;
  }
  .notice.error {
    color: var(--_iop-danger);
  }
  textarea {
    min-block-size: 10rem;
    margin-block-start: calc(var(--_iop-space) * 0.5);
  }
  .events .item {
    display: block;
  }
  .events h4 {
    margin: 0;
  }
  .events p {
    margin-block: 0.25rem 0;
  }
  .events button {
    margin-block-start: calc(var(--_iop-space) * 0.5);
  }
  .plan-print {
    display: none;
  }
  .plan-print dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.35rem 1rem;
  }
  .plan-print dt {
    font-weight: 600;
  }
  .plan-print dd {
    margin: 0;
  }
  .help {
    margin-block: var(--_iop-space) 0;
  }
  @media print {
    .base,
    .plan {
      border: none;
      padding: 0;
      background: none;
    }
    .base > :not(.plan),
    .plan > :not(.plan-print) {
      display: none !important;
    }
    .plan-print {
      display: block;
      color: #000;
    }
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
