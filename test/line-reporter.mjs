// A web-test-runner reporter that ends the output with one plain line, "wtr: N passed, N failed",
// counting every test in every browser. A test file that failed to load counts as one failure.

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function lineReporter() {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0};
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      process.on('exit', () => {
        console.log(`wtr: ${totals.passed} passed, ${totals.failed} failed`);
      });
    },
  };
}
