import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {ownDirection} from '../../../core/bidi.js';
import {checkedState} from '../../../core/checked.js';
import {charCount, limits, type ErrorId, type FieldName, type FormValues} from '../fields.js';
import {newTabNotice} from '../../../core/crisis-help.js';
import {counterText, errorText, optional} from '../texts.js';

/** What the form's templates read: the values, the errors to show now, the clinic's words. */
export interface FormView {
  values: FormValues;
  /** The error to show for `field` now (after touched and changed, or after a submit attempt). */
  shownError(field: FieldName): ErrorId | undefined;
  /** The clinic's name, or a neutral phrase. */
  clinic: string;
  /** The checked privacy notice link, if any. */
  privacyUrl: string | undefined;
}

/** The name of the hidden field only bots fill in. */
export const honeypotName = 'website';

const ids = (...parts: (string | false | undefined)[]) =>
  parts.filter(Boolean).join(' ') || undefined;

/**
 * "(optional)" after a label. The space before it belongs to the label's template: the minifier
 * of the CDN build drops the whitespace a template starts with.
 */
const optionalMark = (isOptional: boolean | undefined) =>
  isOptional ? html`<span class="optional">${optional()}</span>` : nothing;

function hintAndError(view: FormView, field: FieldName, hint: string | undefined) {
  const error = view.shownError(field);
  return html`${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
  ${
    error
      ? html`<p class="error" id="${field}-error" part="error">${errorText(error, view.clinic)}</p>`
      : nothing
  }`;
}

function describedBy(view: FormView, field: FieldName, hint: unknown, ...more: string[]) {
  return ids(
    hint ? `${field}-hint` : undefined,
    ...more,
    view.shownError(field) && `${field}-error`,
  );
}

/** A group of radios or checkboxes in a fieldset with its legend, hint and error. */
export function choiceGroup(
  view: FormView,
  field: FieldName,
  type: 'radio' | 'checkbox',
  legend: string,
  options: Record<string, string>,
  extra: {hint?: string; optional?: boolean; after?: TemplateResult | typeof nothing} = {},
) {
  const value = view.values[field];
  const invalid = Boolean(view.shownError(field));
  const describe = describedBy(view, field, extra.hint);
  const chosen = (option: string) =>
    Array.isArray(value) ? (value as string[]).includes(option) : value === option;
  return html`<fieldset class="question" part="question">
    <legend>${legend} ${optionalMark(extra.optional)}</legend>
    ${hintAndError(view, field, extra.hint)}
    <div class="choices ${type === 'checkbox' ? 'grid' : ''}">
      ${Object.entries(options).map(
        ([option, label]) =>
          html`<label class="choice" part="option">
            <input
              type=${type}
              name=${field}
              value=${option}
              ?checked=${chosen(option)}
              ${checkedState(chosen(option))}
              ?required=${type === 'radio'}
              aria-describedby=${describe ?? nothing}
              aria-invalid=${invalid}
            />
            <span>${label}</span>
          </label>`,
      )}
    </div>
    ${extra.after ?? nothing}
  </fieldset>`;
}

/**
 * A labelled text input with its hint and error, in the direction of what is typed (see
 * `ownDirection`). Attribute bindings write a boolean as "true" or "false".
 */
export function textField(
  view: FormView,
  field: 'name' | 'email' | 'phone' | 'program',
  label: string,
  options: {
    type?: 'text' | 'email' | 'tel';
    autocomplete: string;
    hint?: string;
    optional?: boolean;
  },
) {
  const {type = 'text', autocomplete, hint} = options;
  return html`<div class="field">
    <label for=${field}>${label} ${optionalMark(options.optional)}</label>
    ${hintAndError(view, field, hint)}
    <input
      id=${field}
      name=${field}
      type=${type}
      dir=${ownDirection(view.values[field])}
      autocomplete=${autocomplete}
      spellcheck=${type === 'text'}
      .value=${view.values[field]}
      ?required=${!options.optional}
      aria-describedby=${describedBy(view, field, hint) ?? nothing}
      aria-invalid=${Boolean(view.shownError(field))}
    />
  </div>`;
}

/** The optional note, with its privacy hint and a character counter. */
export function noteField(view: FormView) {
  const hint = msg('Please do not include health details here.', {id: 'buddy.note.hint'});
  const left = limits.note - charCount(view.values.note);
  return html`<div class="field">
    <label for="note">${msg('A short note', {id: 'buddy.note.label'})} ${optionalMark(true)}</label>
    ${hintAndError(view, 'note', hint)}
    <textarea
      id="note"
      name="note"
      dir=${ownDirection(view.values.note)}
      rows="4"
      .value=${view.values.note}
      aria-describedby=${describedBy(view, 'note', hint, 'note-counter') ?? nothing}
      aria-invalid=${Boolean(view.shownError('note'))}
    ></textarea>
    <p class="counter ${left < 0 ? 'over' : ''}" id="note-counter">${counterText(left)}</p>
  </div>`;
}

/** What the visitor agrees to, and the consent box itself (never ticked in advance). */
export function consentBlock(view: FormView) {
  const clinic = view.clinic;
  const terms = [
    msg('What we keep: only the answers in this form.', {id: 'buddy.consent.what'}),
    msg(str`Why: so ${clinic} can contact you about the buddy program, and for nothing else.`, {
      id: 'buddy.consent.why',
    }),
    msg(str`Who sees it: only the staff of ${clinic} who run the buddy program.`, {
      id: 'buddy.consent.who',
    }),
    msg('How long: while you take part in the buddy program.', {id: 'buddy.consent.how-long'}),
    msg(
      str`You can change your mind at any time: tell ${clinic}, and they will stop contacting you and delete your details.`,
      {id: 'buddy.consent.withdraw'},
    ),
  ];
  const error = view.shownError('consent');
  return html`<fieldset class="question consent" part="question">
    <legend>${msg('Your consent', {id: 'buddy.consent.legend'})}</legend>
    <ul class="terms" id="consent-terms">
      ${terms.map((term) => html`<li>${term}</li>`)}
    </ul>
    ${
      view.privacyUrl
        ? html`<p>
            <a href=${view.privacyUrl} target="_blank" rel="noopener noreferrer"
              >${msg('Read the privacy notice', {id: 'buddy.consent.privacy'})}
              <span class="muted">${newTabNotice()}</span></a
            >
          </p>`
        : nothing
    }
    ${hintAndError(view, 'consent', undefined)}
    <label class="choice" part="option">
      <input
        id="consent"
        type="checkbox"
        name="consent"
        required
        ?checked=${view.values.consent}
        ${checkedState(view.values.consent)}
        aria-describedby=${ids('consent-terms', error && 'consent-error') ?? nothing}
        aria-invalid=${Boolean(error)}
      />
      <span
        >${msg(
          str`I agree that ${clinic} may contact me about the buddy program, as described above.`,
          {
            id: 'buddy.consent.agree',
          },
        )}</span
      >
    </label>
  </fieldset>`;
}

/** A text field people never see or reach; a filled value marks the submission as automated. */
export function honeypot() {
  return html`<div class="visually-hidden" aria-hidden="true">
    <label for=${honeypotName}>${msg('Leave this field empty', {id: 'buddy.honeypot'})}</label>
    <input id=${honeypotName} name=${honeypotName} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
