import {css} from 'lit';

/** The look of `<iop-sober-tips>`: occasion chips, tip lists, refusal lines, plan and events. */
export const styles = css`
  :host {
    --_iop-accent: var(--iop-tips-accent, var(--iop-color-accent, light-dark(#0b6660, #74d6cb)));
  }
  label.field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
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
  button.small[aria-pressed='true'] {
    background: var(--_iop-accent);
    color: var(--_iop-on-accent);
  }
  button.small[aria-pressed='true']::before {
    content: '✓' / '';
  }
  /* A tip's add button: a quiet toggle, a ring that fills with a tick once the tip is chosen. */
  .tip.chosen {
    background: var(--_iop-surface-alt);
    border-inline-start: 3px solid var(--_iop-accent);
    padding-inline: 0.75rem 0.5rem;
  }
  button.toggle {
    min-block-size: 2.25rem;
    min-inline-size: 0;
    padding-block: 0.2rem;
    padding-inline: 0.35rem 0.6rem;
    border: 1px solid transparent;
    background: transparent;
    color: var(--_iop-accent);
    font-size: 0.9rem;
    font-weight: 600;
  }
  button.toggle:hover {
    border-color: var(--_iop-border);
  }
  .mark {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    border: 2px solid var(--_iop-accent);
    border-radius: 50%;
    line-height: 1;
  }
  .mark::before {
    content: '+' / '';
    font-weight: 700;
  }
  button.toggle[aria-pressed='true'] .mark {
    background: var(--_iop-accent);
    color: var(--_iop-on-accent);
  }
  button.toggle[aria-pressed='true'] .mark::before {
    content: '✓' / '';
  }
  /* The plan's count and link; it stays in view while choosing on screens with room for it. */
  .plan-count {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem var(--_iop-space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    background: var(--_iop-surface);
    font-weight: 600;
  }
  .plan-count a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }
  @media (min-width: 48rem) and (min-height: 36rem) {
    .plan-count {
      position: sticky;
      inset-block-start: 0.5rem;
      z-index: 1;
      box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.12);
    }
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
    min-inline-size: 0;
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
    button.small[aria-pressed='true'],
    button.toggle[aria-pressed='true'] .mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .tip.chosen {
      border-inline-start: 3px solid Highlight;
    }
    .plan-count {
      border-color: CanvasText;
    }
  }
`;
