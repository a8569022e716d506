import {css} from 'lit';

/**
 * Shared look of the widgets' common elements: the surface, headings, buttons and links. Forms
 * come from `formStyles`. Widgets add only what is their own.
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
  @media (forced-colors: active) {
    .button,
    button,
    .surface {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
