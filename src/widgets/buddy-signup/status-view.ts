import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {renderCrisisHelp} from '../../core/crisis-help.js';
import type {ClinicDetails} from '../../core/iop-element.js';
import type {HelpRegion} from '../../core/regions.js';
import type {BuddyErrorReason} from './events.js';
import {adultsOnly} from './texts.js';

/** Where the form stands. */
export type Status =
  | {type: 'idle'}
  | {type: 'sending'}
  | {type: 'retrying'; attempt: number; maxAttempts: number}
  | {type: 'offline'}
  | {type: 'failed'; reason: BuddyErrorReason}
  | {type: 'not-connected'}
  | {type: 'too-fast'}
  | {type: 'blocked'}
  | {type: 'sent'};

/** True while a submission is on its way; the send button then does nothing. */
export const isBusy = (status: Status) =>
  status.type === 'sending' || status.type === 'retrying' || status.type === 'offline';

/** The line every visitor sees: a buddy is a peer, and this is not a crisis service. */
export function peerNotice(region: HelpRegion): HTMLTemplateResult {
  return html`<div class="notice" part="notice">
    <p>
      <strong
        >${msg('A buddy is a peer, not a counselor. This is not a crisis service.', {
          id: 'buddy.notice.peer',
        })}</strong
      >
    </p>
    ${renderCrisisHelp(region, 'compact')}
  </div>`;
}

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

/** The message for the current status, or `undefined` when there is nothing to say. */
export function statusMessage(status: Status, clinic: string): string | undefined {
  switch (status.type) {
    case 'sending':
      return msg('Sending your request…', {id: 'buddy.status.sending'});
    case 'retrying': {
      const {attempt, maxAttempts} = status;
      return msg(
        str`No answer yet. Trying again (try ${attempt} of ${maxAttempts}). Please keep this page open.`,
        {id: 'buddy.status.retrying'},
      );
    }
    case 'offline':
      return msg(
        'You seem to be offline. Your request will be sent when you are back online. Please keep this page open.',
        {id: 'buddy.status.offline'},
      );
    case 'failed':
      return status.reason === 'rejected'
        ? msg(
            str`The request was not accepted, so it was not sent. Your answers are still here. Please check them and try again, or contact ${clinic} directly.`,
            {id: 'buddy.status.rejected'},
          )
        : msg(
            str`We could not send your request. Your answers are still here. Please try again in a few minutes, or contact ${clinic} directly.`,
            {id: 'buddy.status.failed'},
          );
    case 'not-connected':
      return msg(
        str`This form is not connected yet, so nothing was sent. Your answers are still here. Please contact ${clinic} directly.`,
        {id: 'buddy.status.not-connected'},
      );
    case 'too-fast':
      return msg('Please take a moment to check your answers, then send again.', {
        id: 'buddy.status.too-fast',
      });
    case 'blocked':
      return msg(str`Your request could not be sent. Please contact ${clinic} directly.`, {
        id: 'buddy.status.blocked',
      });
    default:
      return undefined;
  }
}

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

/** What the visitor sees once the clinic's system accepted the signup. */
export function successView(clinic: string): HTMLTemplateResult {
  return html`<h2 id="success-heading" tabindex="-1" part="heading">
      ${msg('Thanks, we got your request', {id: 'buddy.sent.heading'})}
    </h2>
    <p>
      ${msg(str`Someone from ${clinic} will get in touch the way you chose.`, {id: 'buddy.sent.next'})}
    </p>
    <p class="muted">
      ${msg('For your privacy, this page no longer holds what you typed.', {
        id: 'buddy.sent.privacy',
      })}
    </p>`;
}
