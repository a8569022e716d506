import {msg, str} from '@lit/localize';
import {isolate} from '../../core/bidi.js';
import {
  limits,
  type AgeChoice,
  type Channel,
  type ContactTime,
  type ErrorId,
  type MentionChoice,
  type Role,
  type SupportKind,
} from './fields.js';
import type {Status} from './status.js';

/**
 * The buddy-signup form's words, in the current locale. Functions, not constants, so each render
 * reads the active language.
 */

/**
 * The clinic's name, isolated for a sentence (see `isolate`), or a neutral phrase that reads well
 * inside a sentence.
 */
export const clinicOrFallback = (name: string | undefined) =>
  name ? isolate(name) : msg('the clinic', {id: 'buddy.clinic-fallback'});

export const ageLabels = (): Record<AgeChoice, string> => ({
  adult: msg('Yes, I am 18 or older', {id: 'buddy.age.adult'}),
  'under-18': msg('No, I am not 18 yet', {id: 'buddy.age.under-18'}),
});

export const roleLabels = (): Record<Role, string> => ({
  find: msg('Find a buddy', {id: 'buddy.role.find'}),
  volunteer: msg('Volunteer as a buddy', {id: 'buddy.role.volunteer'}),
  both: msg('Both', {id: 'buddy.role.both'}),
});

export const channelLabels = (): Record<Channel, string> => ({
  email: msg('Email', {id: 'buddy.channel.email'}),
  text: msg('Text message', {id: 'buddy.channel.text'}),
  call: msg('Phone call', {id: 'buddy.channel.call'}),
});

export const timeLabels = (): Record<ContactTime, string> => ({
  mornings: msg('Mornings', {id: 'buddy.time.mornings'}),
  afternoons: msg('Afternoons', {id: 'buddy.time.afternoons'}),
  evenings: msg('Evenings', {id: 'buddy.time.evenings'}),
  weekends: msg('Weekends', {id: 'buddy.time.weekends'}),
});

export const supportLabels = (): Record<SupportKind, string> => ({
  emotional: msg('Someone to talk to: regular check-ins', {id: 'buddy.support.emotional'}),
  practical: msg('Practical help, like a move or a job that needs two people', {
    id: 'buddy.support.practical',
  }),
  sharing: msg('Sharing what helped, and what did not', {id: 'buddy.support.sharing'}),
  activities: msg('Sober activities together', {id: 'buddy.support.activities'}),
});

export const mentionLabels = (clinic: string): Record<MentionChoice, string> => ({
  yes: msg(str`Yes, you may name ${clinic}`, {id: 'buddy.mention.yes'}),
  no: msg('No, keep messages discreet', {id: 'buddy.mention.no'}),
});

/** The text of an error id, naming the fix. */
export function errorText(id: ErrorId, clinic: string): string {
  switch (id) {
    case 'age.required':
      return msg('Please tell us whether you are 18 or older.', {id: 'buddy.error.age'});
    case 'age.under-18':
      return msg('The buddy program is for people 18 and older.', {id: 'buddy.error.under-18'});
    case 'role.required':
      return msg('Choose what you would like to do.', {id: 'buddy.error.role'});
    case 'name.required':
      return msg('Enter a first name or a nickname.', {id: 'buddy.error.name'});
    case 'name.too-long':
      return tooLong(limits.name);
    case 'channel.required':
      return msg('Choose how we should reach you.', {id: 'buddy.error.channel'});
    case 'email.required':
      return msg('Enter your email address.', {id: 'buddy.error.email-required'});
    case 'email.invalid':
      return msg('Enter an email address like name@example.com.', {id: 'buddy.error.email'});
    case 'email.too-long':
      return tooLong(limits.email);
    case 'phone.required':
      return msg('Enter your phone number.', {id: 'buddy.error.phone-required'});
    case 'phone.invalid':
      return msg('Enter a phone number with 7 to 15 digits, like +1 555 010 4477.', {
        id: 'buddy.error.phone',
      });
    case 'mention.required':
      return msg(str`Choose whether our messages may name ${clinic}.`, {id: 'buddy.error.mention'});
    case 'program.too-long':
      return tooLong(limits.program);
    case 'note.too-long':
      return tooLong(limits.note);
    case 'consent.required':
      return msg('Tick this box so we may contact you. Without it we cannot sign you up.', {
        id: 'buddy.error.consent',
      });
  }
}

const tooLong = (limit: number) =>
  msg(str`Use ${limit} characters or fewer.`, {id: 'buddy.error.too-long'});

/** The announcement after a submit attempt with errors. */
export const errorSummary = (count: number) =>
  count === 1
    ? msg('One answer needs your attention before sending.', {id: 'buddy.errors.one'})
    : msg(str`${count} answers need your attention before sending.`, {id: 'buddy.errors.many'});

/** The note's counter: characters left, or how many too many. */
export function counterText(left: number): string {
  if (left >= 0) return msg(str`Characters left: ${left}`, {id: 'buddy.note.left'});
  const over = -left;
  return msg(str`Characters over the limit: ${over}`, {id: 'buddy.note.over'});
}

/** " (optional)" after a label. */
export const optional = () => msg('(optional)', {id: 'buddy.optional'});

/** The first words of the path for a visitor who is not 18 yet. */
export const adultsOnly = () =>
  msg('The buddy program is for adults, 18 and older. You still deserve support.', {
    id: 'buddy.minor.adults',
  });

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

/** The heading once the clinic's system accepted the signup; also said by the live region. */
export const sentHeading = () => msg('Thanks, we got your request', {id: 'buddy.sent.heading'});
