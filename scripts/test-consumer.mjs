// The consumer check: pack the library from a clean copy of the working tree, as `npm publish`
// or an install from git would, install the tarball into two host apps like a customer would,
// paste the README's examples in, build the apps, then load them in Chromium and check what a
// person would see. Hosts: examples/host-app (Vite, client-rendered) and examples/next-app
// (Next.js App Router: Server Components, server rendering and hydration). Breaking the packing,
// the exports map, the types, the stylesheet or the server/client split makes this fail.
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
import { createChecks } from './checks.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const hostApp = 'examples/host-app';
const nextApp = 'examples/next-app';
/** How long a page may take to show something: generous, for a loaded 2-core machine. */
const appear = { timeout: 60_000 };

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

// Each app's package.json points to the tarball under this fixed name.
for (const app of [hostApp, nextApp]) {
  rmSync(join(app, '.pack'), { recursive: true, force: true });
  mkdirSync(join(app, '.pack'));
  copyFileSync(tarball, join(app, '.pack', 'intervention-ui.tgz'));
}

// 2. The README's examples, as written.
const readme = readFileSync('README.md', 'utf8');
// The usage example: the tsx block that starts with `// src/App.tsx`, verbatim, in both apps.
const usage = /```tsx\n(\/\/ src\/App\.tsx\n[\s\S]*?)```/.exec(readme)?.[1];
if (!usage) throw new Error('README.md has no ```tsx block starting with // src/App.tsx');
writeFileSync(join(hostApp, 'src', 'ReadmeExample.tsx'), usage);
writeFileSync(join(nextApp, 'app', 'readme', 'App.tsx'), usage);
// The German example of "Languages" is a fragment: its imports verbatim, then its JSX as what a
// Server Component page returns, with stand-ins for its placeholders `user` and `device`.
const german = /\n## Languages\n[\s\S]*?```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
const jsxAt = german?.search(/^</m) ?? -1;
if (!german || jsxAt < 0 || !german.includes('LocaleProvider'))
  throw new Error('README.md\'s "Languages" section has no ```tsx LocaleProvider example');
// Its folder holds only this generated page, which git ignores, so a fresh clone lacks it.
mkdirSync(join(nextApp, 'app', 'readme', 'de'), { recursive: true });
writeFileSync(
  join(nextApp, 'app', 'readme', 'de', 'page.tsx'),
  `${german.slice(0, jsxAt)}import { tesla as device } from '../../../data/devices';

// Stand-ins for the README's placeholders: the signed-in owner, and their car.
const user = { locale: 'de-DE' };

/** The README's German example, pasted into a Server Component page by the consumer check. */
export default function ReadmeGerman() {
  return (
    <main lang="de">
${german.slice(jsxAt).trim().replace(/;$/, '')}
    </main>
  );
}
`,
);

// 3. Install (fresh, so the new tarball is taken), type-check and build like a host. Next's
// build type-checks the app with its tsconfig.json, and fails on an error.
// Next.js would otherwise try to send usage telemetry, over a network that may be closed.
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const app of [hostApp, nextApp]) {
  rmSync(join(app, 'node_modules', 'intervention-ui'), { recursive: true, force: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: app });
}
run('npm', ['run', 'typecheck'], { cwd: hostApp });
run('npm', ['run', 'build'], { cwd: hostApp });
rmSync(join(nextApp, '.next'), { recursive: true, force: true });
run('npm', ['run', 'build'], { cwd: nextApp, env: nextEnv });

// 4. Serve each build on a free port. A server runs in its own process group, so that stopping
// it stops everything it started, and the page it serves is checked to be this build: a server
// left over from an earlier run must never answer for this one.
function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts `args` under Node in `cwd`; resolves once `path` serves exactly `expected`. */
async function serve(name, cwd, args, port, path, expected, env = process.env) {
  const server = spawn(process.execPath, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr.on('data', (chunk) => {
    output += chunk;
  });
  cleanups.push(() => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  });
  const base = `http://127.0.0.1:${port}`;
  // Up to two minutes: a cold start on a busy machine can be slow.
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    if (server.exitCode !== null) break;
    const served = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) }).then(
      (r) => r.text(),
      () => '',
    );
    if (served === expected) return base;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the ${name} server on port ${port} does not serve this build:\n${output}`);
}

const vitePort = await freePort();
const viteBase = await serve(
  'Vite preview',
  hostApp,
  [
    join('node_modules', 'vite', 'bin', 'vite.js'),
    'preview',
    '--port',
    String(vitePort),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  vitePort,
  '/',
  readFileSync(join(hostApp, 'dist', 'index.html'), 'utf8'),
);
// `/` is prerendered at build time: Next serves that file as it is.
const nextPort = await freePort();
const nextBase = await serve(
  'Next.js',
  nextApp,
  [
    join('node_modules', 'next', 'dist', 'bin', 'next'),
    'start',
    '-H',
    '127.0.0.1',
    '-p',
    String(nextPort),
  ],
  nextPort,
  '/',
  readFileSync(join(nextApp, '.next', 'server', 'app', 'index.html'), 'utf8'),
  nextEnv,
);

const { check, finish } = createChecks('consumer');

/** Runs one page's checks; an error on the way counts as one failed check, and the rest run. */
async function section(name, checks) {
  try {
    await checks();
  } catch (error) {
    check(`${name}: the page could be checked`, false, error.message);
  }
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/**
 * A fresh page at `url` that records every console error and warning, every uncaught error and
 * every error reported to the window (React reports a hydration mismatch that way).
 */
async function open(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(appear.timeout);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__reported = [];
    window.addEventListener('error', (event) => window.__reported.push(String(event.message)));
  });
  await page.goto(url);
  const reported = async () => [
    ...problems,
    ...(await page.evaluate(() => window.__reported)).map((message) => `reported: ${message}`),
  ];
  return { page, reported };
}

/** Opens a checklist item by its trigger, unless it is open already (the first step is). */
async function openItem(trigger) {
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
}

/** Presses Tab until `target` has the focus; false if it never gets it. */
async function tabTo(page, target) {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

const accent = 'rgb(11, 92, 173)';
const fillColour = (page) =>
  page
    .locator('[data-part="progress-fill"]')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
/** The titles of a page's checklist items, in order. */
const checklistTitles = (page) =>
  page
    .locator('[data-scope="intervention-checklist"][data-part="root"] [data-part="title"]')
    .allInnerTexts();

try {
  // ——— examples/host-app (Vite) ———
  await section('Vite app', async () => {
    const { page, reported } = await open(`${viteBase}/#readme`);
    // The README example: the Tesla sample's full guidance.
    const trigger = page.getByRole('button', {
      name: 'Enable Mobile Access in vehicle',
      exact: true,
    });
    await trigger.waitFor(appear);
    // The one step to do is open from the start, with its guidance.
    const steps = page.locator('[data-part="step"]');
    check(
      'README example: the Tesla item starts open and shows its steps',
      (await trigger.getAttribute('aria-expanded')) === 'true' && (await steps.count()) >= 2,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText is what a person sees.
    const summary = await page.locator('[data-part="summary"]').innerText();
    check(
      'README example: the summary line counts features and actions',
      summary.includes('1 of 2 features available') && summary.includes('1 action needed'),
      summary,
    );
    check('README example: the stylesheet is applied', (await fillColour(page)) === accent);
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
    await page.goto(`${viteBase}/`);
    await page.reload();
    await page.getByRole('heading', { name: 'Fleet dashboard' }).waitFor(appear);
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
      (await page
        .getByRole('button', { name: 'Enable Mobile Access in vehicle', exact: true })
        .count()) === 1,
    );
    const logic = await page.getByTestId('logic').locator('li').allInnerTexts();
    check(
      'logic only: the shared We Connect intervention is listed once, with all it unlocks',
      logic.filter((text) => text.startsWith('Subscribe to We Connect Services:')).length === 1 &&
        logic.some((text) => /Subscribe to We Connect Services: .+, .+/.test(text)),
      logic.join(' | '),
    );
    const problems = await reported();
    check(
      'Vite app: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });

  // ——— examples/next-app (Next.js App Router) ———
  await section('Next /', async () => {
    // `/`: a Server Component computes the plan; the components render on the server. With
    // JavaScript off, the page shows what the server sent, before any hydration.
    const serverOnly = await browser.newContext({ javaScriptEnabled: false });
    const sent = await serverOnly.newPage();
    sent.setDefaultTimeout(appear.timeout);
    await sent.goto(`${nextBase}/`);
    const sentTitles = await checklistTitles(sent);
    const sentSummary = await sent.locator('[data-part="summary"]').allInnerTexts();
    const sentBrands = await sent.locator('[data-scope="brand-badge"][data-part="root"]').count();
    // The step to do first is open, its guidance in the server's HTML.
    const sentSteps = await sent
      .locator('[data-scope="intervention-checklist"][data-part="item"]')
      .first()
      .locator('[data-part="step"]')
      .count();
    await serverOnly.close();

    const { page, reported } = await open(`${nextBase}/`);
    const plan = page.getByTestId('server-plan').locator('li');
    await plan.first().waitFor(appear);
    const planned = await plan.allInnerTexts();
    const titles = await checklistTitles(page);
    check(
      'Next /: the plan computed on the server lists the checklist’s items, in its order',
      planned.length >= 2 && JSON.stringify(planned) === JSON.stringify(titles),
      `${planned.join(' | ')} vs ${titles.join(' | ')}`,
    );
    check(
      'Next /: without JavaScript, the server’s HTML shows the brand, the summary, the items and the first step’s guidance',
      sentBrands > 0 &&
        sentSummary.length === 1 &&
        sentSteps >= 1 &&
        JSON.stringify(sentTitles) === JSON.stringify(titles),
      `${sentBrands} brands, summary ${sentSummary.join(' | ')}, items ${sentTitles.join(' | ')}, ${sentSteps} steps`,
    );
    check('Next /: the stylesheet is applied', (await fillColour(page)) === accent);
    // Keyboard only: Tab to the first item (open, as the step to do first), Enter closes it and
    // opens it again, Tab to "Mark as done", Space.
    const first = page
      .locator('[data-scope="intervention-checklist"][data-part="root"] [data-part="trigger"]')
      .first();
    const reached = await tabTo(page, first);
    check('Next /: Tab reaches the first checklist item', reached);
    check(
      'Next /: the step to do first is open',
      (await first.getAttribute('aria-expanded')) === 'true',
    );
    await page.keyboard.press('Enter');
    check('Next /: Enter closes it', (await first.getAttribute('aria-expanded')) === 'false');
    await page.keyboard.press('Enter');
    const opened = page
      .locator('[data-scope="intervention-checklist"][data-part="root"] [data-part="item"]')
      .first();
    const steps = opened.locator('[data-part="step"]');
    await steps
      .first()
      .waitFor(appear)
      .catch(() => {});
    check(
      'Next /: Enter opens it again and shows its steps',
      (await first.getAttribute('aria-expanded')) === 'true' &&
        (await steps.count()) >= 1 &&
        (await steps.first().isVisible()),
    );
    const markDone = opened.getByRole('button', { name: 'Mark as done' });
    check('Next /: Tab reaches “Mark as done”', await tabTo(page, markDone));
    await page.keyboard.press('Space');
    check(
      'Next /: Space marks the item done, turns the button into Undo and moves the progress bar',
      (await opened.getByRole('button', { name: /^Undo:/ }).count()) === 1 &&
        (await page.getByRole('progressbar').getAttribute('aria-valuenow')) === '1',
    );
    const problems = await reported();
    check(
      'Next /: no errors, warnings or hydration mismatch in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
  await section('Next /de', async () => {
    // `/de`: LocaleProvider and the German catalogue, set in a Server Component.
    const { page, reported } = await open(`${nextBase}/de`);
    const trigger = page.getByRole('button', {
      name: 'Mobilen Zugriff im Fahrzeug aktivieren',
      exact: true,
    });
    await trigger.waitFor(appear);
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText is what a person sees.
    const summary = await page.locator('[data-part="summary"]').innerText();
    await openItem(trigger);
    check(
      'Next /de: German guidance and German strings',
      (await page.getByRole('button', { name: /^Als erledigt markieren: / }).count()) === 1 &&
        (await page.getByRole('progressbar', { name: 'Fortschritt' }).count()) === 1 &&
        summary.includes('1 von 2 Funktionen verfügbar'),
      summary,
    );
    const problems = await reported();
    check(
      'Next /de: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
  await section('Next /live', async () => {
    // `/live`: a live GET /interventions response merged on the server.
    const { page, reported } = await open(`${nextBase}/live`);
    const trigger = page.getByRole('button', {
      name: "Allow Mobile Access on the car's touchscreen",
    });
    await trigger.waitFor(appear).catch(() => {});
    const titles = await checklistTitles(page);
    check(
      'Next /live: the live title replaces the bundled one',
      titles.includes("Allow Mobile Access on the car's touchscreen") &&
        !titles.includes('Enable Mobile Access in vehicle'),
      titles.join(' | '),
    );
    check(
      'Next /live: an intervention only the live data knows has its title',
      titles.includes('Share charging schedules with third-party apps'),
      titles.join(' | '),
    );
    await openItem(
      page.getByRole('button', {
        name: 'Share charging schedules with third-party apps',
        exact: true,
      }),
    );
    check(
      'Next /live: its Markdown description shows as formatted text',
      (await page
        .locator('[data-part="panel"] strong', { hasText: 'Security & Privacy' })
        .count()) === 1,
    );
    const problems = await reported();
    check(
      'Next /live: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
  await section('Next /recheck', async () => {
    // `/recheck`: a client page; "Check again" asks the app's route handler for the device.
    const { page, reported } = await open(`${nextBase}/recheck`);
    const recheck = page.getByRole('button', { name: 'Check again' });
    await recheck.waitFor(appear);
    await recheck.click();
    const outcome = page.locator('[data-part="outcome"]');
    await outcome
      .getByText(/^All done\. Now working: /)
      .waitFor(appear)
      .catch(() => {});
    check(
      'Next /recheck: checking again shows the intervention resolved, and what now works',
      (await outcome.getByText(/^All done\. Now working: /).count()) === 1 &&
        (await page.locator('[data-part="state"][data-status="resolved"]').count()) === 1,
      // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText is what a person sees.
      await page.locator('[data-scope="intervention-checklist"][data-part="root"]').innerText(),
    );
    const problems = await reported();
    check(
      'Next /recheck: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
  await section('Next README example', async () => {
    // `/readme`: the README's usage example, pasted in as it is written.
    const { page, reported } = await open(`${nextBase}/readme`);
    const trigger = page.getByRole('button', {
      name: 'Enable Mobile Access in vehicle',
      exact: true,
    });
    await trigger.waitFor(appear);
    await openItem(trigger);
    check(
      'Next README example: the Tesla item shows its steps',
      (await page.locator('[data-part="step"]').count()) >= 2,
    );
    // Its onRecheck fetches /api/vehicles/{id}, which this app serves.
    await page.getByRole('button', { name: 'Check again' }).click();
    const done = page.getByText(/^All done\. Now working: /);
    await done.waitFor(appear).catch(() => {});
    check(
      'Next README example: checking again fetches the resolved car',
      (await done.count()) === 1,
    );
    const problems = await reported();
    check(
      'Next README example: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
  await section('Next README German example', async () => {
    // `/readme/de`: the README's German example in a Server Component page.
    const { page, reported } = await open(`${nextBase}/readme/de`);
    const trigger = page.getByRole('button', {
      name: 'Mobilen Zugriff im Fahrzeug aktivieren',
      exact: true,
    });
    await trigger.waitFor(appear);
    await openItem(trigger);
    check(
      'Next README German example: German guidance, with the host’s own wording',
      (await page.getByRole('button', { name: /^Erledigt: / }).count()) === 1,
    );
    const problems = await reported();
    check(
      'Next README German example: no errors or warnings in the console',
      problems.length === 0,
      problems.join('\n'),
    );
    await page.close();
  });
} finally {
  await browser.close();
}

finish('.consumer-report.json');
// Exiting stops the servers: their output streams would otherwise keep this process waiting.
process.exit(process.exitCode ?? 0);
