import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {careLevels, type CareLevel} from '../assess.js';
import {levelText} from '../texts.js';

/** Every level of care, the suggested one marked, so no result is tilted to one program. */
export function renderContinuum(level: CareLevel): HTMLTemplateResult {
  return html`<h3>${msg('Every kind of care you can ask about', {id: 'quiz.result.continuum'})}</h3>
    <ol class="continuum" part="continuum">
      ${careLevels.map((each) => {
        const text = levelText[each]();
        const suggested = each === level;
        return html`<li
          class=${suggested ? 'suggested' : ''}
          aria-current=${suggested ? 'true' : nothing}
        >
          <span class="level-name">${text.name}</span>
          ${
            suggested
              ? html`<span class="badge"
                  >${msg('Suggested for you', {id: 'quiz.result.badge'})}</span
                >`
              : nothing
          }
          <span class="level-about">${text.about}</span>
        </li>`;
      })}
    </ol>`;
}
