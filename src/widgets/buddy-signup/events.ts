import type {DeliveryProgress, SignupPayload} from './delivery.js';

/** Why a signup was not delivered, as `iop-buddy-error` reports it. */
export type BuddyErrorReason =
  'rejected' | 'server-error' | 'timeout' | 'network' | 'handler' | 'not-connected' | 'spam';

/** The detail of `iop-buddy-submit`. */
export interface BuddySubmitDetail {
  /** The signup to deliver: versioned, with one id per submission (also the idempotency key). */
  payload: SignupPayload;
  /**
   * Takes delivery over, during the event only. The form shows "sent" when `result` fulfils, and
   * keeps the answers with "Try again" when it rejects or gives `false` or a `Response` that is
   * not `ok`.
   */
  respondWith(result: Promise<unknown>): void;
  /** Shows a handler's own retries in the form (`deliver()`'s `onProgress` reports). */
  reportProgress(progress: DeliveryProgress): void;
}

/** The detail of `iop-buddy-sent`: the submission id, no personal data. */
export interface BuddySentDetail {
  id: string;
}

/** The detail of `iop-buddy-error`: the submission id and why, no personal data. */
export interface BuddyErrorDetail {
  id: string;
  reason: BuddyErrorReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iop-buddy-submit': CustomEvent<BuddySubmitDetail>;
    'iop-buddy-sent': CustomEvent<BuddySentDetail>;
    'iop-buddy-error': CustomEvent<BuddyErrorDetail>;
  }
}
