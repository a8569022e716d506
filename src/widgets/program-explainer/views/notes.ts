import {html, type HTMLTemplateResult} from 'lit';
import {renderCrisisHelp} from '../../../core/crisis-help.js';
import type {HelpRegion} from '../../../core/regions.js';
import {ctaText, notDiagnosis} from '../texts.js';

/** The closing notes: this guide does not diagnose, and where to find crisis help now. */
export function renderNotes(region: HelpRegion): HTMLTemplateResult {
  return html`<div part="note" class="notes">
    <p>${notDiagnosis()}</p>
    <p>${ctaText.crisis()}</p>
    ${renderCrisisHelp(region, 'compact')}
  </div>`;
}
