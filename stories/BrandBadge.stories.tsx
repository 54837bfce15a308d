import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties, ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { BrandBadge, type BrandLogos, brandLogoFor, vendors } from '../src/index.js';
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

/** All of a story's badges on one theme's surface, labelled with the theme. */
function Surface({
  theme,
  muted = false,
  children,
}: {
  theme: 'light' | 'dark';
  muted?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      data-theme={theme}
      aria-label={`${theme}${muted ? ', muted' : ''} surface`}
      style={{
        background: muted ? 'var(--iu-color-surface-muted)' : 'var(--iu-color-surface)',
        color: 'var(--iu-color-text)',
        padding: '0.75rem',
        borderRadius: '0.5rem',
      }}
    >
      {children}
    </section>
  );
}

const badgeGrid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(10.5rem, 1fr))',
  gap: '0.5rem',
  listStyle: 'none',
  margin: 0,
  padding: 0,
};

/**
 * Every vendor on the light and the dark surfaces, plain and muted. A mark whose colour is too
 * close to the surface (black on dark, yellow on white) draws an outline in the theme's muted
 * text colour, so each keeps 3:1 against what is behind it. The dark theme is the host's
 * opt-in: `data-theme="dark"` (or `"system"`) on any ancestor.
 */
export const OnLightAndDarkSurfaces: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {(
        [
          ['light', false],
          ['light', true],
          ['dark', false],
          ['dark', true],
        ] as const
      ).map(([theme, muted]) => (
        <Surface key={`${theme}-${muted}`} theme={theme} muted={muted}>
          <ul style={badgeGrid}>
            {Object.keys(vendors).map((code) => (
              <li key={code}>
                <BrandBadge {...args} vendor={code} />
              </li>
            ))}
          </ul>
        </Surface>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const dark = canvasElement.querySelector('[data-theme="dark"]');
    const ringed = [...(dark?.querySelectorAll<HTMLElement>('[data-part="mark"]') ?? [])].filter(
      (mark) => getComputedStyle(mark).boxShadow.includes('1px inset'),
    );
    // The dark brands (Jaguar, Lexus, Mercedes-Benz…) are outlined on the dark surface.
    await expect(ringed.length).toBeGreaterThan(0);
  },
};

/**
 * A stand-in for a licensed logo: a plain shape of this Storybook's own, in place of the
 * maker's artwork that a host holding a licence would pass.
 */
function StandInLogo({ hue, corners }: { hue: number; corners: number }) {
  const points = Array.from({ length: corners }, (_, i) => {
    const angle = (Math.PI * 2 * i) / corners - Math.PI / 2;
    return `${12 + 10 * Math.cos(angle)},${12 + 10 * Math.sin(angle)}`;
  }).join(' ');
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <polygon points={points} fill={`hsl(${hue} 70% 45%)`} />
      <circle cx="12" cy="12" r="4" fill="#fff" />
    </svg>
  );
}

/** A data: image, as an `<img>` logo served from anywhere would be. */
const imageLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#0f766e"/><path d="M5 15l4-7 4 5 2-3 4 5z" fill="#fff"/></svg>',
)}`;

/** The host's own logos, keyed by vendor code in any case (`brandLogoFor` matches them). */
const hostLogos: BrandLogos = {
  BMW: <StandInLogo hue={210} corners={6} />,
  tesla: <StandInLogo hue={0} corners={3} />,
  Volkswagen: <StandInLogo hue={230} corners={8} />,
  EASEE: <img src={imageLogo} alt="" />,
};

/**
 * Logos of your own: BrandBadge's `logo` takes an element (an `<img>`, an `<svg>`) and draws it
 * in the mark's square in place of the monogram. The badge keeps its name: the mark stays
 * out of the accessibility tree, whatever the logo's `alt`. Keep the logos in a `BrandLogos`
 * map by vendor code and look each up with `brandLogoFor(logos, vendor)`; a vendor without
 * one keeps its monogram. The shapes here stand in for the makers' artwork.
 */
export const WithLogos: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {(['light', 'dark'] as const).map((theme) => (
        <Surface key={theme} theme={theme}>
          <ul style={badgeGrid}>
            {['BMW', 'TESLA', 'VOLKSWAGEN', 'EASEE', 'SKODA'].map((code) => (
              <li key={code}>
                <BrandBadge {...args} vendor={code} logo={brandLogoFor(hostLogos, code)} />
              </li>
            ))}
          </ul>
          <p style={{ display: 'flex', gap: '1rem', alignItems: 'center', margin: '0.5rem 0 0' }}>
            {(['sm', 'md', 'lg'] as const).map((size) => (
              <BrandBadge
                key={size}
                vendor="BMW"
                size={size}
                showName={false}
                logo={brandLogoFor(hostLogos, 'bmw')}
              />
            ))}
          </p>
        </Surface>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Named after the brand, not after the logo.
    await expect(canvas.getAllByText('BMW')[0]).toBeVisible();
    await expect(canvas.getAllByRole('img', { name: 'BMW' })).toHaveLength(6);
    const skoda = canvasElement.querySelector('[data-vendor="SKODA"]');
    await expect(skoda?.getAttribute('data-logo')).toBe('false');
  },
};

/** Registry entries with the widest monograms a vendor could plausibly have. */
const wideMonograms = ['MW', 'WM', 'MM', 'ŁŻ', 'ЩЖ', '中国', 'ＭＷ', '한국', 'BMW', 'Æ'];
const wideRegistry = {
  vendors: Object.fromEntries(
    wideMonograms.map((monogram, i) => [
      `WIDE${i}`,
      { code: `WIDE${i}`, name: `Monogram ${monogram}`, monogram, deviceTypes: [], known: true },
    ]),
  ),
};

/**
 * The widest two- and three-letter monograms fit the mark's square: the letters are scaled to
 * fit before they are drawn, on the server too.
 */
export const WideMonograms: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {(['sm', 'md', 'lg'] as const).map((size) => (
        <ul key={size} style={badgeGrid}>
          {wideMonograms.map((monogram, i) => (
            <li key={monogram}>
              <BrandBadge {...args} size={size} vendor={`WIDE${i}`} vendors={wideRegistry} />
            </li>
          ))}
        </ul>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const mark of canvasElement.querySelectorAll<HTMLElement>('[data-part="mark"]')) {
      const letters = mark.querySelector('[data-part="monogram"]')?.getBoundingClientRect();
      const box = mark.getBoundingClientRect();
      await expect(letters?.right ?? Infinity).toBeLessThanOrEqual(box.right);
      await expect(letters?.left ?? -Infinity).toBeGreaterThanOrEqual(box.left);
    }
  },
};

/**
 * Beside text: a badge with its name sits on the line's baseline like a word, and a mark alone
 * is centred on the text beside it.
 */
export const BesideText: Story = {
  render: (args) => (
    <div>
      <h2>
        <BrandBadge {...args} vendor="BMW" /> Finish setting up your car
      </h2>
      <h2>
        <BrandBadge {...args} vendor="MINI" showName={false} /> Finish setting up your car
      </h2>
      <p>
        Your <BrandBadge {...args} vendor="SMART_EQ" size="sm" /> needs one more step, and your{' '}
        <BrandBadge {...args} vendor="MG" size="sm" showName={false} /> another.
      </p>
    </div>
  ),
};
