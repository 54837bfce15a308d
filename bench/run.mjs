// npm run bench: builds the benchmark targets with bench/vite.config.ts, runs the pure-logic
// benchmark in Node and the component benchmarks in Chromium (React's production build),
// measures bundle sizes with esbuild (bench/sizes.mjs), prints one table per group and writes the
// figures into BENCHMARKS.md between its result markers.
// Figures only: goals are reported as met or not, and never change the exit code. It is not
// part of `npm test`, whose checks must not depend on how busy the machine is.
//
// Options: --runs N (kept samples per case, default 30), --warmup N (default 10),
// --no-write (print only; leave BENCHMARKS.md alone).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { measureSizes } from './sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, 'bench', '.build');
const report = join(root, 'BENCHMARKS.md');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '10' },
    'no-write': { type: 'boolean', default: false },
  },
});
const sampling = { warmup: Number(values.warmup), runs: Number(values.runs) };
const fleetSize = 10_000;
const statusDevices = 1_000;
const breakdownMounts = 10;

// intervention-ui's own components; every other component the hook counts is Radix's.
const ours = new Set([
  'InterventionChecklist',
  'ChecklistProgress',
  'ChecklistItem',
  'BrandBadge',
  'StatusIcon',
  'RichContent',
]);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

function quantile(sorted, p) {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9) };
}

const ms = (value) =>
  value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
const times = (value) => `${value.toFixed(2)}×`;
const yesNo = (met) => (met ? 'yes' : '**no**');

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const timingHead = ['case', 'median ms', 'p10–p90 ms', 'ratio', 'goal', 'met?'];
const timingRow = (name, s, ratio = '', goal = '', met = '') => [
  name,
  ms(s.median),
  `${ms(s.p10)}–${ms(s.p90)}`,
  ratio,
  goal,
  met,
];

const elements = ({ elements: count, attributes }) =>
  `${count.toLocaleString('en-US')} elements, ${attributes.toLocaleString('en-US')} attributes`;

const counts = (byName) =>
  Object.entries(byName)
    .map(([name, count]) => (count > 1 ? `${name} ×${count}` : name))
    .join(', ') || 'none';

// ---------------------------------------------------------------------------------------------
// The machine.

/** The load average over 1, 5 and 15 minutes, now. */
function loadAverage() {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const memKiB = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout.trim();
  return {
    nproc,
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    memory: `${(memKiB / 1024 / 1024).toFixed(1)} GiB`,
    // Other work on the machine shows up in the figures; this says how much there was.
    load: loadAverage(),
    node: process.version,
    date: new Date().toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// Building and serving.

async function buildTargets() {
  for (const mode of ['timing', 'rerenders', 'node']) {
    console.log(`building bench/.build/${mode} …`);
    await build({ configFile: join(root, 'bench', 'vite.config.ts'), mode, logLevel: 'warn' });
  }
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Serves bench/.build on 127.0.0.1 at a free port. The pages are cross-origin isolated (COOP and
 * COEP headers) because Chromium then gives `performance.now()` 5 µs resolution instead of
 * 100 µs, which matters for the sub-millisecond static HTML baseline.
 */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(buildDir, `.${path}`);
    if (!file.startsWith(buildDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

// ---------------------------------------------------------------------------------------------
// The benchmarks.

function runNode() {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      join(buildDir, 'node', 'plans.js'),
      String(sampling.warmup),
      String(sampling.runs),
      String(fleetSize),
    ],
    {
      encoding: 'utf8',
      // React is not used by the pure logic, but the bundle may still import it.
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`the Node benchmark failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Opens one page of the build in a fresh tab and fails on any error it logs. */
async function open(browser, base, target, global) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${base}/${target}/${target}.html`);
  await page.waitForFunction((name) => name in window, global, { timeout: 30_000 });
  const info = await page.evaluate((name) => window[name].info(), global);
  // bundleType 0 is React DOM's production build; anything else would make the figures moot.
  if (info.bundleType !== 0) throw new Error(`${target}: React DOM is not the production build`);
  return {
    page,
    info,
    check() {
      if (errors.length > 0) throw new Error(`${target}: ${errors.join('\n')}`);
    },
  };
}

async function runBrowser(base) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // A collection before every sample (bench/measure.ts) needs `gc()` in the page.
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  try {
    const version = browser.version();
    const timing = await open(browser, base, 'timing', 'benchTiming');
    const checklist = await timing.page.evaluate((s) => window.benchTiming.checklist(s), sampling);
    timing.check();
    await timing.page.close();

    const status = await open(browser, base, 'timing', 'benchTiming');
    const capabilityStatus = await status.page.evaluate(
      ([s, count]) => window.benchTiming.capabilityStatus(s, count),
      [sampling, statusDevices],
    );
    status.check();
    await status.page.close();

    // Instrumented, so on a page of its own and after the timed runs.
    const instrumented = await open(browser, base, 'timing', 'benchTiming');
    const breakdown = await instrumented.page.evaluate(
      ([mounts, count]) => window.benchTiming.breakdown(mounts, count),
      [breakdownMounts, statusDevices],
    );
    instrumented.check();
    await instrumented.page.close();

    const counting = await open(browser, base, 'rerenders', 'benchRerenders');
    const rerenders = {
      middle: await counting.page.evaluate(() => window.benchRerenders.markDone(12, [0, 12])),
      current: await counting.page.evaluate(() => window.benchRerenders.markDone(0, [0, 12])),
    };
    counting.check();
    await counting.page.close();
    return { version, info: timing.info, checklist, capabilityStatus, breakdown, rerenders };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The report.

function rerenderRow(name, result, expected, goal) {
  const outsideOurs = Object.keys(result.outside).filter((component) => ours.has(component));
  const met =
    result.items.length === expected.length &&
    expected.every((at) => result.items.includes(at)) &&
    result.itemRenders === expected.length &&
    outsideOurs.includes('ChecklistProgress') &&
    outsideOurs.every((component) =>
      ['InterventionChecklist', 'ChecklistProgress'].includes(component),
    );
  return [
    name,
    String(result.commitsWithRenders),
    String(result.components),
    `${result.itemRenders} (${result.items.map((at) => `#${at + 1}`).join(', ') || 'none'})`,
    outsideOurs.join(', ') || 'none',
    goal,
    yesNo(met),
  ];
}

function rerenderDetails(name, result) {
  const outsideOurs = Object.fromEntries(
    Object.entries(result.outside).filter(([component]) => ours.has(component)),
  );
  const outsideRadix = Object.fromEntries(
    Object.entries(result.outside).filter(([component]) => !ours.has(component)),
  );
  return [
    `- ${name}:`,
    `  - outside the items, intervention-ui: ${counts(outsideOurs)}`,
    `  - outside the items, Radix (the accordion root, whose children changed): ${counts(outsideRadix)}`,
    `  - inside the re-rendered items: ${counts(result.inside)}`,
  ].join('\n');
}

const breakdownApis = [
  'layout: getBoundingClientRect',
  'style: getComputedStyle',
  'style: computed value read',
  'new Intl.PluralRules',
  'new Intl.ListFormat',
];

function breakdownTable(breakdown, c, s) {
  const names = {
    checklist: `InterventionChecklist, ${c.items} items`,
    radix: `bare Radix Accordion, ${c.items} items`,
    capabilityStatus: `${s.devices.toLocaleString('en-US')} CapabilityStatus lists`,
    plain: 'plain React list',
  };
  return table(
    ['case (ms per mount)', ...breakdownApis.map((api) => `\`${api}\``)],
    Object.entries(names).map(([key, name]) => [
      name,
      ...breakdownApis.map((api) => {
        const spent = breakdown[key]?.[api];
        return spent ? `${ms(spent.ms)} (${Math.round(spent.calls)} calls)` : '—';
      }),
    ]),
  );
}

function composition(fleet) {
  return Object.entries(fleet)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, count]) => `${count.toLocaleString('en-US')} ${kind}`)
    .join('; ');
}

/** Stats of one figure of samples that hold several (`mount`, `layout`, `mountAndLayout`). */
const figure = (samples, name) => stats(samples.map((sample) => sample[name]));

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function render(host, end, node, browser, sizes) {
  const c = browser.checklist;
  const checklist = figure(c.samples.checklist, 'mount');
  const radix = figure(c.samples.radix, 'mount');
  const html = figure(c.samples.html, 'mount');
  const checklistLaid = figure(c.samples.checklist, 'mountAndLayout');
  const radixLaid = figure(c.samples.radix, 'mountAndLayout');
  const htmlLaid = figure(c.samples.html, 'mountAndLayout');
  const vsRadix = checklist.median / radix.median;
  const vsHtml = checklist.median / html.median;
  const laidVsRadix = checklistLaid.median / radixLaid.median;

  const s = browser.capabilityStatus;
  const status = figure(s.samples.capabilityStatus, 'mount');
  const plain = figure(s.samples.plain, 'mount');
  const statusLaid = figure(s.samples.capabilityStatus, 'mountAndLayout');
  const plainLaid = figure(s.samples.plain, 'mountAndLayout');
  const vsPlain = status.median / plain.median;
  const laidVsPlain = statusLaid.median / plainLaid.median;

  const each = stats(node.samples.planInterventions);
  const eachBefore = stats(node.samples.legacyPlanInterventions);
  const fleet = stats(node.samples.planFleet);
  const fleetBefore = stats(node.samples.legacyPlanFleet);
  const parseEach = stats(node.samples.parseCapabilities);
  const parseEachBefore = stats(node.samples.legacyParseCapabilities);
  const parseFleet = stats(node.samples.parseDevices);
  const parseFleetBefore = stats(node.samples.legacyParseDevices);
  const eachRatio = each.median / eachBefore.median;
  const fleetRatio = fleet.median / fleetBefore.median;
  const merge1MB = stats(node.mergeSamples.nestedList1MB);
  const merge40kB = stats(node.mergeSamples.nestedList40kB);

  const ownCode = sizes.find((row) => row.goal);
  const middle = browser.rerenders.middle;
  const current = browser.rerenders.current;
  const middleRow = rerenderRow('', middle, [12], '');
  const currentRow = rerenderRow('', current, [0, 1], '');

  // Every goal of the issue in one place, each with what this run measured.
  const goals = [
    [
      '1a',
      'InterventionChecklist first mount, 24 items',
      '≤ 1.2× bare Radix',
      `${times(vsRadix)}`,
      yesNo(vsRadix <= 1.2),
    ],
    [
      '1a',
      'the same, with one forced layout after the commit, in both',
      '≤ 1.0× bare Radix',
      `${times(laidVsRadix)}`,
      yesNo(laidVsRadix <= 1.0),
    ],
    [
      '1b',
      '1,000 CapabilityStatus lists, first mount',
      '≤ 3× plain list',
      `${times(vsPlain)}`,
      yesNo(vsPlain <= 3),
    ],
    [
      '1c',
      'mark item #13 done: what re-renders',
      'that item and the progress',
      middleRow[3],
      middleRow[6],
    ],
    [
      '1c',
      'mark item #1 (the current step) done: what re-renders',
      'that item, the next step and the progress',
      currentRow[3],
      currentRow[6],
    ],
    [
      '2',
      'planInterventions, 10,000 devices, against the old code path in the same run',
      '≤ 0.5×',
      `${times(eachRatio)} (${ms(each.median)} ms against ${ms(eachBefore.median)} ms)`,
      yesNo(eachRatio <= 0.5),
    ],
    [
      '2',
      'planInterventions, 10,000 devices (aim, on a quiet machine)',
      '≤ 20 ms',
      `${ms(each.median)} ms`,
      yesNo(each.median <= 20),
    ],
    [
      '2',
      'planFleet, 10,000 devices, against the old code path in the same run',
      '≤ 0.8×',
      `${times(fleetRatio)} (${ms(fleet.median)} ms against ${ms(fleetBefore.median)} ms)`,
      yesNo(fleetRatio <= 0.8),
    ],
    [
      '3',
      'withLiveInterventions, 1 MB of nested lists',
      '≤ 100 ms',
      `${ms(merge1MB.median)} ms`,
      yesNo(merge1MB.median <= 100),
    ],
    [
      '4',
      "the three components' own code (no Radix, no catalogue data), gzip -9",
      ownCode.goal.text,
      kB(ownCode.gzip),
      yesNo(ownCode.gzip <= ownCode.goal.gzip),
    ],
  ];

  const layoutHead = [
    'case',
    'layout after the commit, median ms',
    'p10–p90 ms',
    'mount + layout, median ms',
    'p10–p90 ms',
    'ratio (mount + layout)',
    'goal',
    'met?',
  ];
  const layoutRow = (name, samples, laid, ratio = '', goal = '', met = '') => {
    const layout = figure(samples, 'layout');
    return [
      name,
      ms(layout.median),
      `${ms(layout.p10)}–${ms(layout.p90)}`,
      ms(laid.median),
      `${ms(laid.p10)}–${ms(laid.p90)}`,
      ratio,
      goal,
      met,
    ];
  };

  const sections = [
    `Run on ${host.date} · ${sampling.runs} samples per case after ${sampling.warmup} warm-up rounds, garbage collected before each sample.`,
    table(
      ['machine', ''],
      [
        ['CPUs (`nproc`)', host.nproc],
        ['CPU (/proc/cpuinfo)', host.cpu],
        ['memory', host.memory],
        ['load average at the start (1, 5, 15 min)', host.load],
        ['load average at the end (1, 5, 15 min)', end.load],
        ['Node', host.node],
        ['Chromium', browser.version],
        [
          'React',
          `${browser.info.react}, production build (React DOM bundleType ${browser.info.bundleType})`,
        ],
        [
          'timer',
          browser.info.crossOriginIsolated
            ? 'cross-origin isolated page: `performance.now()` at 5 µs'
            : 'page not cross-origin isolated: `performance.now()` at 100 µs',
        ],
      ],
    ),
    '### Goals',
    table(['section', 'what', 'goal', 'this run', 'met?'], goals),
    `### 1a. InterventionChecklist, first mount, ${c.items} items (Chromium)`,
    'Until the commit:',
    table(timingHead, [
      timingRow(
        `InterventionChecklist, ${c.items} bundled interventions (${elements(c.elements.checklist)})`,
        checklist,
        `${times(vsRadix)} bare Radix · ${times(vsHtml)} static HTML`,
        '≤ 1.2× bare Radix',
        yesNo(vsRadix <= 1.2),
      ),
      timingRow(
        `bare Radix Accordion, ${c.items} items, same text (${elements(c.elements.radix)})`,
        radix,
        'baseline',
      ),
      timingRow(
        `static HTML, same text, via innerHTML (${elements(c.elements.html)})`,
        html,
        'baseline',
      ),
    ]),
    'The style and layout the browser still owes after the commit, forced once in the same sample (`document.body.offsetHeight`), and the mount with it:',
    table(layoutHead, [
      layoutRow(
        'InterventionChecklist',
        c.samples.checklist,
        checklistLaid,
        `${times(laidVsRadix)} bare Radix · ${times(checklistLaid.median / htmlLaid.median)} static HTML`,
        '≤ 1.0× bare Radix',
        yesNo(laidVsRadix <= 1.0),
      ),
      layoutRow('bare Radix Accordion', c.samples.radix, radixLaid, 'baseline'),
      layoutRow('static HTML', c.samples.html, htmlLaid, 'baseline'),
    ]),
    `### 1b. CapabilityStatus, first mount, ${s.devices.toLocaleString('en-US')} devices (Chromium)`,
    'Until the commit:',
    table(timingHead, [
      timingRow(
        `${s.devices.toLocaleString('en-US')} CapabilityStatus lists, ${s.entries.toLocaleString('en-US')} entries (${elements(s.elements.capabilityStatus)})`,
        status,
        `${times(vsPlain)} plain list`,
        '≤ 3× plain list',
        yesNo(vsPlain <= 3),
      ),
      timingRow(`plain React list, same text (${elements(s.elements.plain)})`, plain, 'baseline'),
    ]),
    'With one forced layout after the commit, as in 1a:',
    table(layoutHead, [
      layoutRow(
        `${s.devices.toLocaleString('en-US')} CapabilityStatus lists`,
        s.samples.capabilityStatus,
        statusLaid,
        `${times(laidVsPlain)} plain list`,
      ),
      layoutRow('plain React list', s.samples.plain, plainLaid, 'baseline'),
    ]),
    `Devices: ${composition(s.composition)}.`,
    `### Where part of the mount time goes (Chromium, instrumented page, mean of ${breakdownMounts} mounts)`,
    'Time spent inside the browser APIs that top a CPU profile of these mounts, timed by wrappers on a page of their own so the timed runs above are untouched. `getComputedStyle` only hands back a live declaration; the style recalculation it stands for happens on the first read of a value from it (Radix Presence reads `animationName` for every panel it mounts), so the reads are a column of their own.',
    breakdownTable(browser.breakdown, c, s),
    '### 1c. Marking one item done in a 24-item checklist: what re-renders (Chromium)',
    table(
      [
        'case',
        'commits',
        'components re-rendered (all)',
        'checklist items re-rendered',
        'intervention-ui components outside the items',
        'goal',
        'met?',
      ],
      [
        rerenderRow(
          'mark item #13 done (not the current step)',
          middle,
          [12],
          'that item and the progress',
        ),
        rerenderRow(
          'mark item #1 done (the current step)',
          current,
          [0, 1],
          'that item, the next step (now current) and the progress',
        ),
      ],
    ),
    [rerenderDetails('item #13', middle), rerenderDetails('item #1', current)].join('\n'),
    `### 2. Pure logic, ${node.devices.toLocaleString('en-US')} devices (Node)`,
    'Each function beside its old code path (bench/legacy.ts: the code before the fast plan), timed in the same rounds; the run stops unless both give the same results for every device.',
    table(timingHead, [
      timingRow(
        `planInterventions, one call per device (${node.items.toLocaleString('en-US')} items)`,
        each,
        `${times(eachRatio)} the old code path`,
        '≤ 0.5× old · aim ≤ 20 ms',
        `${yesNo(eachRatio <= 0.5)} · ${yesNo(each.median <= 20)}`,
      ),
      timingRow('… the old code path', eachBefore, 'baseline'),
      timingRow(
        `planFleet, one call for all devices (${node.groups} groups)`,
        fleet,
        `${times(fleetRatio)} the old code path`,
        '≤ 0.8× old',
        yesNo(fleetRatio <= 0.8),
      ),
      timingRow('… the old code path', fleetBefore, 'baseline'),
      timingRow(
        'parseCapabilities, one call per device',
        parseEach,
        `${times(parseEach.median / parseEachBefore.median)} the old code path`,
      ),
      timingRow('… the old code path', parseEachBefore, 'baseline'),
      timingRow(
        'parseDevices, one call for all devices (what planFleet parses)',
        parseFleet,
        `${times(parseFleet.median / parseFleetBefore.median)} the old code path · ${Math.round((parseFleet.median / fleet.median) * 100)}% of planFleet`,
      ),
      timingRow('… the old code path', parseFleetBefore, 'baseline'),
    ]),
    "planInterventions no longer calls parseCapabilities: it reads the same capabilities without problems, facts or a capable entry's ids, so parseCapabilities is not a share of it.",
    `Devices: ${composition(node.composition)}.`,
    '### 3. Merging a live intervention with a long, deeply nested description (Node)',
    table(timingHead, [
      timingRow(
        'withLiveInterventions, 1 MB of nested lists (a level deeper on every line)',
        merge1MB,
        '',
        '≤ 100 ms',
        yesNo(merge1MB.median <= 100),
      ),
      timingRow('withLiveInterventions, 40 kB of nested lists', merge40kB),
      timingRow(
        'withLiveInterventions, 1 MB of emphasis marks that never close (slowest Markdown found)',
        stats(node.mergeSamples.unmatchedEmphasis1MB),
      ),
    ]),
    'Each is one intervention in the response, merged into the bundled catalogue. At most the first 2,000 characters or 200 lines are read as Markdown (`maxMarkdownLength`, `maxMarkdownLines`), the rest kept as plain text.',
    '### 4. Bundle sizes, measured as the peers are (esbuild)',
    'Each import bundled from src by esbuild and minified, `process.env.NODE_ENV` set to "production", React, react-dom and react/jsx-runtime external (and whatever else the second column says), then gzip at level 9 and brotli at quality 11. 1 kB = 1,000 bytes. The budgets of `npm run size` are in brotli and measure dist/.',
    table(
      ['bundle', 'external', 'minified', 'gzip -9', 'brotli', 'goal', 'met?'],
      sizes.map((row) => [
        row.name,
        row.external,
        kB(row.minified),
        kB(row.gzip),
        kB(row.brotli),
        row.goal?.text ?? '',
        row.goal ? yesNo(row.gzip <= row.goal.gzip) : '',
      ]),
    ),
  ];
  return sections.join('\n\n');
}

const startMarker = '<!-- bench:results:start -->';
const endMarker = '<!-- bench:results:end -->';

function write(results) {
  const generated = `${startMarker}\n<!-- Written by \`npm run bench\` (bench/run.mjs); edit the text around the markers only. -->\n\n${results}\n\n${endMarker}`;
  const current = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const next =
    start !== -1 && end > start
      ? current.slice(0, start) + generated + current.slice(end + endMarker.length)
      : `# Benchmarks\n\n${generated}\n`;
  writeFileSync(report, next);
  // Biome formats Markdown too (it pads tables): keep the file as `npm run lint` wants it.
  const format = spawnSync('npx', ['biome', 'format', '--write', report], { encoding: 'utf8' });
  if (format.status !== 0) throw new Error(`biome format BENCHMARKS.md failed:\n${format.stderr}`);
}

// ---------------------------------------------------------------------------------------------

const host = machine();
console.log('esbuild: bundle sizes …');
const sizes = await measureSizes(root);
await buildTargets();
console.log('Node: planInterventions, planFleet and live Markdown merges …');
const node = runNode();
const server = await serve();
try {
  const { port } = server.address();
  console.log('Chromium: first mounts and re-renders …');
  const browser = await runBrowser(`http://127.0.0.1:${port}`);
  const results = render(host, { load: loadAverage() }, node, browser, sizes);
  console.log(`\n${results}\n`);
  if (!values['no-write']) {
    write(results);
    console.log('wrote BENCHMARKS.md');
  }
} finally {
  server.close();
}
