/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import type { Page } from 'playwright';
import { defineConfig } from 'vite';
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

/** Modules that use hooks or event handlers: they start with 'use client' in the build. */
const isClientModule = (id: string | null | undefined) =>
  !!id && /\/src\/components\/[^/]+\/[^/]+\.tsx$/.test(id);

/**
 * Lets a browser test emulate media features (color scheme, forced colors, reduced motion), as
 * a person's system settings would set them.
 */
const emulateMedia = defineBrowserCommand<[Parameters<Page['emulateMedia']>[0]]>(
  async (context, options) => {
    await context.page.emulateMedia(options);
  },
);

/**
 * Debian's Chromium, driven by Playwright. One fresh object per Vitest project: a shared
 * object makes Vitest report the wrong project name.
 */
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  commands: { emulateMedia },
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
        entryFileNames: '[name].js',
        banner: (chunk) => (isClientModule(chunk.facadeModuleId) ? "'use client';" : ''),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          globals: false,
          // Property tests run 1,000 cases each; on two busy cores that can outlast the default
          // 5 s. A timeout here is about the machine, never about what the tests check.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: chromium(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'storybook',
          browser: chromium(),
        },
      },
    ],
  },
});
