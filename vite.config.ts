/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import type { Page } from 'playwright';
import { defineConfig } from 'vite';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One entry per locale module in `folder`: hosts import exactly the languages they use. */
function localeEntries(folder: string, out: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.ts$/.test(file))
      .map((file) => [`${out}/${file.replace(/\.ts$/, '')}`, `${folder}/${file}`]),
  );
}

/** Public entry points: each becomes a subpath of the package's `exports` map. */
export const entries = {
  index: 'src/index.ts',
  'catalogue/index': 'src/catalogue/index.ts',
  'live/index': 'src/live/index.ts',
  'i18n/locales/index': 'src/i18n/locales/index.ts',
  ...localeEntries('src/catalogue/locales', 'catalogue/locales'),
  ...localeEntries('src/i18n/locales', 'i18n/locales'),
};

/**
 * Lets a browser test emulate media features (color scheme, forced colors, reduced motion), as
 * a person's system settings would set them.
 */
const emulateMedia = defineBrowserCommand<[Parameters<Page['emulateMedia']>[0]]>(
  async (context, options) => {
    await context.page.emulateMedia(options);
  },
);

/** The screenshots checked in, by file name, for the visual tests to check against their list. */
const visualBaselines = `${root}test/visual/baselines`;
const listBaselines = defineBrowserCommand<[]>((): string[] =>
  existsSync(visualBaselines)
    ? readdirSync(visualBaselines).filter((file) => file.endsWith('.png'))
    : [],
);

/**
 * Debian's Chromium, driven by Playwright. One fresh object per Vitest project: a shared
 * object makes Vitest report the wrong project name. A project may add flags, and a window
 * size (Playwright's default is 1280 × 720).
 */
const chromium = (
  own: { args?: readonly string[]; window?: { width: number; height: number } } = {},
) => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumArgs, ...(own.args ?? [])],
    },
    ...(own.window ? { contextOptions: { viewport: own.window } } : {}),
  }),
  instances: [{ browser: 'chromium' as const }],
  commands: { emulateMedia },
});

/**
 * The screenshot tests (test/visual): each picture is compared with the one checked in under
 * test/visual/baselines, so a change of look is always deliberate. `npm test` runs them with
 * `--update=none`, where a missing picture fails and nothing is written; `npm run
 * test:visual:update` writes them all anew.
 */
const visualProject = (): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: 'visual',
    include: ['test/visual/**/*.test.{ts,tsx}'],
    browser: {
      ...chromium({
        args: [
          // Glyph outlines as drawn, not snapped to the pixel grid by the machine's FreeType
          // settings; greyscale antialiasing, not subpixel (LCD) colour fringes; colours in
          // sRGB, whatever display profile the machine reports. Each takes out a difference
          // between machines, none changes what the components draw.
          '--font-render-hinting=none',
          '--disable-lcd-text',
          '--force-color-profile=srgb',
          // Overlay scrollbars take no room, so no page width depends on whether one shows.
          '--hide-scrollbars',
        ],
        // Vitest shrinks the test page to fit the window: a window taller than any picture
        // (the checklist at 200 % text on a phone) keeps every picture at its true size.
        window: { width: 1280, height: 6000 },
      }),
      commands: { emulateMedia, listBaselines },
      expect: {
        toMatchScreenshot: {
          comparatorName: 'pixelmatch',
          comparatorOptions: {
            // Two runs on one machine give identical pictures, so the tolerance is only for
            // another machine's Chromium rounding a few glyph-edge pixels differently. A pixel
            // counts as changed when its colour moves by more than 0.02 on pixelmatch's
            // perceptual scale (0 to 1), antialiased edge pixels aside: pixelmatch's default,
            // 0.1, let the light accent changed from #0b5cad to #0b4cbd, or the blocked colour
            // from #8a5a00 to #9a4a00, pass unseen. At 0.02 those changes alter 297 to 46,739
            // pixels per picture; up to 100 changed pixels pass.
            threshold: 0.02,
            allowedMismatchedPixels: 100,
          },
          // One folder of pictures, checked in, named by the test's own names. They are of
          // Debian's Chromium on Linux, the machine CI runs.
          resolveScreenshotPath: ({ root, testFileDirectory, arg, ext }) =>
            `${root}/${testFileDirectory}/baselines/${arg}${ext}`,
        },
      },
    },
    // A wait for the page (`expect.element`, `expect.poll`) ends as soon as it holds; the
    // default second is too short for a loaded two-core machine to lay out a checklist.
    expect: { poll: { timeout: 15_000 } },
    // The slowest test (the printed checklist) took 3 s here; the first picture of a cold run
    // took 25 s on a CI run beside another; room for several times that under full load.
    testTimeout: 180_000,
  },
});

/**
 * The React a test project runs against. 19 is the dev install; 18 is the pinned React 18.3
 * set that `npm ci` installs into test/react18/node_modules, as the npm workspace
 * test/react18. It sits in a folder of its own, not beside React 19 as npm aliases would
 * (npm refuses those: react-dom 18 needs its peer `react` 18 next to it, where React 19 is),
 * so react-dom 18's own imports of `react` find React 18 with no help.
 */
type ReactMajor = 18 | 19;

const reactVersion = (major: ReactMajor): string =>
  JSON.parse(
    readFileSync(major === 18 ? `${root}test/react18/package.json` : `${root}package.json`, 'utf8'),
  ).devDependencies.react;

/**
 * For the React 18 projects: every import of `react` or `react-dom`, with any subpath
 * (`react/jsx-runtime`, `react-dom/client`, `react-dom/server`, `react-dom/test-utils`…), goes
 * to the React 18 copy. Vite applies it to our code, the tests, and every dependency it
 * processes, which in the browser is all of them (it pre-bundles them with the alias).
 */
const react18Alias = [
  { find: /^(react|react-dom)(\/.*)?$/, replacement: `${root}test/react18/node_modules/$1$2` },
];

/**
 * A package's ES module build (its package.json `module` field), for Vite to process where Node
 * would load its CommonJS `main`.
 */
function moduleBuild(name: string): string {
  const dir = `${root}node_modules/${name}/`;
  return dir + JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).module;
}

/**
 * The jsdom tests. In Node, Vitest leaves dependencies to Node's own loader, which never sees
 * Vite's aliases and would give them React 19. For React 18, Vite processes every dependency
 * that imports React instead (`inline`), Testing Library in its ES module build, since in its
 * CommonJS one `require('react-dom')` bypasses Vite. React 18 itself still loads in Node, from
 * test/react18, where react-dom 18 finds react 18 by itself. test/unit/react-version.test.tsx
 * fails if any React 19 is left.
 */
const unitProject = (react: ReactMajor): TestProjectInlineConfiguration => ({
  extends: true,
  resolve: {
    alias:
      react === 18
        ? [
            ...react18Alias,
            {
              find: /^@testing-library\/react$/,
              replacement: moduleBuild('@testing-library/react'),
            },
          ]
        : [],
  },
  test: {
    name: react === 18 ? 'unit-react18' : 'unit',
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup/unit.ts'],
    globals: false,
    // Property tests run 1,000 cases each: the slowest took 13 s on two cores under a load of
    // 8, where the default 5 s would fail. A timeout is about the machine, never about what
    // a test checks, so it is several times the worst time seen under full load.
    testTimeout: 90_000,
    provide: { reactVersion: reactVersion(react) },
    server: {
      deps: { inline: react === 18 ? [/\/@testing-library\/react\//, /\/@radix-ui\//] : [] },
    },
  },
});

/** The tests in real Chromium. test/browser/react-version.test.tsx checks which React runs. */
const browserProject = (react: ReactMajor): TestProjectInlineConfiguration => ({
  extends: true,
  resolve: { alias: react === 18 ? react18Alias : [] },
  test: {
    name: react === 18 ? 'browser-react18' : 'browser',
    include: ['test/browser/**/*.test.{ts,tsx}'],
    browser: chromium(),
    // The slowest browser test (1,000 interventions in one checklist) took 10 s under a load
    // of 8 against Vitest's default 15 s: several times that, for a machine under full load.
    testTimeout: 60_000,
    provide: { reactVersion: reactVersion(react) },
  },
});

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: entries,
      formats: ['es'],
    },
    rolldownOptions: {
      // Peers and dependencies stay imports, so hosts share one copy of each.
      external: (id) =>
        /^(react|react-dom|mdast-util-from-markdown)(\/|$)/.test(id) || id.startsWith('@radix-ui/'),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // Modules that use React state, context or effects begin with 'use client' in their
        // source, and keep it here, one output module per source module: a React Server
        // Components bundler then sends them to the client, while the pure logic and the data
        // stay importable on the server.
        entryFileNames: '[name].js',
      },
    },
  },
  test: {
    projects: [
      unitProject(19),
      browserProject(19),
      unitProject(18),
      browserProject(18),
      visualProject(),
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'storybook',
          browser: chromium(),
          testTimeout: 60_000,
        },
      },
    ],
  },
});
