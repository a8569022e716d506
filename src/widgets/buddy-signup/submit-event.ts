import type {DeliveryProgress, SignupPayload} from './delivery.js';
import type {BuddySubmitDetail} from './events.js';

/**
 * What the page did with `iop-buddy-submit`: took delivery over and it was `accepted` or
 * `refused`; `prevented` the widget's own delivery; or left it to the widget (`not-handled`).
 */
export type SubmitOutcome = 'accepted' | 'refused' | 'prevented' | 'not-handled';

/**
 * Fires the cancelable `iop-buddy-submit` from `host` and waits for a handler's `respondWith()`
 * result, if any. `respondWith()` works once, during the event only; a result that rejects, is
 * `false`, or is a `Response` that is not `ok` counts as refused.
 */
export async function dispatchSubmit(
  host: HTMLElement,
  payload: SignupPayload,
  onProgress: (progress: DeliveryProgress) => void,
): Promise<SubmitOutcome> {
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
    reportProgress: onProgress,
  };
  const event = new CustomEvent('iop-buddy-submit', {
    detail,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  host.dispatchEvent(event);
  dispatching = false;
  if (handled) {
    const accepted = await handled.then(
      (value) => value !== false && (value as Response | null)?.ok !== false,
      () => false,
    );
    return accepted ? 'accepted' : 'refused';
  }
  return event.defaultPrevented ? 'prevented' : 'not-handled';
}
