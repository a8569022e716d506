/** The request headers a browser may send cross-origin: the widget's two. */
const allowedHeaders = 'Content-Type, Idempotency-Key';

/** How long a browser may reuse a preflight answer (seconds); also spares the keepalive last try one. */
const preflightMaxAge = '7200';

/** Normalises allowed origins: scheme, host and port only, lower case, no trailing slash. */
export function normaliseOrigins(origins: string[]): Set<string> {
  const out = new Set<string>();
  for (const origin of origins) {
    const text = origin.trim();
    if (!text) continue;
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`an allowed origin must be http(s): ${url.protocol}`);
    }
    out.add(url.origin);
  }
  return out;
}

/** How a request's Origin stands: none (not a browser's cross-site request), allowed, or refused. */
export type OriginCheck = {kind: 'none'} | {kind: 'allowed'; origin: string} | {kind: 'refused'};

/** Checks the request's `Origin` header against the allowlist. */
export function checkOrigin(request: Request, allowed: Set<string>): OriginCheck {
  const origin = request.headers.get('Origin');
  if (origin === null) return {kind: 'none'};
  return allowed.has(origin) ? {kind: 'allowed', origin} : {kind: 'refused'};
}

/** Headers that let an allowed origin read the answer. */
export function corsHeaders(check: OriginCheck): Record<string, string> {
  return check.kind === 'allowed'
    ? {
        'Access-Control-Allow-Origin': check.origin,
        // Without this a cross-origin page cannot read Retry-After, and the widget would not wait.
        'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed',
        Vary: 'Origin',
      }
    : {Vary: 'Origin'};
}

/** The answer to a preflight (`OPTIONS`) request: 204 for an allowed origin, 403 otherwise. */
export function preflight(check: OriginCheck, methods: string): Response {
  if (check.kind !== 'allowed') return new Response(null, {status: 403, headers: {Vary: 'Origin'}});
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(check),
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': allowedHeaders,
      'Access-Control-Max-Age': preflightMaxAge,
    },
  });
}
