import type { Preview } from '@storybook/react-vite';
import '../src/styles/styles.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
