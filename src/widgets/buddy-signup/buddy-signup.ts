import {html, nothing, type PropertyValues, type HTMLTemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Announcer} from '../../core/announce.js';
import {controlStyles} from '../../core/controls.styles.js';
import {formStyles} from '../../core/form.styles.js';
import {crisisHelpStyles} from '../../core/crisis-help.styles.js';
import {IopElement, type ClinicDetails} from '../../core/iop-element.js';
import {clampNumber, safeUrl} from '../../core/links.js';
import {getLocale} from '../../localization/localization.js';
import {styles} from './buddy-signup.styles.js';
import {LazyModule} from '../../core/lazy-module.js';
import type {DeliveryProgress} from './delivery.js';
import {createPayload, newSubmissionId, type SignupPayload} from './payload.js';
import {
  charCount,
  counterStep,
  emptyValues,
  fieldNames,
  isFieldName,
  limits,
  shownError,
  toSignupData,
  validate,
  withInput,
  type FieldName,
  type FormValues,
} from './fields.js';
import {renderForm, type FormView} from './views/form.js';
import type {LeaveGuard} from './leave-guard.js';
import {isBusy, statusForFailure, type Status} from './status.js';
import {spamCheck} from './spam-check.js';
import {renderIntro} from './views/intro.js';
import {peerNotice} from './views/peer-notice.js';
import {successView} from './views/success.js';
import type {BuddyErrorReason} from './events.js';

export type {
  BuddyErrorDetail,
  BuddyErrorReason,
  BuddySentDetail,
  BuddySubmitDetail,
} from './events.js';
export type {SignupPayload} from './payload.js';
export type {SignupData} from './fields.js';
import {
  adultsOnly,
  clinicOrFallback,
  counterText,
  errorSummary,
  sentHeading,
  statusMessage,
} from './texts.js';

type SendPath = typeof import('./send-path.js');

const sendPath = new LazyModule(() => import('./send-path.js'), '<iop-buddy-signup> sending');

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
    formStyles,
    crisisHelpStyles,
    styles,
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

  readonly #announcer = new Announcer(this);
  #leaveGuard?: LeaveGuard;
  #pending?: {key: string; payload: SignupPayload};
  #controller?: AbortController;
  #shownAt = 0;
  #refusedEndpoint?: string;
  #counterStep = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#shownAt = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once the form is shown, a signup must go out even if the visitor goes offline.
    const loading = sendPath.prefetch();
    if (changed.has('endpoint')) void loading.then((path) => path && this.#reportEndpoint(path));
  }

  /** One console error for each endpoint value the form refuses, once its checks have loaded. */
  #reportEndpoint(path: SendPath): void {
    const endpoint = this.endpoint?.trim();
    if (!endpoint || endpoint === this.#refusedEndpoint) return;
    const problem = path.endpointProblem(endpoint);
    if (!problem) return;
    console.error(problem);
    this.#refusedEndpoint = endpoint;
  }

  #handleEdit(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.name;
    if (!isFieldName(field)) return;
    this.values = withInput(this.values, field, input);
    if (!this.dirty.has(field)) this.dirty = new Set(this.dirty).add(field);
    if (field === 'note') this.#announceCounter();
    if (field === 'age' && input.value === 'under-18' && event.type === 'change') {
      this.#announcer.announce(adultsOnly());
    }
  }

  /** Announces the note's counter only when it nears or passes the limit. */
  #announceCounter(): void {
    const left = limits.note - charCount(this.values.note);
    const step = counterStep(left);
    if (step > this.#counterStep) this.#announcer.announce(counterText(left));
    this.#counterStep = step;
  }

  #handleLeave(event: FocusEvent): void {
    const target = event.target as HTMLInputElement;
    const field = target.name;
    if (!target.isConnected || this.status.type === 'sent') return;
    if (isFieldName(field) && !this.touched.has(field)) {
      this.touched = new Set(this.touched).add(field);
    }
  }

  async #handleSubmit(event: SubmitEvent): Promise<void> {
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
      this.#announcer.announce(errorSummary(Object.keys(errors).length));
      return;
    }
    const spam = spamCheck(event.target as HTMLFormElement, this.#shownAt, this.minFillSeconds);
    if (spam === 'spam') return void this.#finish(newSubmissionId(), 'spam');
    if (spam === 'too-fast') return this.#showStatus({type: 'too-fast'});
    const key = JSON.stringify(data);
    if (this.#pending?.key !== key) {
      const clinic = this.clinic;
      const payload = createPayload({
        id: newSubmissionId(),
        data,
        locale: getLocale(),
        clinic: {name: clinic.name, region: clinic.region},
        now: Date.now(),
      });
      this.#pending = {key, payload};
    }
    await this.#send(this.#pending.payload);
  }

  /** Hands the payload to a page handler, or delivers it to the endpoint, and shows the end. */
  async #send(payload: SignupPayload): Promise<void> {
    this.#showStatus({type: 'sending'});
    const path = sendPath.loaded ?? (await sendPath.get());
    if (!path) return this.#finish(payload.id, 'network');
    const guard = (this.#leaveGuard ??= new path.LeaveGuard(this));
    guard.hold({payload});
    const onProgress = (progress: DeliveryProgress) => this.#handleProgress(path, progress);
    const handled = await path.dispatchSubmit(this, payload, onProgress);
    if (handled === 'accepted' || handled === 'refused') {
      return this.#finish(payload.id, handled === 'accepted' ? undefined : 'handler');
    }
    if (handled === 'prevented') {
      guard.release();
      this.status = {type: 'idle'};
      this.#announcer.announce('');
      return;
    }
    const endpoint = path.checkEndpoint(this.endpoint, document.baseURI, location.origin);
    if (!endpoint.ok) return this.#finish(payload.id, 'not-connected');
    guard.hold({payload, endpoint: endpoint.url});
    const controller = (this.#controller = new AbortController());
    const result = await path.deliver(payload, {
      endpoint: endpoint.url,
      timeoutMs: clampNumber(this.timeout, 15, 0.1) * 1000,
      maxAttempts: Math.round(clampNumber(this.maxAttempts, 5, 1, 10)),
      signal: controller.signal,
      onProgress,
    });
    if (result.ok) return this.#finish(payload.id);
    if (result.reason === 'aborted') {
      guard.release();
      this.status = {type: 'failed', reason: 'network'};
    } else this.#finish(payload.id, result.reason);
  }

  #handleProgress(path: SendPath, progress: DeliveryProgress): void {
    const next = path.statusAfterProgress(this.status, progress);
    if (!next) return;
    if (next.type === 'sending') this.status = next;
    else this.#showStatus(next);
  }

  /** Sets a busy or problem status and announces it. */
  #showStatus(status: Status): void {
    this.status = status;
    const message = statusMessage(status, clinicOrFallback(this.clinic.name));
    if (message) this.#announcer.announce(message);
  }

  /** Ends a submission: the thank-you view (and the data forgotten), or the problem and the data kept. */
  async #finish(id: string, reason?: BuddyErrorReason): Promise<void> {
    this.#leaveGuard?.release();
    if (reason) {
      // The live region ends with the outcome, never with an earlier "Sending…" or "offline".
      this.#showStatus(statusForFailure(reason));
      this.emit('iop-buddy-error', {id, reason});
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#status')?.focus();
      return;
    }
    this.values = emptyValues();
    this.touched = new Set();
    this.dirty = new Set();
    this.submitted = false;
    this.#pending = undefined;
    this.status = {type: 'sent'};
    this.#announcer.announce(sentHeading());
    this.emit('iop-buddy-sent', {id});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#success-heading')?.focus();
  }

  override render(): HTMLTemplateResult {
    const clinic = this.clinic;
    const label = clinicOrFallback(clinic.name);
    const sent = this.status.type === 'sent';
    return html`<div class="surface" part="base">
      ${sent ? successView(label) : renderIntro()} ${peerNotice(clinic.region)}
      ${sent ? nothing : this.#renderForm(clinic, label)} ${this.#announcer.render()}
    </div>`;
  }

  #renderForm(details: ClinicDetails, clinic: string) {
    const errors = validate(this.values);
    const seen = {submitted: this.submitted, touched: this.touched, dirty: this.dirty};
    const view: FormView = {
      values: this.values,
      clinic,
      privacyUrl: safeUrl(this.privacyUrl, '<iop-buddy-signup> privacy-url'),
      shownError: (field) => shownError(errors, field, seen),
    };
    return renderForm(view, details, this.status, {
      onSubmit: this.#handleSubmit,
      onEdit: this.#handleEdit,
      onLeave: this.#handleLeave,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-buddy-signup': IopBuddySignup;
  }
}
