/**
 * Delivery of a buddy signup to the clinic's endpoint: a POST that retries safely with one
 * idempotency key, and the last try sent as the page closes (the payload and the endpoint check
 * live in `payload.ts` and `endpoint.ts`). Part of the send code the widget loads after its first
 * render. Pure apart from its defaults (`fetch`, timers, `navigator.onLine` and the `online`
 * event), which a caller or a test replaces through `DeliveryOptions`.
 */
import type {SignupPayload} from './payload.js';

export {checkEndpoint, endpointError, endpointProblem, type EndpointCheck} from './endpoint.js';
export {createPayload, newSubmissionId, payloadSchema, type SignupPayload} from './payload.js';

/** True for the statuses worth trying again: 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait before retry number `retry` (1 for the first retry): exponential backoff with "equal
 * jitter", so the wait lies between half of and the full `base * 2^(retry - 1)`, capped at `max`.
 */
export function backoffDelay(
  retry: number,
  random: () => number,
  base = 1000,
  max = 30000,
): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Reads a `Retry-After` header: whole seconds ("120") or an HTTP date. Returns the wait in
 * milliseconds from `now` (never below 0), or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why a delivery ended without the server accepting it. */
export type FailureReason = 'rejected' | 'server-error' | 'timeout' | 'network' | 'aborted';

/** What a retry waits for. */
export type RetryReason = 'server-error' | 'timeout' | 'network';

/** Progress reports, so the form can say "sending", "trying again" or "offline". */
export type DeliveryProgress =
  | {type: 'attempt'; attempt: number; maxAttempts: number}
  | {type: 'retry-wait'; attempt: number; maxAttempts: number; delayMs: number; reason: RetryReason}
  | {type: 'offline'};

/** How a delivery ended. */
export type DeliveryResult =
  | {ok: true; status: number; attempts: number}
  | {ok: false; reason: FailureReason; status?: number; attempts: number};

/** Settings and replaceable parts of `deliver()`. */
export interface DeliveryOptions {
  /** The checked endpoint (see `checkEndpoint`). */
  endpoint: string;
  /** How long one attempt may take, in milliseconds (default 15000). */
  timeoutMs?: number;
  /** How many requests at most, the first included (default 5). */
  maxAttempts?: number;
  /** First backoff step in milliseconds (default 1000). */
  baseDelayMs?: number;
  /** Longest backoff step in milliseconds (default 30000). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this (default 120000 ms) ends the tries instead of waiting. */
  maxRetryAfterMs?: number;
  /** Stops the delivery (for example when the form leaves the page). */
  signal?: AbortSignal;
  /** Called on every attempt, retry wait and offline wait. */
  onProgress?: (progress: DeliveryProgress) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  isOnline?: () => boolean;
  waitForOnline?: (signal?: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, {once: true});
  });
}

/** Resolves at the browser's next `online` event, or when `signal` aborts. */
export function waitForOnline(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    window.addEventListener('online', done);
    signal?.addEventListener('abort', done, {once: true});
  });
}

const browserIsOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

type AttemptOutcome =
  | {kind: 'response'; status: number; retryAfter: string | null}
  | {kind: 'timeout' | 'network' | 'aborted'};

/**
 * POSTs `payload` as JSON to `options.endpoint` with `Idempotency-Key: payload.id`, no cookies and
 * a timeout per attempt. Network errors, timeouts, 408, 429 and 5xx are tried again after an
 * exponential backoff with jitter (never sooner than the server's `Retry-After`), up to
 * `maxAttempts` requests; while the browser is offline it waits for the `online` event. Any other
 * status ends the delivery at once. Never throws.
 */
export async function deliver(
  payload: SignupPayload,
  options: DeliveryOptions,
): Promise<DeliveryResult> {
  const {
    endpoint,
    timeoutMs = 15000,
    maxAttempts: wanted = 5,
    baseDelayMs = 1000,
    maxDelayMs = 30000,
    maxRetryAfterMs = 120000,
    signal,
    onProgress = () => {},
    fetch: send = (...args: Parameters<typeof fetch>) => fetch(...args),
    sleep: wait = sleep,
    random = Math.random,
    now = Date.now,
    isOnline = browserIsOnline,
    waitForOnline: online = waitForOnline,
  } = options;
  const maxAttempts = Math.max(1, Math.floor(wanted) || 1);
  const body = JSON.stringify(payload);

  const attemptOnce = async (): Promise<AttemptOutcome> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop, {once: true});
    try {
      const response = await send(endpoint, {
        ...signupRequest(payload, body),
        signal: controller.signal,
      });
      response.body?.cancel().catch(() => {});
      return {
        kind: 'response',
        status: response.status,
        retryAfter: response.headers.get('Retry-After'),
      };
    } catch {
      if (signal?.aborted) return {kind: 'aborted'};
      return {kind: timedOut ? 'timeout' : 'network'};
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  };

  for (let attempt = 1; ; attempt++) {
    while (!isOnline() && !signal?.aborted) {
      onProgress({type: 'offline'});
      await online(signal);
    }
    if (signal?.aborted) return {ok: false, reason: 'aborted', attempts: attempt - 1};

    onProgress({type: 'attempt', attempt, maxAttempts});
    const outcome = await attemptOnce();
    if (outcome.kind === 'aborted') return {ok: false, reason: 'aborted', attempts: attempt};

    let reason: RetryReason;
    let delayMs = backoffDelay(attempt, random, baseDelayMs, maxDelayMs);
    let status: number | undefined;
    if (outcome.kind === 'response') {
      status = outcome.status;
      if (status >= 200 && status <= 299) return {ok: true, status, attempts: attempt};
      if (!isRetryableStatus(status))
        return {ok: false, reason: 'rejected', status, attempts: attempt};
      reason = 'server-error';
      const retryAfter = parseRetryAfter(outcome.retryAfter, now());
      if (retryAfter !== undefined) {
        if (retryAfter > maxRetryAfterMs) return {ok: false, reason, status, attempts: attempt};
        delayMs = Math.max(delayMs, retryAfter);
      }
    } else {
      reason = outcome.kind;
    }

    if (attempt >= maxAttempts) {
      return status === undefined
        ? {ok: false, reason, attempts: attempt}
        : {ok: false, reason, status, attempts: attempt};
    }
    if (reason === 'network' && !isOnline()) continue;
    onProgress({type: 'retry-wait', attempt: attempt + 1, maxAttempts, delayMs, reason});
    await wait(delayMs, signal);
  }
}

/**
 * The request of every try, the last one included: a JSON POST with the payload's id as its
 * idempotency key, no cookies, no cache and no referrer.
 */
const signupRequest = (payload: SignupPayload, body = JSON.stringify(payload)): RequestInit => ({
  method: 'POST',
  headers: {'Content-Type': 'application/json', 'Idempotency-Key': payload.id},
  body,
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
});

/**
 * One last try as the page goes away (`pagehide`): the same payload and idempotency key, sent with
 * `keepalive` so the browser finishes the request after the page is gone. Fire and forget: the
 * page cannot read the answer, and a receiver that already stored the signup answers as before.
 * Never throws.
 */
export function sendLastTry(
  payload: SignupPayload,
  endpoint: string,
  send: typeof fetch = (...args: Parameters<typeof fetch>) => fetch(...args),
): void {
  try {
    send(endpoint, {...signupRequest(payload), keepalive: true}).catch(() => {});
  } catch {
    // A browser that refuses the request (for example a body over the keepalive quota) sends nothing.
  }
}
