import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {CareAssessment} from '../assess.js';
import {levelText, reasonText} from '../texts.js';

/** Why the suggestion was made, then what the other rules found. */
export function renderReasons(assessment: CareAssessment): HTMLTemplateResult {
  const [, ...also] = assessment.findings;
  return html`<h3>${msg('Why we suggest this', {id: 'quiz.result.why'})}</h3>
    <ul class="reasons">
      ${assessment.reasons.map((id) => html`<li>${reasonText(id, assessment)}</li>`)}
    </ul>
    ${
      also.length
        ? html`<p>${msg('The self-check also found:', {id: 'quiz.result.also-found'})}</p>
            <ul class="reasons">
              ${also.map(
                (finding) =>
                  html`<li>
                    <strong>${levelText[finding.level]().name}.</strong>
                    ${finding.reasons
                      .filter((id) => !assessment.reasons.includes(id))
                      .map((id) => reasonText(id, assessment))
                      .join(' ')}
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
}
