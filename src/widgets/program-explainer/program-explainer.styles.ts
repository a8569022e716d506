import {css} from 'lit';

/** The explainer's own layout; shared controls come from `controlStyles`. */
export const styles = css`
  .base {
    display: grid;
    /* One column that never grows past the box: long words wrap instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_iop-space);
    max-inline-size: 60rem;
    container-type: inline-size;
  }
  .base > * {
    margin-block: 0;
  }
  h2 {
    margin: 0;
  }
  .intro ::slotted(*) {
    margin-block: 0 calc(var(--_iop-space) * 0.75);
  }
  .intro > slot > p:last-child,
  .intro ::slotted(:last-child) {
    margin-block-end: 0;
  }
  section.section {
    border-block-start: 1px solid var(--_iop-border);
    padding-block-start: var(--_iop-space);
  }
  h4 {
    margin-block-start: calc(var(--_iop-space) * 1.25);
  }
  h3 + h4 {
    margin-block-start: 0;
  }
  .section > :last-child,
  .body > :last-child {
    margin-block-end: 0;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .terms {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_iop-space) * 0.5);
    margin-block: 0 calc(var(--_iop-space) * 0.75);
    padding-inline-start: calc(var(--_iop-space) * 0.75);
    border-inline-start: 3px solid var(--_iop-accent);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }

  /* Contents list (the NHS.UK pattern): a rule on the inline start, dashes before the links. */
  .contents h3 {
    font-size: 1.05rem;
    margin-block-end: calc(var(--_iop-space) * 0.5);
  }
  .contents ol {
    list-style: none;
    margin: 0;
    padding-inline-start: calc(var(--_iop-space) * 0.75);
    border-inline-start: 3px solid var(--_iop-border);
    columns: 2 18rem;
    column-gap: calc(var(--_iop-space) * 2);
  }
  .contents li {
    display: flex;
    gap: 0.5em;
    break-inside: avoid;
    margin-block: 0 0.35rem;
  }
  .contents li::before {
    content: '—' / '';
    color: var(--_iop-muted);
  }
  .contents a,
  .back a {
    display: inline-block;
    min-block-size: 1.5rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .back {
    margin-block: var(--_iop-space) 0;
    font-size: 0.95rem;
  }
  .back a::before {
    content: '↑ ' / '';
  }

  /* Compact: each section is a disclosure, its button inside the section's heading. */
  section.disclosure {
    border: 1px solid var(--_iop-border);
    border-radius: var(--_iop-radius);
    padding: 0;
  }
  .disclosure + .disclosure {
    margin-block-start: calc(var(--_iop-space) * -0.5);
  }
  .disclosure > h3 {
    margin: 0;
    font-size: 1.1rem;
  }
  .disclosure > h3 > button {
    display: flex;
    inline-size: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--_iop-space);
    min-block-size: 2.75rem;
    padding: 0.5rem var(--_iop-space);
    /* Transparent, so it shows only in forced-colours mode, where every button keeps a border. */
    border: 1px solid transparent;
    border-radius: var(--_iop-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
  }
  .disclosure > h3 > button::after {
    content: '';
    flex: none;
    inline-size: 0.8em;
    block-size: 0.5em;
    background: var(--_iop-accent);
    clip-path: polygon(0 0, 100% 0, 50% 100%);
  }
  .disclosure > h3 > button[aria-expanded='true']::after {
    transform: rotate(180deg);
  }
  .disclosure > h3 > button:hover {
    background: var(--_iop-surface-alt);
  }
  .body {
    padding: 0 var(--_iop-space) var(--_iop-space);
  }

  /* Levels of care: a table on wide boxes, stacked cards on narrow ones. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: calc(var(--_iop-space) * 0.75);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.6rem;
    border: 1px solid var(--_iop-border);
  }
  thead th {
    background: var(--_iop-surface-alt);
  }
  tbody th {
    font-weight: 600;
  }
  .cell-label {
    display: none;
  }
  @container (inline-size < 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    caption {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      border: 1px solid var(--_iop-border);
      border-radius: var(--_iop-radius);
      margin-block-end: calc(var(--_iop-space) * 0.5);
    }
    th,
    td {
      border: none;
    }
    tbody th {
      background: var(--_iop-surface-alt);
      border-start-start-radius: var(--_iop-radius);
      border-start-end-radius: var(--_iop-radius);
    }
    td + td {
      border-block-start: 1px solid var(--_iop-border);
    }
    .cell-label {
      display: block;
      font-size: 0.9rem;
      font-weight: 600;
      color: var(--_iop-muted);
    }
  }

  .cta {
    background: var(--_iop-surface-alt);
    border-radius: var(--_iop-radius);
    padding: var(--_iop-space);
  }
  .cta .actions {
    margin-block-start: 0;
  }
  .cta p:last-child {
    margin-block-end: 0;
  }
  .notes {
    font-size: 0.95rem;
    color: var(--_iop-muted);
  }
  .notes p:last-child {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    .disclosure > h3 > button::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
    section.disclosure,
    table,
    th,
    td,
    tbody tr,
    .cta {
      border-color: CanvasText;
    }
    .cta {
      border: 1px solid;
    }
    .contents ol {
      border-color: CanvasText;
    }
  }
`;
