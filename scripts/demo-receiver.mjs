// The demo's signup service: iop-buddy-receiver from receiver/, in this process, on a SQLite file
// in .demo-receiver/ (ignored by git) with a demo key made on first start. `npm start` mounts it
// at /api/buddy-signup on the demo site, so the form's "sent" is a real, stored signup; the
// demo-only /api/demo-signups answers how many signups the demo database holds.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const receiverDir = join(root, 'receiver');
const dataDir = join(root, '.demo-receiver');

/** Where the demo mounts the receiver, and its count. */
export const signupPath = '/api/buddy-signup';
export const countPath = '/api/demo-signups';

function npm(args, label) {
  const result = spawnSync('npm', args, {cwd: root, encoding: 'utf8'});
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`demo: ${label} failed`);
  }
}

/** Installs the receiver's dependencies when they are missing, and builds it. */
function prepare() {
  const started = Date.now();
  if (!existsSync(join(receiverDir, 'node_modules'))) {
    npm(
      ['ci', '--prefix', 'receiver', '--no-audit', '--no-fund', '--loglevel=error'],
      'npm ci --prefix receiver',
    );
  }
  npm(['run', 'build', '--prefix', 'receiver', '--silent'], 'receiver build');
  console.log(`demo: receiver build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The demo key: made once and kept beside the demo database (never use it for real data). */
function demoKey(newKey) {
  const file = join(dataDir, 'key');
  if (!existsSync(file)) writeFileSync(file, newKey() + '\n', {mode: 0o600});
  return readFileSync(file, 'utf8').trim();
}

/**
 * Prepares and opens the demo receiver. Returns the routes for the static server and `start(origin)`,
 * which must run once the demo site's origin is known.
 */
export async function demoReceiver() {
  prepare();
  const receiver = await import(pathToFileURL(join(receiverDir, 'dist', 'index.js')).href);
  mkdirSync(dataDir, {recursive: true});
  const database = `sqlite:${join(dataDir, 'signups.db')}`;
  const store = receiver.openStore(database);
  await store.migrate();
  const keys = receiver.parseKey(demoKey(receiver.newKey));
  let listener;
  const unavailable = (response) => response.writeHead(503, {'Retry-After': '1'}).end();
  return {
    database: receiver.describeDatabase(database),
    count: () => store.count(),
    routes: {
      [signupPath]: (request, response) =>
        listener ? listener(request, response) : unavailable(response),
      [countPath]: async (request, response) => {
        const body = JSON.stringify({signups: await store.count()});
        response
          .writeHead(200, {'Content-Type': 'application/json', 'Cache-Control': 'no-store'})
          .end(body);
      },
    },
    /** Starts taking signups from pages on `origin`. */
    start(origin) {
      const handler = receiver.createHandler({
        store,
        keys,
        origins: [origin],
        path: signupPath,
        logger: receiver.silentLogger,
      });
      listener = receiver.nodeListener(handler);
    },
    close: () => store.close(),
  };
}
