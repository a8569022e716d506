// `npm start`: builds the locale modules and the CDN files, then serves the demo site on
// 127.0.0.1 (PORT, default 8080; a free port when that one is taken) and prints its addresses.
// The buddy form delivers to iop-buddy-receiver (receiver/) on a SQLite file in .demo-receiver/.
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {demoReceiver, signupPath} from './demo-receiver.mjs';
import {demoMounts, demoPages} from './demo-site.mjs';
import {startStaticServer} from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Runs a package's command-line tool with this Node, from the project root; quiet unless it fails. */
function run(label, script, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], {cwd: root, encoding: 'utf8'});
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`demo: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`demo: ${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run('lit-localize build', require.resolve('@lit/localize-tools/bin/lit-localize.js'), ['build']);
run('rollup -c', join(dirname(require.resolve('rollup/package.json')), 'dist/bin/rollup'), [
  '-c',
  '--silent',
]);

const wanted = process.env.PORT ? Number(process.env.PORT) : 8080;
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`demo: PORT "${process.env.PORT}" is not a port number`);
  process.exit(1);
}

const signups = await demoReceiver().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
const server = await startStaticServer({
  mounts: demoMounts,
  pages: demoPages,
  routes: signups.routes,
  port: wanted,
  fallbackPort: true,
});
signups.start(new URL(server.url).origin);
if (server.port !== wanted && wanted !== 0) {
  console.log(`demo: port ${wanted} is taken; using ${server.port}`);
}
console.log(`
  Demo site:          ${server.url}
  Configured widgets: ${server.url}configured.html
  Embed builder:      ${server.url}builder.html
  Buddy signups:      ${new URL(signupPath, server.url)} → ${signups.database}
                      (${await signups.count()} signups so far; a demo key in .demo-receiver/key)

Press Ctrl+C to stop.`);

const stop = async () => {
  await server.close();
  await signups.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
