import {BodyTooLarge, readLimited} from './body.js';
import {checkOrigin, corsHeaders, normaliseOrigins, preflight} from './cors.js';
import type {Keys} from './crypto.js';
import {errorCode, silentLogger, type Logger} from './log.js';
import {createLimiter, defaultRateLimit, type RateLimit} from './rate-limit.js';
import {fingerprintOf, toStoredRow} from './records.js';
import {json, problem} from './responses.js';
import {createValidator, type SignupPayload} from './schema.js';
import type {Store} from './store/types.js';

/** Settings of `createHandler()`. */
export interface HandlerOptions {
  store: Store;
  keys: Keys;
  /** Origins allowed to post from a browser, such as `https://clinic.example`. */
  origins: string[];
  /** The path that takes signups (default `/signups`); `/health` answers health checks. */
  path?: string;
  /** Largest body accepted, in bytes (default 16384). */
  bodyLimit?: number;
  /** Requests per client and window, or `false` for none (default 60 per 600 s). */
  rateLimit?: RateLimit | false;
  logger?: Logger;
  /** Called once for each newly stored signup (for example to tell staff). */
  onStored?: () => void;
  now?: () => number;
}

/** The web-standard handler, with the hooks a server needs for a graceful stop. */
export interface ReceiverHandler {
  /** Answers one request. `client` identifies the sender for the rate limit (an IP address). */
  (request: Request, client?: string): Promise<Response>;
  /** Answers new signups with 503 from now on, and resolves when those in progress are stored. */
  drain(): Promise<void>;
}

/** The name of the hidden field the widget's form carries; only automated senders fill it. */
export const honeypotField = 'website';

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** True when a body carries the honeypot field filled in, at the top or inside `data`. */
function isHoneypot(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const record = body as Record<string, unknown>;
  const data = record.data as Record<string, unknown> | undefined;
  return (
    filled(record[honeypotField]) || (typeof data === 'object' && filled(data?.[honeypotField]))
  );
}

/**
 * Makes the receiver's `(Request) => Promise<Response>` handler: CORS allowlist and preflight,
 * rate limit, size limit, honeypot, schema check, and exactly-once storage by idempotency key
 * (stored before answered; a retry gets the first answer again; a changed payload under a used
 * key gets 409). Answers never echo what the visitor typed. Never throws.
 */
export function createHandler(options: HandlerOptions): ReceiverHandler {
  const {store, keys, logger = silentLogger, onStored, now = Date.now} = options;
  const path = options.path ?? '/signups';
  const bodyLimit = options.bodyLimit ?? 16384;
  const origins = normaliseOrigins(options.origins);
  const limiter =
    options.rateLimit === false ? undefined : createLimiter(options.rateLimit ?? defaultRateLimit);
  const validate = createValidator();
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | undefined;

  const receive = async (request: Request, client: string, cors: Record<string, string>) => {
    if (draining)
      return {
        response: problem(503, 'shutting-down', {...cors, 'Retry-After': '5'}),
        code: 'draining',
      };
    if (limiter) {
      const allowance = await limiter(client);
      if (!allowance.ok) {
        const headers = {...cors, 'Retry-After': String(allowance.retryAfter)};
        return {response: problem(429, 'rate-limited', headers), code: 'rate-limited'};
      }
    }
    const type = request.headers.get('Content-Type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return {response: problem(415, 'json-required', cors), code: 'unsupported-type'};
    }
    let text: string;
    try {
      text = await readLimited(request, bodyLimit);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return {response: problem(413, 'too-large', cors), code: 'too-large'};
      return {response: problem(400, 'unreadable-body', cors), code: 'unreadable'};
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return {response: problem(400, 'malformed-json', cors), code: 'malformed'};
    }
    // Look like success to the sender, store nothing.
    if (isHoneypot(body)) return {response: json(202, {ok: true}, cors), code: 'honeypot'};
    const key = request.headers.get('Idempotency-Key')?.trim();
    if (!key) return {response: problem(400, 'idempotency-key-missing', cors), code: 'no-key'};
    const checked = validate(body);
    if (!checked.ok) {
      return {response: problem(422, 'invalid-payload', cors, checked.problems), code: 'invalid'};
    }
    const payload: SignupPayload = checked.payload;
    if (payload.id !== key) {
      return {response: problem(400, 'idempotency-key-mismatch', cors), code: 'key-mismatch'};
    }
    const accepted = () => json(201, {ok: true, id: payload.id}, cors);
    try {
      const result = await store.insert(toStoredRow(keys, payload, now()));
      if (result.inserted) {
        onStored?.();
        return {response: accepted(), code: 'stored'};
      }
      if (result.fingerprint === fingerprintOf(keys, payload)) {
        const replay = accepted();
        replay.headers.set('Idempotent-Replayed', 'true');
        return {response: replay, code: 'replayed'};
      }
      return {response: problem(409, 'idempotency-key-reused', cors), code: 'conflict'};
    } catch (error) {
      logger.error('storage-failed', {code: errorCode(error)});
      return {
        response: problem(503, 'storage-unavailable', {...cors, 'Retry-After': '5'}),
        code: 'storage',
      };
    }
  };

  const handler = async (request: Request, client = 'unknown'): Promise<Response> => {
    const started = performance.now();
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      return problem(400, 'bad-url');
    }
    if (pathname === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
      try {
        await store.ping();
        return json(200, {ok: true, database: store.kind});
      } catch (error) {
        logger.error('health-failed', {code: errorCode(error), database: store.kind});
        return problem(503, 'database-unavailable');
      }
    }
    if (pathname !== path) return problem(404, 'not-found');
    const origin = checkOrigin(request, origins);
    if (request.method === 'OPTIONS') return preflight(origin, 'POST');
    const cors = corsHeaders(origin);
    if (origin.kind === 'refused') return problem(403, 'origin-not-allowed', cors);
    if (request.method !== 'POST')
      return problem(405, 'method-not-allowed', {...cors, Allow: 'POST, OPTIONS'});
    inFlight++;
    try {
      const {response, code} = await receive(request, client, cors);
      logger.info('signup', {
        status: response.status,
        code,
        ms: Math.round(performance.now() - started),
      });
      return response;
    } catch (error) {
      logger.error('signup-failed', {code: errorCode(error)});
      return problem(500, 'internal-error', cors);
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
    }
  };

  return Object.assign(handler, {
    drain(): Promise<void> {
      draining = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        idle = resolve;
      });
    },
  });
}
