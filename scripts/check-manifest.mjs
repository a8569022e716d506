// Fails when the committed custom-elements.json differs from what the analyzer makes of the
// sources now. The manifest is generated in memory, so nothing is written.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {cli} from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONFIG = 'custom-elements-manifest.config.mjs';
process.chdir(root);

// The analyzer carries on without a config it cannot load; load it first so a broken one fails.
await import(new URL(`../${CONFIG}`, import.meta.url).href);

const manifest = await cli({
  argv: ['analyze', '--quiet', '--config', CONFIG],
  cwd: root,
  noWrite: true,
});
const expected = `${JSON.stringify(manifest, null, 2)}\n`;

let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {
  // A missing manifest is as stale as an old one.
}

if (committed !== expected) {
  console.error('custom-elements.json is stale; run npm run analyze');
  process.exit(1);
}
console.log('custom-elements.json is current');
