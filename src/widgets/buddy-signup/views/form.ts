import {html, nothing, type HTMLTemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ClinicDetails} from '../../../core/iop-element.js';
import {submitButton} from '../../../core/submit-button.js';
import {
  choiceGroup,
  consentBlock,
  honeypot,
  noteField,
  textField,
  type FormView,
} from './fields.js';
import {isBusy, type Status} from '../status.js';
import {minorPath} from './minor-path.js';
import {statusBox} from './status.js';
import {
  ageLabels,
  channelLabels,
  mentionLabels,
  roleLabels,
  supportLabels,
  timeLabels,
} from '../texts.js';

export type {FormView} from './fields.js';

/** The contact field that matches the chosen channel: email, or a phone number to text or call. */
function contactField(view: FormView) {
  const {channel} = view.values;
  if (!channel) return nothing;
  return channel === 'email'
    ? textField(view, 'email', msg('Email address', {id: 'buddy.email.label'}), {
        type: 'email',
        autocomplete: 'email',
      })
    : textField(view, 'phone', msg('Phone number', {id: 'buddy.phone.label'}), {
        type: 'tel',
        autocomplete: 'tel',
        hint: msg('For example, 555 010 4477. You may start with + and a country code.', {
          id: 'buddy.phone.hint',
        }),
      });
}

function sendButton(status: Status) {
  const busy = isBusy(status);
  const retry = status.type === 'failed' || status.type === 'not-connected';
  return submitButton(
    busy
      ? msg('Sending…', {id: 'buddy.button.sending'})
      : retry
        ? msg('Try again', {id: 'buddy.button.retry'})
        : msg('Send my request', {id: 'buddy.button.send'}),
    busy,
  );
}

/** What the form's element listens to. */
export interface FormHandlers {
  onSubmit: (event: SubmitEvent) => void;
  /** Every input and change of a field. */
  onEdit: (event: Event) => void;
  /** Focus leaving a field (it counts as touched). */
  onLeave: (event: FocusEvent) => void;
}

/**
 * The `<form>`, native validation off (the widget's own is kinder): the age question first; then
 * either the short path for a visitor under 18, or the questions, consent, status and send button.
 */
export function renderForm(
  view: FormView,
  details: ClinicDetails,
  status: Status,
  handlers: FormHandlers,
): HTMLTemplateResult {
  return html`<form
    novalidate
    @submit=${handlers.onSubmit}
    @input=${handlers.onEdit}
    @change=${handlers.onEdit}
    @focusout=${handlers.onLeave}
  >
    ${formContent(view, details, status)}
  </form>`;
}

function formContent(view: FormView, details: ClinicDetails, status: Status) {
  const {clinic} = view;
  const age = choiceGroup(
    view,
    'age',
    'radio',
    msg('Are you 18 or older?', {id: 'buddy.age.legend'}),
    ageLabels(),
  );
  // One outer template for both paths, so the age radios stay the same elements (and keep focus)
  // when a visitor moves between the answers with the arrow keys.
  const rest =
    view.values.age === 'under-18'
      ? minorPath(details, clinic)
      : adultQuestions(view, details, status);
  return html`${age} ${rest}`;
}

/** The questions, consent, status and send button a visitor of 18 or older sees. */
function adultQuestions(view: FormView, details: ClinicDetails, status: Status) {
  const {clinic} = view;
  return html`${choiceGroup(
    view,
    'role',
    'radio',
    msg('What would you like to do?', {id: 'buddy.role.legend'}),
    roleLabels(),
  )}
  ${textField(view, 'name', msg('First name or nickname', {id: 'buddy.name.label'}), {
    autocomplete: 'given-name',
    hint: msg('Any name you would like us to use. We do not need your last name.', {
      id: 'buddy.name.hint',
    }),
  })}
  ${choiceGroup(
    view,
    'channel',
    'radio',
    msg('How should we reach you?', {id: 'buddy.channel.legend'}),
    channelLabels(),
    {after: contactField(view)},
  )}
  ${choiceGroup(
    view,
    'mentionClinic',
    'radio',
    msg(str`May our messages name ${clinic}?`, {id: 'buddy.mention.legend'}),
    mentionLabels(clinic),
    {
      hint: msg(
        'A voicemail, text or email that names us could tell someone who shares your phone or inbox that you are in touch with us.',
        {id: 'buddy.mention.hint'},
      ),
    },
  )}
  ${choiceGroup(
    view,
    'times',
    'checkbox',
    msg('Best times to reach you', {id: 'buddy.times.legend'}),
    timeLabels(),
    {optional: true},
  )}
  ${choiceGroup(
    view,
    'support',
    'checkbox',
    msg('Kinds of support', {id: 'buddy.support.legend'}),
    supportLabels(),
    {
      optional: true,
      hint: msg('What you would like to get, or to give.', {id: 'buddy.support.hint'}),
    },
  )}
  ${textField(view, 'program', msg('Your program or group', {id: 'buddy.program.label'}), {
    autocomplete: 'off',
    optional: true,
    hint: msg('For example, the evening group.', {id: 'buddy.program.hint'}),
  })}
  ${noteField(view)} ${consentBlock(view)} ${honeypot()} ${statusBox(status, details, clinic)}
  ${sendButton(status)}`;
}
