// `npm test`: runs named npm scripts in order and sums the tests they report into one last line,
// `test: N passed, N failed` (npm-run-all2 runs steps but sums no tallies). A step reports its
// tests in lines `<name>: N passed, N failed` (or node:test's `# pass N` / `# fail N`); a step
// without either counts as one check. The first failing step stops the run, and is named.
import {spawn} from 'node:child_process';

const TALLY = /^[\w][\w -]*: (\d+) passed, (\d+) failed\b/;
// node:test's closing summary (`# pass N`, `# fail N`), for a step that prints no tally line.
const NODE_TEST = /^# (pass|fail) (\d+)$/;
const total = {passed: 0, failed: 0};
let failedStep;

/** Runs `npm run <step>`, passing its output through; resolves to its exit code and tallies. */
const run = (step) =>
  new Promise((done) => {
    const tallies = [];
    const nodeTest = {};
    const child = spawn('npm', ['run', '--silent', step], {stdio: ['ignore', 'pipe', 'pipe']});
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      from.on('data', (chunk) => {
        to.write(chunk);
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          tallies.push(TALLY.exec(line));
          const summary = NODE_TEST.exec(line);
          if (summary) nodeTest[summary[1]] = Number(summary[2]);
        }
      });
      from.on('end', () => tallies.push(TALLY.exec(rest)));
    }
    child.on('close', (code) => {
      const found = tallies.filter(Boolean);
      if (!found.length && 'pass' in nodeTest) found.push(['', nodeTest.pass, nodeTest.fail ?? 0]);
      done({code: code ?? 1, tallies: found});
    });
  });

for (const step of process.argv.slice(2)) {
  console.log(`\n── ${step}`);
  const {code, tallies} = await run(step);
  const passed = tallies.reduce((sum, match) => sum + Number(match[1]), 0);
  const failed = tallies.reduce((sum, match) => sum + Number(match[2]), 0);
  total.passed += tallies.length ? passed : code === 0 ? 1 : 0;
  total.failed += failed || (code === 0 ? 0 : 1);
  if (code !== 0) {
    failedStep = step;
    break;
  }
}

if (failedStep) console.error(`\nstep "${failedStep}" failed (npm run ${failedStep})`);
console.log(`test: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = failedStep ? 1 : 0;
