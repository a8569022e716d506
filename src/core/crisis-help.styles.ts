import {css} from 'lit';

/** The look of `renderCrisisHelp()`, shared by every widget that shows crisis help. */
export const crisisHelpStyles = css`
  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    font-weight: 700;
  }
  .button.danger {
    background: var(--_iop-danger);
    border-color: var(--_iop-danger);
    color: var(--_iop-surface);
  }
  .lines {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .line {
    display: grid;
    gap: 0.25rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_iop-border);
  }
  .line-name {
    font-weight: 700;
  }
  .line-contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .crisis-help.compact a.link {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
    margin-inline-end: 0.5rem;
    color: var(--_iop-accent);
    font-weight: 600;
  }
  .crisis-help.compact p {
    margin-block: 0.25rem;
  }
`;
