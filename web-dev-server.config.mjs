// The demo site (`npm start`: `wds --config web-dev-server.config.mjs`), also started by the
// end-to-end checks and the benchmark through `startSite()`. It serves the pages of demo/ at `/`,
// the built CDN files at `/cdn/` with a CDN's headers and compression (gzip or brotli, as the
// browser asks), custom-elements.json (the embed builder reads the widgets from it) and the embed
// builder's TypeScript from builder/. Every page is sent with the strict Content-Security-Policy
// (Trusted Types enforced) of a carefully configured clinic site.
import {extname} from 'node:path';
import {constants} from 'node:zlib';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {startDevServer} from '@web/dev-server';
import compress from 'koa-compress';

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

/** Paths served as they are; any other path is a page or file of demo/. */
const ROOTS = /^\/(cdn|builder|dist|node_modules|test|__wds-[^/]*|custom-elements\.json)(\/|$)/;

/** Headers as jsDelivr sends them for a package file, and the site's own for the pages. */
async function headers(context, next) {
  await next();
  context.set('X-Content-Type-Options', 'nosniff');
  context.set('Referrer-Policy', 'no-referrer');
  if (context.path.startsWith('/cdn/')) {
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cross-Origin-Resource-Policy', 'cross-origin');
    context.set('Timing-Allow-Origin', '*');
    // A pinned version on the CDN is immutable; here the files are rebuilt, so revalidate.
    context.set('Cache-Control', 'no-cache');
  }
  if (context.response.is('html')) context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
}

/** Serves `/` from demo/, so the demo's addresses are those of a clinic's site. */
function demoPages(context, next) {
  if (!ROOTS.test(context.path)) context.url = `/demo${context.url}`;
  return next();
}

/**
 * Says "no signup service here" at the demo's count address, so the demo pages fall back to their
 * stand-in handler without a failed request. `npm start` (web-dev-server.demo.mjs) answers this
 * address from the real receiver before this middleware is reached.
 */
function noDemoReceiver(context, next) {
  if (context.path !== '/api/demo-signups') return next();
  context.set('Cache-Control', 'no-store');
  context.body = {signups: null};
  return undefined;
}

/** Serves in-memory pages (`path → text or () => text`); the extension gives the type. */
export const pagesFrom = (pages) => (context, next) => {
  const page = pages[context.path];
  if (page === undefined) return next();
  context.type = extname(context.path) || 'html';
  context.body = typeof page === 'function' ? page() : page;
  return undefined;
};

const config = {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8080,
  // Lit's production build, as the CDN files bundle it.
  nodeResolve: {exportConditions: ['production']},
  injectWebSocket: false,
  middleware: [
    // Brotli at quality 5 rather than a CDN's cached 11, which would cost seconds per page here.
    compress({br: {params: {[constants.BROTLI_PARAM_QUALITY]: 5}}, gzip: {level: 9}}),
    headers,
    noDemoReceiver,
    demoPages,
  ],
  // The builder's TypeScript; every JavaScript file (the CDN files above all) is sent unchanged.
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'esnext'})],
};
export default config;

/**
 * Starts the site on a free port, for the end-to-end checks and the benchmark.
 * @param {object} [options]
 * @param {import('koa').Middleware[]} [options.outer] middleware around all others (a request
 *   log, a test endpoint, a header filter)
 * @param {import('koa').Middleware[]} [options.inner] middleware that serves with the site's
 *   headers and compression (in-memory pages)
 * @returns {Promise<{url: string, origin: string, close: () => Promise<void>}>}
 */
export async function startSite({outer = [], inner = []} = {}) {
  const [compression, ...rest] = config.middleware;
  const middleware = [...outer, compression, ...rest.slice(0, -1), ...inner, demoPages];
  const server = await startDevServer({
    config: {...config, port: 0, middleware},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const {port} = server.server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {url: `${origin}/`, origin, close: () => server.stop()};
}
