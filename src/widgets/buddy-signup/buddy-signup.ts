import {html, nothing, type PropertyValues, type HTMLTemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {Announcer} from '../../core/announce.js';
import {controlStyles} from '../../core/controls.styles.js';
import {crisisHelpStyles} from '../../core/crisis-help.styles.js';
import {IopElement, type ClinicDetails} from '../../core/iop-element.js';
import {safeUrl} from '../../core/links.js';
import {getLocale} from '../../localization/localization.js';
import {buddySignupStyles} from './buddy-signup.styles.js';
import {
  checkEndpoint,
  createPayload,
  deliver,
  endpointError,
  newSubmissionId,
  type DeliveryProgress,
  type SignupPayload,
} from './delivery.js';
import {
  charCount,
  emptyValues,
  fieldNames,
  limits,
  toSignupData,
  validate,
  type FieldName,
  type FormValues,
} from './fields.js';
import {honeypotName} from './field-templates.js';
import {formContent, type FormView} from './form-view.js';
import {isBusy, peerNotice, statusMessage, successView, type Status} from './status-view.js';
import type {BuddyErrorReason, BuddySubmitDetail} from './events.js';
import {adultsOnly, clinicOrFallback, counterText, errorSummary} from './texts.js';

export type {
  BuddyErrorDetail,
  BuddyErrorReason,
  BuddySentDetail,
  BuddySubmitDetail,
} from './events.js';
export type {SignupPayload} from './delivery.js';
export type {SignupData} from './fields.js';

const number = (value: number, fallback: number, min: number, max = Infinity) =>
  Number.isFinite(value) && value >= min ? Math.min(value, max) : fallback;

const isFieldName = (name: string): name is FieldName => fieldNames.includes(name as FieldName);

/**
 * A kind signup form for the clinic's recovery-buddy (peer support) program: find a buddy,
 * volunteer as one, or both. It asks only what the program needs, requires explicit consent, and
 * never shows "sent" before the clinic's endpoint (or the page's handler) accepted the signup.
 * Retries reuse one idempotency key, so a signup is never lost and never duplicated.
 *
 * @summary Signup for the clinic's recovery-buddy program, delivered reliably and privately.
 * @tag iop-buddy-signup
 * @csspart base - The widget's surface.
 * @csspart heading - The heading of the thank-you view.
 * @csspart notice - The "a buddy is a peer, not a counselor; not a crisis service" box.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each radio or checkbox with its label.
 * @csspart error - Each error message.
 * @csspart status - The sending, retrying and problem messages.
 * @csspart minor - The path shown to a visitor who is not 18 yet.
 * @csspart button - The send button and the clinic's call and contact buttons.
 * @fires iop-buddy-submit - Before sending: cancelable; carries the payload and `respondWith()` for a page that delivers it.
 * @fires iop-buddy-sent - The signup was accepted; carries its id only.
 * @fires iop-buddy-error - The signup was not delivered; carries its id and the reason only.
 * @example
 * <iop-buddy-signup clinic-name="Harbor Recovery" phone="+1 555 010 4477"
 *   endpoint="https://harbor.example/api/buddy-signup"
 *   privacy-url="https://harbor.example/privacy"></iop-buddy-signup>
 */
export class IopBuddySignup extends IopElement {
  static override styles = [
    ...IopElement.styles,
    controlStyles,
    crisisHelpStyles,
    buddySignupStyles,
  ];

  /** Where signups are POSTed as JSON: `https:`, or `http:` on the page's origin or localhost. */
  @property() endpoint?: string;

  /** The clinic's privacy notice, linked from the consent text (opens in a new tab). */
  @property({attribute: 'privacy-url'}) privacyUrl?: string;

  /** Seconds one delivery attempt may take before it is tried again. */
  @property({type: Number}) timeout = 15;

  /** How many requests at most (1 to 10) before the form offers "Try again". */
  @property({type: Number, attribute: 'max-attempts'}) maxAttempts = 5;

  /** Seconds after the form appears before it may be sent; a faster send is treated as a bot. */
  @property({type: Number, attribute: 'min-fill-seconds'}) minFillSeconds = 3;

  @state() private values: FormValues = emptyValues();
  @state() private touched = new Set<FieldName>();
  @state() private dirty = new Set<FieldName>();
  @state() private submitted = false;
  @state() private status: Status = {type: 'idle'};

  private readonly announcer = new Announcer(this);
  private pending?: {key: string; payload: SignupPayload};
  private controller?: AbortController;
  private shownAt = 0;
  private refusedEndpoint?: string;
  private counterStep = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.shownAt = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const endpoint = this.endpoint?.trim();
    if (!changed.has('endpoint') || !endpoint || endpoint === this.refusedEndpoint) return;
    // A server renderer has no page to resolve the endpoint against; the browser checks it.
    if (typeof document === 'undefined') return;
    const check = checkEndpoint(endpoint, document.baseURI, location.origin);
    if (!check.ok && check.problem !== 'missing') {
      this.refusedEndpoint = endpoint;
      console.error(endpointError(endpoint, check.problem));
    }
  }

  private onEdit(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.name;
    if (!isFieldName(field)) return;
    const values = {...this.values};
    if (field === 'times' || field === 'support') {
      const list = (values[field] as string[]).filter((item) => item !== input.value);
      values[field] = (input.checked ? [...list, input.value] : list) as never;
    } else if (field === 'consent') {
      values.consent = input.checked;
    } else {
      (values as Record<string, unknown>)[field] = input.value;
    }
    this.values = values;
    if (!this.dirty.has(field)) this.dirty = new Set(this.dirty).add(field);
    if (field === 'note') this.announceCounter();
    if (field === 'age' && input.value === 'under-18' && event.type === 'change') {
      this.announcer.announce(adultsOnly());
    }
  }

  /** Announces the note's counter only when it nears or passes the limit. */
  private announceCounter(): void {
    const left = limits.note - charCount(this.values.note);
    const step = left < 0 ? 3 : left <= 20 ? 2 : left <= 50 ? 1 : 0;
    if (step > this.counterStep) this.announcer.announce(counterText(left));
    this.counterStep = step;
  }

  private onLeave(event: FocusEvent): void {
    const target = event.target as HTMLInputElement;
    const field = target.name;
    if (!target.isConnected || this.status.type === 'sent') return;
    if (isFieldName(field) && !this.touched.has(field)) {
      this.touched = new Set(this.touched).add(field);
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (isBusy(this.status) || this.values.age === 'under-18') return;
    this.submitted = true;
    const errors = validate(this.values);
    const first = fieldNames.find((field) => errors[field]);
    const data = toSignupData(this.values);
    if (first || !data) {
      this.status = {type: 'idle'};
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      this.announcer.announce(errorSummary(Object.keys(errors).length));
      return;
    }
    const form = event.target as HTMLFormElement;
    const trap = form.elements.namedItem(honeypotName) as HTMLInputElement | null;
    if (trap?.value) {
      this.finish(newSubmissionId(), 'spam');
      return;
    }
    if (Date.now() - this.shownAt < number(this.minFillSeconds, 3, 0) * 1000) {
      this.showStatus({type: 'too-fast'});
      return;
    }
    const key = JSON.stringify(data);
    if (this.pending?.key !== key) {
      const clinic = this.clinic;
      const payload = createPayload({
        id: newSubmissionId(),
        data,
        locale: getLocale(),
        clinic: {name: clinic.name, region: clinic.region},
        now: Date.now(),
      });
      this.pending = {key, payload};
    }
    await this.send(this.pending.payload);
  }

  /** Hands the payload to a page handler, or delivers it to the endpoint, and shows the end. */
  private async send(payload: SignupPayload): Promise<void> {
    let handled: Promise<unknown> | undefined;
    let dispatching = true;
    const detail: BuddySubmitDetail = {
      payload,
      respondWith: (result) => {
        if (!dispatching || handled) {
          throw new Error('iop-buddy-submit: call respondWith() once, while the event is handled.');
        }
        handled = Promise.resolve(result);
      },
      reportProgress: (progress) => this.onProgress(progress),
    };
    this.showStatus({type: 'sending'});
    const event = this.emit('iop-buddy-submit', detail, {cancelable: true});
    dispatching = false;
    if (handled) {
      const accepted = await handled.then(
        (value) => value !== false && (value as Response | null)?.ok !== false,
        () => false,
      );
      return this.finish(payload.id, accepted ? undefined : 'handler');
    }
    if (event.defaultPrevented) {
      this.status = {type: 'idle'};
      return;
    }
    const endpoint = checkEndpoint(this.endpoint, document.baseURI, location.origin);
    if (!endpoint.ok) return this.finish(payload.id, 'not-connected');
    const controller = (this.controller = new AbortController());
    const result = await deliver(payload, {
      endpoint: endpoint.url,
      timeoutMs: number(this.timeout, 15, 0.1) * 1000,
      maxAttempts: Math.round(number(this.maxAttempts, 5, 1, 10)),
      signal: controller.signal,
      onProgress: (progress) => this.onProgress(progress),
    });
    if (result.ok) return this.finish(payload.id);
    if (result.reason === 'aborted') this.status = {type: 'failed', reason: 'network'};
    else this.finish(payload.id, result.reason);
  }

  private onProgress(progress: DeliveryProgress): void {
    if (!isBusy(this.status)) return;
    if (progress.type === 'offline') {
      if (this.status.type !== 'offline') this.showStatus({type: 'offline'});
    } else if (progress.type === 'retry-wait') {
      const {attempt, maxAttempts} = progress;
      this.showStatus({type: 'retrying', attempt, maxAttempts});
    } else if (this.status.type === 'offline') {
      this.status = {type: 'sending'};
    }
  }

  /** Sets a busy or problem status and announces it. */
  private showStatus(status: Status): void {
    this.status = status;
    const message = statusMessage(status, clinicOrFallback(this.clinic.name));
    if (message) this.announcer.announce(message);
  }

  /** Ends a submission: the thank-you view (and the data forgotten), or the problem and the data kept. */
  private async finish(id: string, reason?: BuddyErrorReason): Promise<void> {
    if (reason) {
      this.status =
        reason === 'not-connected'
          ? {type: 'not-connected'}
          : reason === 'spam'
            ? {type: 'blocked'}
            : {type: 'failed', reason};
      this.emit('iop-buddy-error', {id, reason});
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
      return;
    }
    this.values = emptyValues();
    this.touched = new Set();
    this.dirty = new Set();
    this.submitted = false;
    this.pending = undefined;
    this.status = {type: 'sent'};
    this.emit('iop-buddy-sent', {id});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#success-heading')?.focus();
  }

  override render(): HTMLTemplateResult {
    const clinic = this.clinic;
    const label = clinicOrFallback(clinic.name);
    const sent = this.status.type === 'sent';
    return html`<div class="surface" part="base">
      ${
        sent
          ? successView(label)
          : html`<h2>${msg('Recovery buddies', {id: 'buddy.heading'})}</h2>
              <p>
                ${msg(
                  'Friends made in treatment help each other through hard days: someone to talk to, practical help, and sharing what helped and what hurt. Sign up to find a buddy, to be one, or both.',
                  {id: 'buddy.intro'},
                )}
              </p>`
      }
      ${peerNotice(clinic.region)} ${sent ? nothing : this.renderForm(clinic, label)}
      ${this.announcer.render()}
    </div>`;
  }

  private renderForm(details: ClinicDetails, clinic: string) {
    const errors = validate(this.values);
    const view: FormView = {
      values: this.values,
      clinic,
      privacyUrl: safeUrl(this.privacyUrl, '<iop-buddy-signup> privacy-url'),
      shownError: (field) => {
        const shown = this.submitted || (this.touched.has(field) && this.dirty.has(field));
        return shown && errors[field] !== 'age.under-18' ? errors[field] : undefined;
      },
    };
    return html`<form
      novalidate
      @submit=${this.onSubmit}
      @input=${this.onEdit}
      @change=${this.onEdit}
      @focusout=${this.onLeave}
    >
      ${formContent(view, details, this.status)}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-buddy-signup': IopBuddySignup;
  }
}
