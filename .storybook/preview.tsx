import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/styles.css';
import { allLocales } from '../src/i18n/locales/index.js';
import { ThemedDocsContainer } from './docs-container.js';
import { HostSettings } from './host-settings.js';
import { readableDefaults } from './readable-defaults.js';

/**
 * Every story in the toolbar's theme, locale and direction (see HostSettings). On the canvas
 * the layout is fullscreen and the wrapper brings the padding and fills the frame, so no white
 * border is left around a dark story; in docs pages it is as tall as its story, and the page
 * follows the theme through the docs container.
 */
const withHostSettings: Decorator = (Story, context) => (
  <HostSettings {...context.globals} fill={context.viewMode !== 'docs'}>
    <Story />
  </HostSettings>
);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withHostSettings],
  argTypesEnhancers: [readableDefaults],
  globalTypes: {
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'system', title: 'Follow the system' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the built-in strings',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: allLocales.map((messages) => messages.locale).sort(),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'system', locale: 'en-US', direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    docs: { container: ThemedDocsContainer },
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
