// Bundle sizes measured the way the peer libraries' sizes are: each import bundled from src by
// esbuild and minified as a host's production build would (`process.env.NODE_ENV` is
// "production"), with React, react-dom and react/jsx-runtime external, then compressed by
// gzip at level 9 and by brotli at its highest quality. size-limit (`npm run size`, part of
// `npm test`) keeps the budgets in brotli; these figures are the ones to put beside the peers'.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const react = ['react', 'react/*', 'react-dom', 'react-dom/*'];
const radix = ['@radix-ui/*'];
/** The bundled catalogue's data: every module under it is the en-US interventions. */
const catalogueData = ['*/catalogue/bundled.js'];

const components =
  "export { BrandBadge, CapabilityStatus, InterventionChecklist } from './src/index.ts';";

/** What each row bundles, and what it leaves out besides React. */
export const bundles = [
  {
    name: 'BrandBadge alone',
    contents: "export { BrandBadge } from './src/index.ts';",
    external: react,
  },
  {
    name: 'CapabilityStatus alone',
    contents: "export { CapabilityStatus } from './src/index.ts';",
    external: react,
  },
  {
    name: 'InterventionChecklist alone (Radix and the catalogue included)',
    contents: "export { InterventionChecklist } from './src/index.ts';",
    external: react,
  },
  {
    name: 'the three components, with the catalogue',
    contents: components,
    external: react,
  },
  {
    name: 'the three components, without the catalogue data',
    contents: components,
    external: [...react, ...catalogueData],
  },
  {
    name: "the three components' own code (no Radix, no catalogue data)",
    contents: components,
    external: [...react, ...radix, ...catalogueData],
    goal: { gzip: 9_000, text: '≤ 9 kB gzip' },
  },
  {
    name: 'the headless logic: the hooks and src/resolve (Radix state hook and catalogue included)',
    contents: [
      "export * from './src/resolve/index.ts';",
      "export { useCapabilityStatus } from './src/hooks/useCapabilityStatus.ts';",
      "export { useInterventionChecklist, useInterventionChecklistState } from './src/hooks/useInterventionChecklist.ts';",
    ].join('\n'),
    external: react,
  },
  {
    name: '`intervention-ui/live` (the Markdown reader included)',
    contents: "export * from './src/live/index.ts';",
    external: react,
  },
  {
    name: 'the stylesheet (`intervention-ui/styles.css`)',
    entry: 'src/styles/styles.css',
    external: [],
  },
];

function describeExternal(external) {
  const parts = [];
  if (external.some((name) => name.startsWith('react'))) parts.push('React');
  if (external.some((name) => name.startsWith('@radix-ui'))) parts.push('Radix');
  if (external.some((name) => name.includes('catalogue/bundled'))) parts.push('catalogue data');
  return parts.join(', ') || 'nothing';
}

/** Builds each bundle in memory and measures it: minified, gzip -9 and brotli bytes. */
export async function measureSizes(root) {
  const rows = [];
  for (const bundle of bundles) {
    const result = await build({
      ...(bundle.entry
        ? { entryPoints: [bundle.entry] }
        : { stdin: { contents: bundle.contents, resolveDir: root, loader: 'ts' } }),
      absWorkingDir: root,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      external: bundle.external,
      define: { 'process.env.NODE_ENV': '"production"' },
      outdir: 'out',
      write: false,
      logLevel: 'silent',
    });
    const wanted = bundle.entry?.endsWith('.css') ? '.css' : '.js';
    const output = result.outputFiles.filter((file) => file.path.endsWith(wanted));
    if (output.length !== 1) throw new Error(`${bundle.name}: expected one ${wanted} output`);
    const code = output[0].contents;
    rows.push({
      name: bundle.name,
      external: describeExternal(bundle.external),
      minified: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
        },
      }).length,
      goal: bundle.goal,
    });
  }
  return rows;
}
