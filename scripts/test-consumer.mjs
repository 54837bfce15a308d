// The consumer check: pack the library, install the tarball into examples/host-app like a
// customer would, paste the README's usage example in, type-check and build the app, then load
// it in Chromium and check what a person would see. Breaking the exports map, the types or the
// stylesheet makes this fail.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const app = 'examples/host-app';

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

// 1. The tarball, under a fixed name the app's package.json points to. `npm test` has just
// built the library and passes --no-build.
if (!process.argv.includes('--no-build')) run('node', ['scripts/build.mjs']);
rmSync(join(app, '.pack'), { recursive: true, force: true });
mkdirSync(join(app, '.pack'));
const packed = spawnSync('npm', ['pack', '--pack-destination', join(app, '.pack'), '--json'], {
  encoding: 'utf8',
});
if (packed.status !== 0) throw new Error(packed.stderr);
const [{ filename, files }] = JSON.parse(packed.stdout);
renameSync(join(app, '.pack', filename), join(app, '.pack', 'intervention-ui.tgz'));
const leaked = files.filter((f) => /(^|\/)(test|stories)\/|\.test\.|\.stories\./.test(f.path));
if (leaked.length > 0)
  throw new Error(`tests or stories in the tarball: ${leaked.map((f) => f.path)}`);

// 2. The README's example, verbatim: the tsx block that starts with `// src/App.tsx`.
const readme = readFileSync('README.md', 'utf8');
const example = /```tsx\n(\/\/ src\/App\.tsx\n[\s\S]*?)```/.exec(readme)?.[1];
if (!example) throw new Error('README.md has no ```tsx block starting with // src/App.tsx');
writeFileSync(join(app, 'src', 'ReadmeExample.tsx'), example);

// 3. Install (fresh, so the new tarball is taken), type-check and build like a host.
rmSync(join(app, 'node_modules', 'intervention-ui'), { recursive: true, force: true });
run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: app });
run('npm', ['run', 'typecheck'], { cwd: app });
run('npm', ['run', 'build'], { cwd: app });

// 4. Serve the build on a free port and look at it in Chromium. The server runs in its own
// process group so that stopping it stops Vite too, and the page it serves is checked to be
// this build: a server left over from an earlier run must never answer for this one.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const preview = spawn(
  process.execPath,
  [
    join('node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { cwd: app, stdio: 'ignore', detached: true },
);
const stopPreview = () => {
  try {
    process.kill(-preview.pid);
  } catch {
    // Already gone.
  }
};
process.on('exit', stopPreview);
const base = `http://127.0.0.1:${port}/`;
const builtPage = readFileSync(join(app, 'dist', 'index.html'), 'utf8');
for (let attempt = 0; ; attempt += 1) {
  const served = await fetch(base).then(
    (r) => r.text(),
    () => '',
  );
  if (served === builtPage) break;
  if (attempt > 100)
    throw new Error(`the preview server on port ${port} does not serve this build`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
let failures = 0;
let passes = 0;
function check(name, ok, detail = '') {
  if (ok) passes += 1;
  else failures += 1;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok ? '' : ` — ${detail}`}`);
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${base}#readme`);

  // The README example: the Tesla sample's full guidance.
  const trigger = page.getByRole('button', { name: 'Enable Mobile Access in vehicle' });
  await trigger.waitFor({ timeout: 10_000 });
  await trigger.click();
  const steps = page.locator('[data-part="step"]');
  check('README example: opening the Tesla item shows its steps', (await steps.count()) >= 2);
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText is what a person sees.
  const summary = await page.locator('[data-part="summary"]').innerText();
  check(
    'README example: the summary line counts features and actions',
    summary.includes('1 of 2 features available') && summary.includes('1 action needed'),
    summary,
  );
  check(
    'README example: the stylesheet is applied',
    (await page
      .locator('[data-part="progress-fill"]')
      .evaluate((el) => getComputedStyle(el).backgroundColor)) === 'rgb(11, 92, 173)',
  );
  // The host's own build (Vite, with its default CSS pipeline) must keep the dark theme.
  const fillInDark = await page.evaluate(() => {
    document.body.dataset.theme = 'dark';
    const fill = document.querySelector('[data-part="progress-fill"]');
    const colour = fill ? getComputedStyle(fill).backgroundColor : '';
    delete document.body.dataset.theme;
    return colour;
  });
  check(
    'README example: data-theme="dark" applies the dark palette',
    fillInDark === 'rgb(88, 166, 255)',
    fillInDark,
  );
  await page.getByRole('button', { name: 'Mark as done' }).click();
  check(
    'README example: marking done moves the progress bar',
    (await page.getByRole('progressbar').getAttribute('aria-valuenow')) === '1',
  );

  // The fleet dashboard: live data, every component, many devices.
  await page.goto(base);
  await page.reload();
  await page.getByRole('heading', { name: 'Fleet dashboard' }).waitFor({ timeout: 10_000 });
  check('dashboard: one section per device', (await page.getByTestId('device').count()) === 5);
  check(
    'dashboard: fleet groups listed',
    (await page.getByTestId('fleet-groups').locator('li').count()) > 0,
  );
  check(
    'dashboard: brand names shown',
    (await page.getByText('Volkswagen', { exact: true }).count()) > 0 &&
      (await page.getByText('Tesla', { exact: true }).count()) > 0,
  );
  check(
    'dashboard: the Tesla intervention appears once, for the one Tesla',
    (await page.getByRole('button', { name: 'Enable Mobile Access in vehicle' }).count()) === 1,
  );
  const logic = await page.getByTestId('logic').locator('li').allInnerTexts();
  check(
    'logic only: the shared We Connect intervention is listed once, with all it unlocks',
    logic.filter((text) => text.startsWith('Subscribe to We Connect Services:')).length === 1 &&
      logic.some((text) => /Subscribe to We Connect Services: .+, .+/.test(text)),
    logic.join(' | '),
  );
  check('no errors in the console', errors.length === 0, errors.join('\n'));
} finally {
  await browser.close();
  stopPreview();
}

console.log(`consumer: ${passes} passed, ${failures} failed`);
writeFileSync('.consumer-report.json', JSON.stringify({ passed: passes, failed: failures }));
if (failures > 0) process.exit(1);
