// The suite's server: the demo site's server (web-dev-server.config.mjs, with its strict
// Content-Security-Policy and Trusted Types) with what the checks need added in front. It logs
// every request it receives and serves:
//
//   POST /e2e-endpoint/...  the signup endpoint a page configures; answers 200 and keeps the body
//   /nocsp/...              the same file without the Content-Security-Policy header, for pages
//                           where the widgets must be the only protection (hostile input) or that
//                           load a test tool (axe) or an import map
//   anything else           as the site serves it: /cdn/, /test/e2e/hardening/pages/ (also at
//                           /pages/), /dist/ (the npm build) and /node_modules/
import {startSite} from '../../../web-dev-server.config.mjs';

const PAGES = '/test/e2e/hardening/pages/';

export async function startServer() {
  const log = [];
  const signups = [];
  /** Reads a request body as text. */
  const body = (request) =>
    new Promise((done) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    });

  const front = async (context, next) => {
    log.push(`${context.method} ${context.url}`);
    if (context.path.startsWith('/e2e-endpoint/') && context.method === 'POST') {
      const text = await body(context.req);
      const key = context.get('idempotency-key') || undefined;
      try {
        signups.push({url: context.url, key, body: JSON.parse(text)});
      } catch {
        signups.push({url: context.url, body: text});
      }
      context.type = 'json';
      context.body = '{"ok":true}';
      return;
    }
    const open = context.path.startsWith('/nocsp/');
    if (open) context.url = context.url.slice('/nocsp'.length);
    if (context.path.startsWith('/pages/')) context.url = PAGES + context.url.slice(7);
    await next();
    if (open) context.remove('Content-Security-Policy');
  };

  const site = await startSite({outer: [front]});
  return {...site, log, signups};
}
