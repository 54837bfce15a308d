// The package as React Server Components see it. Run by `npm test` after the build:
//   node --conditions=react-server --import ./test/server/client-references.mjs test/server/react-server.mjs
// Under the react-server condition React has no createContext or hooks, and modules that
// begin with 'use client' become client references (client-references-hooks.mjs), as in a
// Next.js App Router build. Every entry point must import there, and the pure logic and the
// data must work there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as React from 'react';
import { createChecks } from '../../scripts/checks.mjs';

const { check, finish } = createChecks('server components');
const isReference = (value) => value?.$$typeof === Symbol.for('react.client.reference');

check(
  "React's server build is loaded (no createContext)",
  typeof React.createContext !== 'function',
  'run this file with --conditions=react-server',
);

// 1. Every entry point of the exports map imports, by the package's own name.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = [];
for (const key of Object.keys(pkg.exports)) {
  if (key.endsWith('.css') || key === './package.json') continue;
  if (!key.includes('*')) {
    subpaths.push(key);
    continue;
  }
  // A pattern: one subpath per file its target folder holds.
  const target = pkg.exports[key].default;
  const [folder] = target.split('*');
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.js')) subpaths.push(key.replace('*', file.slice(0, -3)));
  }
}
const modules = {};
for (const subpath of subpaths) {
  const specifier = `${pkg.name}${subpath.slice(1)}`;
  try {
    modules[subpath] = await import(specifier);
    check(`${specifier} imports on the server`, true);
  } catch (error) {
    check(`${specifier} imports on the server`, false, error.message);
  }
}

const root = modules['.'] ?? {};
const { catalogue } = modules['./catalogue'] ?? {};
const german = modules['./catalogue/de-DE'] ?? {};
const { withLiveInterventions } = modules['./live'] ?? {};

// 2. The components and what uses React state are client references; the logic is not.
for (const name of ['BrandBadge', 'CapabilityStatus', 'InterventionChecklist', 'LocaleProvider']) {
  check(`${name} is a client reference on the server`, isReference(root[name]), typeof root[name]);
}
for (const name of [
  'parseCapabilities',
  'planInterventions',
  'planFleet',
  'createCatalogue',
  'mergeVendorHealth',
  'brandLogoFor',
]) {
  check(`${name} runs on the server`, typeof root[name] === 'function' && !isReference(root[name]));
}

// 3. The pure logic and the data, called on the server.
const mobileAccess = 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe';
const tesla = {
  vendor: 'TESLA',
  capabilities: {
    information: { isCapable: true, interventionIds: [] },
    chargeState: { isCapable: false, interventionIds: [mobileAccess] },
    smartCharging: { isCapable: false, interventionIds: [mobileAccess] },
  },
};
try {
  const plan = root.planInterventions(tesla.capabilities, catalogue, { vendor: tesla.vendor });
  check(
    'planInterventions on the server: one item, with its guidance and what it unlocks',
    plan.items.length === 1 &&
      plan.items[0].entry?.resolution.title === 'Enable Mobile Access in vehicle' &&
      plan.items[0].unlocks.join() === 'chargeState,smartCharging',
    JSON.stringify(plan.items),
  );
  const fleet = root.planFleet([tesla, tesla], catalogue);
  check(
    'planFleet on the server: the intervention groups both devices',
    fleet.groups.length === 1 && fleet.groups[0].devices.length === 2,
    JSON.stringify(fleet).slice(0, 300),
  );
  const { problems } = root.parseCapabilities({ chargeState: { isCapable: 'yes' } });
  check(
    'parseCapabilities on the server names the problem by its path',
    problems.some((problem) => problem.path.startsWith('chargeState')),
    JSON.stringify(problems),
  );
  const inGerman = root.getEntry(german.catalogue, mobileAccess);
  check(
    'the German catalogue is data on the server, in German',
    german.catalogue?.locale === 'de-DE' && /Mobil|Zugriff/i.test(inGerman?.resolution.title ?? ''),
    inGerman?.resolution.title,
  );
  const live = withLiveInterventions(catalogue, [
    {
      id: mobileAccess,
      vendor: 'TESLA',
      vendorType: 'vehicle',
      brand: 'Tesla',
      domain: 'Device',
      resolution: {
        title: 'Allow Mobile Access',
        description: '1. Tap **Controls**\n2. Tap **Safety**',
        access: 'Physical',
        agent: 'User',
      },
    },
  ]);
  const merged = root.getEntry(live.catalogue, mobileAccess);
  check(
    'withLiveInterventions on the server: live title, bundled steps, plain data',
    merged?.resolution.title === 'Allow Mobile Access' &&
      merged.steps.length > 1 &&
      JSON.stringify(JSON.parse(JSON.stringify(live.catalogue))) === JSON.stringify(live.catalogue),
    JSON.stringify(merged?.resolution),
  );
  const health = root.mergeVendorHealth({
    vehicle: [
      {
        vendor: 'SKODA',
        displayName: 'Škoda',
        status: 'READY',
        portalName: 'MyŠkoda App',
        linkingStatus: 'OUTAGE',
      },
    ],
  });
  const sent = JSON.parse(JSON.stringify(health.value));
  check(
    'mergeVendorHealth on the server: plain data a client component can take, names from the API',
    health.problems.length === 0 &&
      JSON.stringify(sent) === JSON.stringify(health.value) &&
      root.getVendor('skoda', sent)?.portal === 'MyŠkoda App' &&
      root.getVendor('skoda', sent)?.health?.[0]?.linkingStatus === 'OUTAGE',
    JSON.stringify(health),
  );
  const logo = React.createElement('img', { src: '/logos/bmw.svg', alt: '' });
  check(
    'brandLogoFor on the server: a logo element from a map, found whatever the case',
    root.brandLogoFor({ BMW: logo }, ' bmw ') === logo &&
      root.brandLogoFor({ BMW: logo }, 'MG') === null,
  );
  const deDE = modules['./locales/de-DE']?.deDE;
  check(
    'locale messages are data on the server',
    deDE?.locale === 'de-DE' && root.resolveLocale('de-AT', ['en-US', 'de-DE']) === 'de-DE',
  );
} catch (error) {
  check('the pure logic runs on the server', false, error.stack);
}

// 4. The stylesheet, as a server with no bundler reads it (the README's way).
try {
  const css = readFileSync(fileURLToPath(import.meta.resolve(`${pkg.name}/styles.css`)), 'utf8');
  check('styles.css resolves by the package name and holds the rules', css.includes(':where('));
} catch (error) {
  check('styles.css resolves by the package name and holds the rules', false, error.message);
}

// 5. In the build, every module that uses React state, context, refs, a hook or the browser
// begins with 'use client', and no other module does.
// React's hooks, context, refs and memo, a call of any hook (ours included, such as
// useMessages), or a browser global.
const clientOnly =
  /import\s*\{[^}]*\b(use[A-Z]\w*|createContext|forwardRef|memo)\b[^}]*\}\s*from\s*"react"|\buse[A-Z]\w*\(|\b(window|document|localStorage|sessionStorage)\.[A-Za-z_]/;
/** The code of a module without its comments, which may well mention a "document." */
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.js')) yield path;
  }
}
const wrong = [];
for (const file of files('dist')) {
  const source = readFileSync(file, 'utf8');
  const marked = /^"use client";/.test(source);
  if (clientOnly.test(withoutComments(source)) !== marked)
    wrong.push(`${file} (${marked ? 'marked but server-safe' : 'uses React state, not marked'})`);
}
check("'use client' marks exactly the modules that need it", wrong.length === 0, wrong.join(', '));

finish('.server-report.json');
