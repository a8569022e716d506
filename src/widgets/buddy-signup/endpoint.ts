import {warningMessage} from '../../core/warning-texts.js';

/** Which `endpoint` values the form delivers to, and the one error that says why not. */

/** The result of checking an `endpoint` attribute. */
export type EndpointCheck =
  {ok: true; url: string} | {ok: false; problem: 'missing' | 'invalid' | 'insecure'};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Accepts an endpoint that uses `https:`, or `http:` when it is on the page's own `origin` or on
 * this computer (localhost, 127.0.0.1, [::1]). A relative value is resolved against `base`.
 */
export function checkEndpoint(
  value: string | null | undefined,
  base: string,
  origin = new URL(base).origin,
): EndpointCheck {
  const text = value?.trim();
  if (!text) return {ok: false, problem: 'missing'};
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return {ok: false, problem: 'invalid'};
  }
  if (url.username || url.password) return {ok: false, problem: 'invalid'};
  if (url.protocol === 'https:') return {ok: true, url: url.href};
  if (url.protocol !== 'http:') return {ok: false, problem: 'invalid'};
  const sameOrigin = url.origin === origin;
  return sameOrigin || loopbackHosts.has(url.hostname)
    ? {ok: true, url: url.href}
    : {ok: false, problem: 'insecure'};
}

/**
 * The one console error that tells the page author why an endpoint was refused: the warning
 * `endpoint-insecure` or `endpoint-invalid`.
 */
export function endpointError(value: string, problem: 'invalid' | 'insecure'): string {
  return warningMessage(`endpoint-${problem}`, [value]);
}

/**
 * The console error for a configured endpoint that the widget refuses (not `https:`, or not a
 * URL), or `undefined` when it is fine or missing. A server renderer has no page to resolve the
 * endpoint against, so it reports nothing there; the browser checks it.
 */
export function endpointProblem(endpoint: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const check = checkEndpoint(endpoint, document.baseURI, location.origin);
  return !check.ok && check.problem !== 'missing'
    ? endpointError(endpoint, check.problem)
    : undefined;
}
