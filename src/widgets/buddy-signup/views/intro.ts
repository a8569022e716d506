import {html, type HTMLTemplateResult} from 'lit';
import {msg} from '@lit/localize';

/** The heading and what the buddy program is, before the form. */
export function renderIntro(): HTMLTemplateResult {
  return html`<h2>${msg('Recovery buddies', {id: 'buddy.heading'})}</h2>
    <p>
      ${msg(
        'Friends made in treatment help each other through hard days: someone to talk to, practical help, and sharing what helped and what hurt. Sign up to find a buddy, to be one, or both.',
        {id: 'buddy.intro'},
      )}
    </p>`;
}
