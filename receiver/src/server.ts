import type {AddressInfo} from 'node:net';
import type {IncomingMessage, Server} from 'node:http';
import {createAdaptorServer, getRequestListener} from '@hono/node-server';
import {createHandler, type HandlerOptions, type ReceiverHandler} from './handler.js';
import {errorCode, silentLogger} from './log.js';

/** Settings of `startServer()`: the handler's, plus where to listen and the daily purge. */
export interface ServerOptions extends HandlerOptions {
  host?: string;
  port?: number;
  /** Take the client address from the first `X-Forwarded-For` entry (only behind a proxy you run). */
  trustProxy?: boolean;
  /** Rows older than this many days are purged at start and then daily; `0` turns it off. */
  retentionDays?: number;
}

/** A running receiver. */
export interface RunningServer {
  server: Server;
  port: number;
  /** Stops taking requests, finishes the signups in progress, then closes the database. */
  close(): Promise<void>;
}

const dayMs = 24 * 60 * 60 * 1000;

function clientAddress(incoming: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = incoming.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return incoming.socket.remoteAddress ?? 'unknown';
}

/**
 * Turns the handler into a `node:http` request listener, to mount it in an existing Node server
 * (the client address comes from the socket, or from `X-Forwarded-For` with `trustProxy`).
 */
export function nodeListener(handler: ReceiverHandler, trustProxy = false) {
  return getRequestListener((request, env) =>
    handler(request, clientAddress((env as {incoming: IncomingMessage}).incoming, trustProxy)),
  );
}

/**
 * Runs the handler on Node's HTTP server (127.0.0.1:8787 by default), purges old rows daily, and
 * closes gracefully: new connections stop, signups in progress are stored and answered, then the
 * database closes.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? silentLogger;
  const handler = createHandler(options);
  const trustProxy = options.trustProxy ?? false;
  const server = createAdaptorServer({
    fetch: (request, env) =>
      handler(request, clientAddress((env as {incoming: IncomingMessage}).incoming, trustProxy)),
  }) as Server;
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  const retentionDays = options.retentionDays ?? 0;
  const purge = async () => {
    try {
      const count = await options.store.purge(Date.now() - retentionDays * dayMs);
      logger.info('purged', {count});
    } catch (error) {
      logger.error('purge-failed', {code: errorCode(error)});
    }
  };
  let timer: NodeJS.Timeout | undefined;
  if (retentionDays > 0) {
    await purge();
    timer = setInterval(purge, dayMs);
    timer.unref();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info('listening', {port, database: options.store.kind});

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(timer);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await handler.drain();
      // Answers already handed to the server are written; a connection still open after that is cut.
      const cut = setTimeout(() => server.closeAllConnections(), 5000);
      server.closeIdleConnections();
      await stopped;
      clearTimeout(cut);
      await options.store.close();
      logger.info('stopped');
    })());
  return {server, port, close};
}
