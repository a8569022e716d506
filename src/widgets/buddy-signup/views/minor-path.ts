import {html, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {renderCrisisHelp} from '../../../core/crisis-help.js';
import type {ClinicDetails} from '../../../core/iop-element.js';
import {adultsOnly} from '../texts.js';
import {clinicContacts} from './clinic-contacts.js';

/** The short, kind path for a visitor who is not 18 yet. */
export function minorPath(details: ClinicDetails, clinic: string): HTMLTemplateResult {
  return html`<section class="minor" part="minor" aria-labelledby="minor-heading">
    <h3 id="minor-heading">${msg('Thank you for reaching out', {id: 'buddy.minor.heading'})}</h3>
    <p>${adultsOnly()}</p>
    <p>
      ${msg(str`Please talk with ${clinic} directly, or with an adult you trust.`, {
        id: 'buddy.minor.talk',
      })}
    </p>
    ${clinicContacts(details, clinic)} ${renderCrisisHelp(details.region, 'compact')}
  </section>`;
}
