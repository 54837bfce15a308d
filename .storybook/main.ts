import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // Storybook's MDX is CommonMark; GitHub's Markdown adds the pipe tables our docs pages
      // are written with, which would otherwise show as lines of pipes.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: {
    name: '@storybook/react-vite',
    options: {
      // Storybook gets its own small Vite config so it never runs the library build settings.
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  // Our favicon: Storybook takes the favicon.svg of a static folder for its own tab.
  staticDirs: ['./public'],
  // The preview frame names the same icon, so the browser does not ask it for /favicon.ico.
  previewHead: (head) => `${head}\n<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // This Storybook documents a library: no "Get started" checklist for Storybook itself, in the
  // sidebar or in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
