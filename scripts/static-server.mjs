// A small static file server on 127.0.0.1 for the demo site, the benchmark and the CDN
// end-to-end check. It serves files from a few mounted folders (`/cdn/` → `cdn/`, `/` → `demo/`)
// plus optional in-memory pages, with correct content types, a 404 for anything missing, no
// directory listings and no way out of a mounted folder.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The Content-Security-Policy every page is served with: scripts and styles only from the site
 * itself, no inline script, and Trusted Types enforced, so the demo proves the widgets work on a
 * strictly configured site.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // Every CDN bundle on a page carries its own Lit, and each creates Lit's policy.
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

/**
 * Maps a request path to a file inside one of `mounts`, or `undefined` when the path is malformed
 * or would leave its folder.
 * @param {string} pathname the URL's path, still percent-encoded
 * @param {{prefix: string, dir: string}[]} mounts longest prefix first
 */
export function fileFor(pathname, mounts) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const mount = mounts.find(({prefix}) => path.startsWith(prefix));
  if (!mount) return undefined;
  const relative = path.slice(mount.prefix.length);
  if (relative.split('/').some((part) => part === '..')) return undefined;
  const root = resolve(mount.dir);
  const file = resolve(
    root,
    relative.endsWith('/') || relative === '' ? relative + 'index.html' : relative,
  );
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return file;
}

/**
 * Starts the server and resolves when it listens.
 * @param {object} options
 * @param {Record<string, string>} options.mounts URL prefix (ending in `/`) → folder
 * @param {Record<string, string | (() => string)>} [options.pages] in-memory files by path (the
 *   extension gives the type; HTML without one)
 * @param {number} [options.port] 0 (the default) picks a free port
 * @param {boolean} [options.fallbackPort] when `port` is taken, listen on a free port instead
 * @param {boolean} [options.csp] send {@link CONTENT_SECURITY_POLICY} with every page (default on)
 * @param {Record<string, (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void>} [options.routes]
 *   exact paths answered by a handler of their own, any method (the demo's signup service)
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startStaticServer({
  mounts,
  pages = {},
  port = 0,
  fallbackPort = false,
  csp = true,
  routes = {},
}) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => ({prefix, dir}))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const server = createServer(async (request, response) => {
    const send = (status, type, body, extra = {}) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...(csp && type.startsWith('text/html')
          ? {'Content-Security-Policy': CONTENT_SECURITY_POLICY}
          : {}),
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => send(404, 'text/plain; charset=utf-8', 'Not found\n');
    const route = routes[(request.url ?? '/').split('?')[0]];
    if (route) {
      route(request, response);
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method not allowed\n', {Allow: 'GET, HEAD'});
      return;
    }
    let pathname;
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      notFound();
      return;
    }
    const page = pages[pathname];
    if (page !== undefined) {
      const body = typeof page === 'function' ? page() : page;
      send(200, TYPES[extname(pathname).toLowerCase()] ?? TYPES['.html'], body);
      return;
    }
    const file = fileFor(pathname, table);
    if (!file) {
      notFound();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) {
        // A folder without its trailing slash: send the visitor to its index page.
        if (info.isDirectory() && !pathname.endsWith('/')) {
          const index = await stat(join(file, 'index.html')).catch(() => undefined);
          if (index?.isFile()) {
            send(301, 'text/plain; charset=utf-8', 'Moved\n', {Location: `${pathname}/`});
            return;
          }
        }
        notFound();
        return;
      }
      const body = await readFile(file);
      send(200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body);
    } catch {
      notFound();
    }
  });

  const listen = (wanted) =>
    new Promise((done, fail) => {
      const onError = (error) => {
        server.off('listening', onListening);
        fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        done();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(wanted, '127.0.0.1');
    });

  try {
    await listen(port);
  } catch (error) {
    if (!fallbackPort || error.code !== 'EADDRINUSE') throw error;
    await listen(0);
  }
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
