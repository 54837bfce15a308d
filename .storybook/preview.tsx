import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/styles.css';
import { allLocales } from '../src/i18n/locales/index.js';
import { LocaleProvider } from '../src/index.js';

/**
 * The toolbar's theme, locale and direction, applied the way a host would: `data-theme` and
 * `dir` on a wrapper painted with the theme's surface, and a LocaleProvider with every locale.
 * "Follow the system" is the host's opt-in, `data-theme="system"`: without any `data-theme`
 * the components are light whatever the system prefers.
 */
const withHostSettings: Decorator = (Story, context) => {
  const { theme, locale, direction } = context.globals;
  const scheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
  return (
    <LocaleProvider locale={locale} locales={allLocales}>
      <div
        data-theme={theme}
        dir={direction}
        lang={locale}
        style={{
          colorScheme: scheme,
          background: 'var(--iu-color-surface)',
          color: 'var(--iu-color-text)',
          padding: '1rem',
          minBlockSize: '100%',
        }}
      >
        <Story />
      </div>
    </LocaleProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withHostSettings],
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
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
