import {html, nothing, type HTMLTemplateResult} from 'lit';
import {renderContact} from '../../../core/crisis-help.js';
import {helpFor} from '../../../core/help-lines.js';
import type {ClinicDetails} from '../../../core/iop-element.js';
import {ctaText} from '../texts.js';

/** What the call to action shows, and what its links report. */
export interface NextStepsContext {
  clinic: ClinicDetails;
  /** The program's name, or the neutral default. */
  name: string;
  onCall: () => void;
  onIntake: () => void;
}

/**
 * Next steps: the clinic's call and intake links where configured; otherwise a talk with a doctor
 * or a program (and, in the US, the national treatment helpline).
 */
export function renderNextSteps({
  clinic,
  name,
  onCall,
  onIntake,
}: NextStepsContext): HTMLTemplateResult {
  const {phone, intakeUrl, region} = clinic;
  if (!phone && !intakeUrl) {
    const finder = helpFor(region).lines.find((line) => line.id === 'samhsa');
    return html`<h3>${ctaText.heading()}</h3>
      <p>${region === 'US' ? ctaText.noneUs() : ctaText.none()}</p>
      ${
        finder
          ? html`<p>
              <strong>${finder.name}.</strong> ${finder.about}
              ${finder.contacts.map((contact) => renderContact(contact, 'link'))}
            </p>`
          : nothing
      }`;
  }
  return html`<h3>${ctaText.heading()}</h3>
    <p>${ctaText.contact(name)}</p>
    <div class="actions">
      ${
        phone
          ? html`<a part="button" class="button" href=${phone.href} @click=${onCall}
              >${ctaText.call(phone.text)}</a
            >`
          : nothing
      }
      ${
        intakeUrl
          ? html`<a
              part="button"
              class=${phone ? 'button secondary' : 'button'}
              href=${intakeUrl}
              @click=${onIntake}
              >${ctaText.intake()}</a
            >`
          : nothing
      }
    </div>`;
}
