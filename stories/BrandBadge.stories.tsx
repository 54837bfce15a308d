import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { BrandBadge, vendors } from '../src/index.js';
import { messagesFor } from './messages.js';

const meta = {
  title: 'Components/BrandBadge',
  component: BrandBadge,
  args: { vendor: 'SKODA', size: 'md', showName: true },
  argTypes: {
    vendor: { control: 'text' },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof BrandBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('ŠKODA')).toBeVisible();
  },
};

/** Every vendor code the registry knows, grouped by the kind of device it makes. */
export const AllKnownVendors: Story = {
  render: (args) => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
        gap: '0.75rem',
        listStyle: 'none',
        padding: 0,
      }}
    >
      {Object.keys(vendors).map((code) => (
        <li key={code}>
          <BrandBadge {...args} vendor={code} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvasElement }) => {
    const badges = canvasElement.querySelectorAll(
      '[data-scope="brand-badge"][data-part="root"][data-known="true"]',
    );
    await expect(badges).toHaveLength(Object.keys(vendors).length);
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <BrandBadge {...args} size="sm" />
      <BrandBadge {...args} size="md" />
      <BrandBadge {...args} size="lg" />
    </div>
  ),
};

export const MarkOnly: Story = {
  args: { showName: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'ŠKODA' })).toBeVisible();
  },
};

/** A code the registry does not list: a name derived from it and a neutral mark. */
export const UnknownVendor: Story = {
  args: { vendor: 'LAND_ROVER_DEFENDER' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Land Rover Defender')).toBeVisible();
  },
};

export const MissingVendor: Story = {
  args: { vendor: null },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).brand;
    await expect(within(canvasElement).getByText(t.unknown)).toBeVisible();
  },
};

/** A long name stays on one line and ends in an ellipsis inside a narrow container. */
export const VeryLongName: Story = {
  args: { vendor: 'SUPER_LONG_VENDOR_NAME_FROM_A_FUTURE_VERSION_OF_THE_API_WITH_MANY_WORDS' },
  render: (args) => (
    <div style={{ inlineSize: '14rem', border: '1px dashed #8a939c', padding: '0.25rem' }}>
      <BrandBadge {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector<HTMLElement>(
      '[data-scope="brand-badge"][data-part="root"]',
    );
    const box = badge?.parentElement;
    await expect(badge?.getBoundingClientRect().right).toBeLessThanOrEqual(
      box?.getBoundingClientRect().right ?? 0,
    );
  },
};
