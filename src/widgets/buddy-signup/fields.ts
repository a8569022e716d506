/**
 * The buddy-signup form's fields, limits and validators. Pure: no DOM, no text. Validators return
 * a message id (see `errorMessage()` in the widget) or `undefined` when the value is fine.
 *
 * The form asks only what the clinic's buddy program needs (CONTENT.md 8.4): never a surname,
 * address, birth date, diagnosis, substance, sobriety date or insurance.
 */

/** What the visitor wants to do in the buddy program. */
export const roles = ['find', 'volunteer', 'both'] as const;
export type Role = (typeof roles)[number];

/** How the clinic may reach the visitor. */
export const channels = ['email', 'text', 'call'] as const;
export type Channel = (typeof channels)[number];

/** Best times to be contacted. */
export const contactTimes = ['mornings', 'afternoons', 'evenings', 'weekends'] as const;
export type ContactTime = (typeof contactTimes)[number];

/** Kinds of peer support (SAMHSA: emotional, informational, instrumental, affiliational). */
export const supportKinds = ['emotional', 'practical', 'sharing', 'activities'] as const;
export type SupportKind = (typeof supportKinds)[number];

/** Whether a voicemail, text or email may name the clinic. */
export const mentionChoices = ['yes', 'no'] as const;
export type MentionChoice = (typeof mentionChoices)[number];

/** The visitor's answer to the age question. */
export const ageChoices = ['adult', 'under-18'] as const;
export type AgeChoice = (typeof ageChoices)[number];

/** Longest accepted value of each text field, in characters, after trimming. */
export const limits = {
  name: 50,
  email: 254,
  phone: 25,
  program: 100,
  note: 500,
} as const;

/** Every field of the form, in the order it is shown (the honeypot is not a field). */
export const fieldNames = [
  'age',
  'role',
  'name',
  'channel',
  'email',
  'phone',
  'mentionClinic',
  'times',
  'support',
  'program',
  'note',
  'consent',
] as const;
export type FieldName = (typeof fieldNames)[number];

/** What the visitor has entered so far, as the form holds it (untrimmed, possibly incomplete). */
export interface FormValues {
  age: AgeChoice | '';
  role: Role | '';
  name: string;
  channel: Channel | '';
  email: string;
  phone: string;
  mentionClinic: MentionChoice | '';
  times: ContactTime[];
  support: SupportKind[];
  program: string;
  note: string;
  consent: boolean;
}

/** Whether `name` is one of the form's fields (an input's `name`). */
export const isFieldName = (name: string): name is FieldName =>
  (fieldNames as readonly string[]).includes(name);

/** A fresh, empty form: nothing chosen, consent unticked. */
export function emptyValues(): FormValues {
  return {
    age: '',
    role: '',
    name: '',
    channel: '',
    email: '',
    phone: '',
    mentionClinic: '',
    times: [],
    support: [],
    program: '',
    note: '',
    consent: false,
  };
}

/**
 * The signup as it is sent: trimmed, with only the contact detail that matches the chosen
 * channel, and optional fields left out when empty. `buddy-signup.schema.json` describes it.
 */
export interface SignupData {
  role: Role;
  name: string;
  channel: Channel;
  /** Present when `channel` is `email`. */
  email?: string;
  /** Present when `channel` is `text` or `call`. */
  phone?: string;
  /** `true`: messages may name the clinic; `false`: keep messages discreet. */
  mayNameClinic: boolean;
  times: ContactTime[];
  support: SupportKind[];
  program?: string;
  note?: string;
  /** Always `true`: the visitor confirmed being 18 or older. */
  adult: true;
  /** Always `true`: the visitor ticked the consent box. */
  consent: true;
}

/** Ids of the error messages a validator can return. */
export type ErrorId =
  | 'age.required'
  | 'age.under-18'
  | 'role.required'
  | 'name.required'
  | 'name.too-long'
  | 'channel.required'
  | 'email.required'
  | 'email.invalid'
  | 'email.too-long'
  | 'phone.required'
  | 'phone.invalid'
  | 'mention.required'
  | 'program.too-long'
  | 'note.too-long'
  | 'consent.required';

/** Characters in `value` as a person counts them (an emoji is one). */
export function charCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const emailPattern = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]{2,}$/;
const phoneShape = /^\+?[\d\s().-]+$/;

/** `undefined` for an email address of the usual shape (name@example.org), else an error id. */
export function checkEmail(value: string): ErrorId | undefined {
  const text = value.trim();
  if (!text) return 'email.required';
  if (charCount(text) > limits.email) return 'email.too-long';
  return emailPattern.test(text) ? undefined : 'email.invalid';
}

/** The digits of a phone number as written ("+1 (555) 010-4477" gives "15550104477"). */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * `undefined` for a phone number written with digits, spaces, dots, dashes or brackets, an
 * optional leading `+`, and 7 to 15 digits in all; else an error id.
 */
export function checkPhone(value: string): ErrorId | undefined {
  const text = value.trim();
  if (!text) return 'phone.required';
  const digits = phoneDigits(text).length;
  const ok = charCount(text) <= limits.phone && phoneShape.test(text) && digits >= 7;
  return ok && digits <= 15 ? undefined : 'phone.invalid';
}

type Validator = (values: FormValues) => ErrorId | undefined;

const tooLong = (value: string, field: keyof typeof limits) =>
  charCount(value.trim()) > limits[field];

const validators: Record<FieldName, Validator> = {
  age: ({age}) => (age === '' ? 'age.required' : age === 'under-18' ? 'age.under-18' : undefined),
  role: ({role}) => (role ? undefined : 'role.required'),
  name: ({name}) =>
    !name.trim() ? 'name.required' : tooLong(name, 'name') ? 'name.too-long' : undefined,
  channel: ({channel}) => (channel ? undefined : 'channel.required'),
  email: ({channel, email}) => (channel === 'email' ? checkEmail(email) : undefined),
  phone: ({channel, phone}) =>
    channel === 'text' || channel === 'call' ? checkPhone(phone) : undefined,
  mentionClinic: ({mentionClinic}) => (mentionClinic ? undefined : 'mention.required'),
  times: () => undefined,
  support: () => undefined,
  program: ({program}) => (tooLong(program, 'program') ? 'program.too-long' : undefined),
  note: ({note}) => (tooLong(note, 'note') ? 'note.too-long' : undefined),
  consent: ({consent}) => (consent ? undefined : 'consent.required'),
};

/** The error of one field, or `undefined` when it is fine. */
export function validateField(field: FieldName, values: FormValues): ErrorId | undefined {
  return validators[field](values);
}

/** Every field's error, in form order; an empty object when the form can be sent. */
export function validate(values: FormValues): Partial<Record<FieldName, ErrorId>> {
  const errors: Partial<Record<FieldName, ErrorId>> = {};
  for (const field of fieldNames) {
    const error = validators[field](values);
    if (error) errors[field] = error;
  }
  return errors;
}

/** Keeps the known choices of a list, once each, in their canonical order. */
function known<T extends string>(choices: readonly T[], picked: readonly string[]): T[] {
  return choices.filter((choice) => picked.includes(choice));
}

/**
 * The data to send for valid `values`, trimmed and minimal; `undefined` while any field is
 * invalid, so nothing incomplete can ever be sent.
 */
export function toSignupData(values: FormValues): SignupData | undefined {
  if (Object.keys(validate(values)).length) return undefined;
  const {role, channel, mentionClinic} = values as FormValues & {
    role: Role;
    channel: Channel;
    mentionClinic: MentionChoice;
  };
  const data: SignupData = {
    role,
    name: values.name.trim(),
    channel,
    mayNameClinic: mentionClinic === 'yes',
    times: known(contactTimes, values.times),
    support: known(supportKinds, values.support),
    adult: true,
    consent: true,
  };
  if (channel === 'email') data.email = values.email.trim();
  else data.phone = values.phone.trim();
  const program = values.program.trim();
  const note = values.note.trim();
  if (program) data.program = program;
  if (note) data.note = note;
  return data;
}

/** The form's values after a visitor's input in `field`: a list toggles, consent follows the box. */
export function withInput(
  values: FormValues,
  field: FieldName,
  input: {value: string; checked: boolean},
): FormValues {
  const next = {...values};
  if (field === 'times' || field === 'support') {
    const list = (next[field] as string[]).filter((item) => item !== input.value);
    next[field] = (input.checked ? [...list, input.value] : list) as never;
  } else if (field === 'consent') {
    next.consent = input.checked;
  } else {
    (next as Record<string, unknown>)[field] = input.value;
  }
  return next;
}

/**
 * How near the note is to its limit, 0 (far) to 3 (over), so the counter is announced only when
 * it crosses into a nearer step.
 */
export const counterStep = (left: number): number =>
  left < 0 ? 3 : left <= 20 ? 2 : left <= 50 ? 1 : 0;

/** What the visitor has done with the form so far, for when errors show. */
export interface FormProgress {
  submitted: boolean;
  touched: ReadonlySet<FieldName>;
  dirty: ReadonlySet<FieldName>;
}

/**
 * The error to show for `field` now (Lion's timing): after it was touched and changed, or after a
 * submit attempt. Being under 18 is a path, not an error, so it is never shown as one.
 */
export function shownError(
  errors: Partial<Record<FieldName, ErrorId>>,
  field: FieldName,
  progress: FormProgress,
): ErrorId | undefined {
  const shown = progress.submitted || (progress.touched.has(field) && progress.dirty.has(field));
  return shown && errors[field] !== 'age.under-18' ? errors[field] : undefined;
}
