import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ClinicDetails} from '../../../core/iop-element.js';

/** Ways to reach the clinic directly: its phone and its contact page, when configured. */
export function clinicContacts(
  details: ClinicDetails,
  clinic: string,
): HTMLTemplateResult | typeof nothing {
  if (!details.phone && !details.intakeUrl) return nothing;
  const phone = details.phone?.text;
  const call = details.phone
    ? html`<a class="button" part="button" href=${details.phone.href}
        >${msg(str`Call ${phone}`, {id: 'buddy.call-clinic'})}</a
      >`
    : nothing;
  const contact = details.intakeUrl
    ? html`<a class="button secondary" part="button" href=${details.intakeUrl}
        >${msg(str`Contact ${clinic}`, {id: 'buddy.contact-clinic'})}</a
      >`
    : nothing;
  return html`<p class="actions">${call} ${contact}</p>`;
}
