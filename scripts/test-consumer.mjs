// The consumer check: pack the library from a clean copy of the working tree, as `npm publish`
// or an install from git would, install the tarball into examples/host-app like a customer
// would, paste the README's usage example in, type-check and build the app, then load it in
// Chromium and check what a person would see. Breaking the packing, the exports map, the types
// or the stylesheet makes this fail.
//
// The tarball is always built by the package's own `prepack` script in the clean copy, so the
// working tree's dist/ is neither needed nor used; `--no-build` is accepted and changes nothing.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const app = 'examples/host-app';

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Things to undo when the check ends, however it ends: servers to stop, folders to remove. */
const cleanups = [];
process.on('exit', () => {
  for (const cleanup of cleanups.reverse()) cleanup();
});
// Ctrl-C and kill end the check through 'exit', so the servers stop with it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// 1. The tarball, packed from a copy of the working tree that has never been built: every file
// git tracks or would track (uncommitted edits and new files included, ignored ones such as
// dist/ and node_modules/ left out), with the working tree's node_modules linked in. npm runs
// the `prepack` script there, so a tarball without the build can never be published again.
const clean = mkdtempSync(join(tmpdir(), 'intervention-ui-pack-'));
cleanups.push(() => rmSync(clean, { recursive: true, force: true }));
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
});
if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
// A tracked file deleted in the working tree is listed but gone: it is not part of the tree.
const tracked = listed.stdout.split('\0').filter((file) => file && existsSync(file));
for (const file of tracked) {
  mkdirSync(join(clean, dirname(file)), { recursive: true });
  cpSync(file, join(clean, file));
}
symlinkSync(resolve('node_modules'), join(clean, 'node_modules'), 'dir');
if (existsSync(join(clean, 'dist'))) throw new Error('the clean copy already has a dist/');
const packDir = join(clean, '.pack');
mkdirSync(packDir);
// Scripts in the foreground so the build's output shows; npm's own file listing does not.
run('npm', ['pack', '--pack-destination', packDir, '--foreground-scripts', '--loglevel=warn'], {
  cwd: clean,
});
const [tarballName, ...others] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
if (!tarballName || others.length > 0) throw new Error('npm pack did not make exactly one tarball');
const tarball = join(packDir, tarballName);

// What the tarball holds, from the archive itself.
const listing = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
if (listing.status !== 0) throw new Error(`tar could not read ${tarball}: ${listing.stderr}`);
const packed = new Set(
  listing.stdout
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, '')),
);
const leaked = [...packed].filter((f) => /(^|\/)(test|stories)\/|\.test\.|\.stories\./.test(f));
if (leaked.length > 0) throw new Error(`tests or stories in the tarball: ${leaked.join(', ')}`);

/**
 * Every file the exports map promises. A `*` target stands for one module per locale: the
 * locale-named sources beside the matching folder under src/ (`dist/i18n/locales/*.js` → each
 * `src/i18n/locales/<tag>.ts`), which is how the build makes those entry points.
 */
function promisedFiles() {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  return targets.flatMap((target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return [path];
    const folder = join('src', dirname(path).replace(/^dist\/?/, ''));
    const tags = readdirSync(folder)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.tsx?$/.test(file))
      .map((file) => file.replace(/\.tsx?$/, ''));
    if (tags.length === 0) throw new Error(`no locale modules in ${folder} for ${target}`);
    return tags.map((tag) => path.replace('*', tag));
  });
}
const promised = promisedFiles();
const missing = promised.filter((file) => !packed.has(file));
if (missing.length > 0)
  throw new Error(`the tarball lacks files its exports map promises: ${missing.join(', ')}`);
for (const required of ['README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/styles.css']) {
  if (!packed.has(required)) throw new Error(`the tarball lacks ${required}`);
}
console.log(`tarball: ${packed.size} files, all ${promised.length} files the exports map names`);

// The app's package.json points to the tarball under this fixed name.
rmSync(join(app, '.pack'), { recursive: true, force: true });
mkdirSync(join(app, '.pack'));
copyFileSync(tarball, join(app, '.pack', 'intervention-ui.tgz'));

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
cleanups.push(stopPreview);
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
// Exiting stops the server and removes the clean copy.
process.exit(failures > 0 ? 1 : 0);
