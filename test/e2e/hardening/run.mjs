// Runs the hardening suite (hardening.test.mjs) with node:test, prints its spec report, then one
// line `hardening: N passed, N failed (chromium N/N, firefox N/N, N skipped)`, and exits with 1 on a failure.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, '../../../cdn/iop-widgets.js'))) {
  console.error('hardening: cdn/iop-widgets.js not found; build it first: npx rollup -c');
  process.exit(1);
}

const counts = new Map();
let top = '';
const stream = run({files: [join(here, 'hardening.test.mjs')], timeout: 600_000});
stream.on('test:start', (data) => {
  if (data.nesting === 0) top = data.name;
});
const count = (data, key) => {
  if (data.details?.type === 'suite') return;
  const entry = counts.get(top) ?? {passed: 0, failed: 0, skipped: 0};
  entry[data.skip ? 'skipped' : key]++;
  counts.set(top, entry);
};
stream.on('test:pass', (data) => count(data, 'passed'));
stream.on('test:fail', (data) => count(data, 'failed'));
const report = stream.compose(spec);
report.pipe(process.stdout);
await new Promise((done) => report.on('end', done));

const total = {passed: 0, failed: 0};
for (const entry of counts.values()) {
  total.passed += entry.passed;
  total.failed += entry.failed;
}
const per = [...counts].map(
  ([browser, c]) =>
    `${browser} ${c.passed}/${c.passed + c.failed}` + (c.skipped ? `, ${c.skipped} skipped` : ''),
);
console.log(
  `hardening: ${total.passed} passed, ${total.failed} failed (${per.join(', ') || 'no tests'})`,
);
process.exitCode = total.failed || !total.passed ? 1 : 0;
