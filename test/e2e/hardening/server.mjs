// The suite's server: the shared static server (scripts/static-server.mjs, with its strict
// Content-Security-Policy and Trusted Types) behind a thin front on 127.0.0.1 that adds what the
// checks need and logs every request it receives:
//
//   POST /e2e-endpoint/...  the signup endpoint a page configures; answers 200 and keeps the body
//   /nocsp/...              the same file without the Content-Security-Policy header, for pages
//                           where the widgets must be the only protection (hostile input) or that
//                           load a test tool (axe) or an import map
//   anything else           passed to the static server unchanged: /cdn/, /pages/, /dist/ (the
//                           npm build) and /node_modules/
import {request as httpRequest, createServer} from 'node:http';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startStaticServer} from '../../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');

/**
 * @param {{npmBuild?: string}} options `npmBuild`: a folder holding the npm build, served at /npm/
 */
export async function startServer({npmBuild} = {}) {
  const mounts = {
    '/cdn/': join(root, 'cdn'),
    '/pages/': join(here, 'pages'),
    '/node_modules/': join(root, 'node_modules'),
    '/dist/': join(root, 'dist'),
  };
  if (npmBuild) mounts['/npm/'] = npmBuild;
  const inner = await startStaticServer({mounts});
  const log = [];
  const signups = [];

  const front = createServer((request, response) => {
    const url = request.url ?? '/';
    log.push(`${request.method} ${url}`);
    if (url.startsWith('/e2e-endpoint/') && request.method === 'POST') {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          signups.push({url, key: request.headers['idempotency-key'], body: JSON.parse(body)});
        } catch {
          signups.push({url, body});
        }
        response.writeHead(200, {'Content-Type': 'application/json'});
        response.end('{"ok":true}');
      });
      return;
    }
    const open = url.startsWith('/nocsp/');
    const forward = httpRequest(
      {
        host: '127.0.0.1',
        port: inner.port,
        method: request.method,
        path: open ? url.slice('/nocsp'.length) : url,
        headers: request.headers,
      },
      (answer) => {
        const headers = {...answer.headers};
        if (open) delete headers['content-security-policy'];
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
      },
    );
    forward.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(forward);
  });
  await new Promise((done) => front.listen(0, '127.0.0.1', done));
  const {port} = front.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    origin: `http://127.0.0.1:${port}`,
    log,
    signups,
    async close() {
      front.closeAllConnections?.();
      await new Promise((done) => front.close(() => done()));
      await inner.close();
    },
  };
}
