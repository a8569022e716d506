// Runs node:test files with the spec report, then prints one line
// `<label>: N passed, N failed (<top-level suite> N/N, …)` and exits with 1 on a failure.
// Usage: node test/node-tests.mjs <label> <file>…
import {resolve} from 'node:path';
import {run} from 'node:test';
import {spec} from 'node:test/reporters';

const [label, ...files] = process.argv.slice(2);
const counts = new Map();
let top = '';
const stream = run({files: files.map((file) => resolve(file)), timeout: 600_000});
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
  ([suite, c]) =>
    `${suite} ${c.passed}/${c.passed + c.failed}` + (c.skipped ? `, ${c.skipped} skipped` : ''),
);
console.log(
  `${label}: ${total.passed} passed, ${total.failed} failed (${per.join(', ') || 'no tests'})`,
);
process.exitCode = total.failed || !total.passed ? 1 : 0;
