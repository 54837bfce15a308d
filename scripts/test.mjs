// The whole check suite, in order, stopping at the first failure. It ends with a line
// `N passed, N failed` counting the tests that ran, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
/** The reports of the steps outside Vitest (scripts/checks.mjs), each `{ passed, failed }`. */
const checkReports = ['.server-report.json', '.consumer-report.json'];

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['biome', 'check', '.']],
  [
    'vitest',
    'npx',
    [
      'vitest',
      'run',
      // Never write a screenshot or snapshot: one that is missing or differs fails (see
      // `npm run test:visual:update`).
      '--update=none',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
  ],
  ['build', 'node', ['scripts/build.mjs']],
  [
    'server components',
    'node',
    [
      '--conditions=react-server',
      '--import',
      './test/server/client-references.mjs',
      'test/server/react-server.mjs',
    ],
  ],
  // The public surface against the report checked in (test/api): any change shows in review.
  // After a deliberate change, `npm run api` writes the new report.
  ['api report', 'npx', ['api-extractor', 'run', '-c', 'test/api/api-extractor.json']],
  ['publint', 'npx', ['publint', '--strict']],
  // attw packs the package itself; the build above is what it must check, so npm's prepack
  // (another build) is skipped.
  [
    'attw',
    'npx',
    ['attw', '--pack', '.', '--profile', 'esm-only'],
    { env: { ...process.env, npm_config_ignore_scripts: 'true' } },
  ],
  ['size-limit', 'npx', ['size-limit']],
  // Packs from a clean copy of the working tree, which builds once more through prepack.
  ['consumer', 'node', ['scripts/test-consumer.mjs']],
];

/** Tests that ran: Vitest's, plus the checks of the steps outside it. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
  }
  for (const file of checkReports.filter(existsSync)) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.passed;
    failed += json.failed;
  }
  return { passed, failed };
}

for (const file of [report, ...checkReports]) rmSync(file, { force: true });
let failedStep = null;
for (const [name, command, args, options = {}] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const { passed, failed } = counts();
if (failedStep) {
  console.error(`\n✖ npm test stopped at step "${failedStep}".`);
  // A failed step outside Vitest still counts as a failure for CI's reading.
  console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
  process.exit(1);
}
console.log(`\n✔ every check passed.`);
console.log(`${passed} passed, ${failed} failed`);
