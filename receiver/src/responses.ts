/** Headers on every answer: JSON, never cached, never sniffed. */
const baseHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** A JSON answer. The body never carries anything the visitor typed. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {status, headers: {...baseHeaders, ...headers}});
}

/** An error answer with a stable code and, for a bad payload, the paths and rules it broke. */
export function problem(
  status: number,
  error: string,
  headers: Record<string, string> = {},
  problems?: string[],
): Response {
  return json(status, problems ? {ok: false, error, problems} : {ok: false, error}, headers);
}
