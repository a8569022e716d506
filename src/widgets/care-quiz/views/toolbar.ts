import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {HelpRegion} from '../../../core/regions.js';
import {renderHelpNow} from './urgent-panel.js';

/** What the toolbar shows on every step, and what its buttons do. */
export interface ToolbarContext {
  region: HelpRegion;
  /** Whether the "Need help now?" disclosure is open. */
  helpOpen: boolean;
  /** Whether Quick exit leaves the page (an `exit-url` is set) or only clears the answers. */
  leaves: boolean;
  onToggleHelp: () => void;
  onQuickExit: () => void;
}

/**
 * "Need help now?" and Quick exit, in the same place on every step (WCAG 3.2.6), and the crisis
 * help the first one discloses.
 */
export function renderToolbar(context: ToolbarContext): HTMLTemplateResult {
  const {helpOpen} = context;
  return html`<div class="toolbar" part="toolbar">
      <button
        class="secondary help-button"
        part="button"
        aria-expanded=${helpOpen}
        aria-controls="help-now"
        @click=${context.onToggleHelp}
      >
        ${msg('Need help now?', {id: 'quiz.help.button'})}
      </button>
      <button
        class="secondary exit"
        part="button"
        aria-describedby="exit-about"
        @click=${context.onQuickExit}
      >
        ${msg('Quick exit', {id: 'quiz.exit.button'})}
      </button>
      <span id="exit-about" class="visually-hidden"
        >${
          context.leaves
            ? msg('Clears your answers and leaves this page.', {id: 'quiz.exit.about-leave'})
            : msg('Clears your answers.', {id: 'quiz.exit.about'})
        }</span
      >
    </div>
    <div id="help-now" class="help-now" ?hidden=${!helpOpen}>
      ${helpOpen ? renderHelpNow(context.region) : nothing}
    </div>`;
}
