import {html, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {HelpRegion} from '../../../core/regions.js';
import type {RedFlagId} from '../questions.js';
import {renderUrgentPanel} from './urgent-panel.js';

/** What the urgent step shows, and what its buttons do. */
export interface UrgentStepContext {
  flags: readonly RedFlagId[];
  region: HelpRegion;
  onContinue: () => void;
  onBack: () => void;
}

/** The step shown at once after a red-flag "yes": the urgent panel, then a way to go on. */
export function renderUrgentStep(context: UrgentStepContext): HTMLTemplateResult {
  return html`${renderUrgentPanel(context.flags, context.region, 2)}
    <p>
      ${msg('When you are ready, you can finish the self-check.', {id: 'quiz.urgent.continue-about'})}
    </p>
    <div class="actions">
      <button part="button" @click=${context.onContinue}>
        ${msg('Continue the self-check', {id: 'quiz.urgent.continue'})}
      </button>
      <button class="secondary" part="button" @click=${context.onBack}>
        ${msg('Back', {id: 'quiz.back'})}
      </button>
    </div>`;
}
