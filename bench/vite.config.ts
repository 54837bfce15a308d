// The benchmark's own builds, kept apart from the library's vite.config.ts. bench/run.mjs builds
// each target by its mode:
// - `timing`: the page that times first mounts, minified like a host's production build;
// - `rerenders`: the page that counts re-renders, unminified so component names survive;
// - `node`: the pure-logic benchmark for Node, bundled from src (React stays external).
// `vite build` sets NODE_ENV to production whatever the mode, so both pages get React's
// production build; the pages check that through the DevTools hook (`bundleType` 0).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const bench = fileURLToPath(new URL('.', import.meta.url));
/** Build output, git-ignored and left out of Biome. */
const buildDir = `${bench}.build`;

export default defineConfig(({ mode }) => {
  if (mode === 'node') {
    return {
      root: bench,
      logLevel: 'warn',
      build: {
        ssr: `${bench}plans.ts`,
        outDir: `${buildDir}/node`,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'plans.js' } },
      },
    };
  }
  if (mode !== 'timing' && mode !== 'rerenders') throw new Error(`unknown bench mode ${mode}`);
  return {
    root: `${bench}page`,
    // Relative asset paths: run.mjs serves every target from one directory.
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: `${buildDir}/${mode}`,
      emptyOutDir: true,
      minify: mode === 'timing',
      rolldownOptions: { input: `${bench}page/${mode}.html` },
    },
  };
});
