// A fault-injecting HTTP proxy for the end-to-end tests: it forwards to the receiver, or, for the
// next POST in its queue, answers a status itself, drops the connection, delays, or holds the
// request until the test lets it go (to kill and restart the receiver meanwhile).
import {createServer, request, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

export type Fault =
  | {kind: 'status'; status: number; headers?: Record<string, string>}
  | {kind: 'drop'}
  | {kind: 'delay'; ms: number}
  | {kind: 'hold'; until: Promise<void>};

export interface Proxy {
  port: number;
  /** Faults for the next POSTs, in order; a POST with none left is forwarded. */
  faults: Fault[];
  /** Every POST seen, with what was done to it. */
  log: string[];
  /** Resolves at the next POST that reaches the proxy. */
  nextPost(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1 in front of `target()` (a port that may change on restart). */
export async function startProxy(target: () => number, pageOrigin: string): Promise<Proxy> {
  const faults: Fault[] = [];
  const log: string[] = [];
  let waiters: (() => void)[] = [];
  const cors = {
    'Access-Control-Allow-Origin': pageOrigin,
    'Access-Control-Expose-Headers': 'Retry-After',
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const upstream = request(
      {host: '127.0.0.1', port: target(), path: req.url, method: req.method, headers: req.headers},
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // The receiver is down: a gateway error, as a real reverse proxy gives (without CORS).
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      if (req.method !== 'POST') return forward(req, res, body);
      const fault = faults.shift();
      log.push(fault?.kind === 'status' ? String(fault.status) : (fault?.kind ?? 'pass'));
      const woken = waiters;
      waiters = [];
      woken.forEach((wake) => wake());
      if (!fault) return forward(req, res, body);
      if (fault.kind === 'status') {
        res.writeHead(fault.status, {...cors, ...fault.headers}).end();
      } else if (fault.kind === 'drop') {
        req.socket.destroy();
      } else if (fault.kind === 'delay') {
        setTimeout(() => forward(req, res, body), fault.ms);
      } else {
        await fault.until;
        forward(req, res, body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    faults,
    log,
    nextPost: () => new Promise((resolve) => waiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
