// Writes every screenshot of test/visual anew, after a deliberate change of look: the old
// pictures go first, so none is left behind for a test that was renamed or removed. Review the
// new pictures (git diff shows which changed) before committing them.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('test/visual/baselines', { recursive: true, force: true });
const result = spawnSync('npx', ['vitest', 'run', '--project', 'visual', '--update=all'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
