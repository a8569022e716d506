import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sendLastTry, type SignupPayload} from './delivery.js';

/** A signup on its way: its payload, and the endpoint when the form delivers it itself. */
export interface Unsent {
  payload: SignupPayload;
  endpoint?: string;
}

/**
 * Guards a signup that is not accepted yet against the page going away. While one is set, leaving
 * the page asks the browser's standard "leave this page?" question (`beforeunload`), and when the
 * page goes anyway (`pagehide`) one last try goes out with `keepalive` and the same idempotency
 * key. The listeners exist only while a signup is unsent, so a page with nothing to lose keeps the
 * back/forward cache and leaves without a question.
 */
export class LeaveGuard implements ReactiveController {
  #unsent?: Unsent;

  constructor(
    host: ReactiveControllerHost,
    private readonly send: (payload: SignupPayload, endpoint: string) => void = sendLastTry,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Starts (or updates) guarding `unsent`. */
  hold(unsent: Unsent): void {
    if (!this.#unsent) {
      window.addEventListener('beforeunload', this.#onBeforeUnload);
      window.addEventListener('pagehide', this.#onPageHide);
    }
    this.#unsent = unsent;
  }

  /** Stops guarding: the signup was accepted, refused, or given up. */
  release(): void {
    if (!this.#unsent) return;
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#unsent = undefined;
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Browsers before the standard preventDefault() ask only when returnValue is set.
    event.returnValue = '';
  };

  readonly #onPageHide = () => {
    if (this.#unsent?.endpoint) this.send(this.#unsent.payload, this.#unsent.endpoint);
  };
}
