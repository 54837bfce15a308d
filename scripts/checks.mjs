// Named checks for the test steps that run outside Vitest (the consumer apps, the server
// entry points): each prints ✓ or ✗ with its name, and the step writes its counts to a report
// that scripts/test.mjs adds to the `N passed, N failed` line.
import { writeFileSync } from 'node:fs';

export function createChecks(step) {
  let passed = 0;
  let failed = 0;
  return {
    /** Records one check; `detail` says what was seen when it fails. */
    check(name, ok, detail = '') {
      if (ok) passed += 1;
      else failed += 1;
      console.log(`${ok ? '✓' : '✗'} ${name}${ok ? '' : ` — ${detail}`}`);
    },
    /** Writes the report and sets the exit code: any failed check fails the step. */
    finish(report) {
      console.log(`${step}: ${passed} passed, ${failed} failed`);
      writeFileSync(report, JSON.stringify({ passed, failed }));
      if (failed > 0) process.exitCode = 1;
    },
  };
}
