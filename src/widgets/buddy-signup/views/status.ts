import {html, nothing, type HTMLTemplateResult} from 'lit';
import type {ClinicDetails} from '../../../core/iop-element.js';
import {isBusy, type Status} from '../status.js';
import {statusMessage} from '../texts.js';
import {clinicContacts} from './clinic-contacts.js';

/** The status box above the send button; it takes focus when a submission ends unsent. */
export function statusBox(
  status: Status,
  details: ClinicDetails,
  clinic: string,
): HTMLTemplateResult | typeof nothing {
  const message = statusMessage(status, clinic);
  if (!message) return nothing;
  const problem = !isBusy(status);
  const contacts = ['failed', 'not-connected', 'blocked'].includes(status.type);
  return html`<div
    class="status ${problem ? 'problem' : ''}"
    id="status"
    tabindex="-1"
    part="status"
  >
    <p>${message}</p>
    ${contacts ? clinicContacts(details, clinic) : nothing}
  </div>`;
}

/** The heading of the thank-you view, also the live region's last word after a delivery. */
