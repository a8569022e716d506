import {html, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {sentHeading} from '../texts.js';

/** What the visitor sees once the clinic's system accepted the signup. */
export function successView(clinic: string): HTMLTemplateResult {
  return html`<h2 id="success-heading" tabindex="-1" part="heading">${sentHeading()}</h2>
    <p>
      ${msg(str`Someone from ${clinic} will get in touch the way you chose.`, {id: 'buddy.sent.next'})}
    </p>
    <p class="muted">
      ${msg('For your privacy, this page no longer holds what you typed.', {
        id: 'buddy.sent.privacy',
      })}
    </p>`;
}
