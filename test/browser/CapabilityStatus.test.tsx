import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { CapabilityStatus } from '../../src/index.js';
import { contrastRatio } from '../../src/styles/color.js';
import { volkswagenId4 } from '../fixtures/devices.js';

/** A device with one capability in each status, in the default order. */
const oneOfEach = {
  chargeState: { isCapable: false, interventionIds: ['an-intervention'] },
  information: { isCapable: true, interventionIds: [] },
  odometer: { isCapable: false, interventionIds: [] },
};

/** The defaults the stylesheet falls back to when the tokens are not set. */
const defaults: Record<string, string> = {
  capable: '#1a7f37',
  blocked: '#8a5a00',
  missing: '#57606a',
};

/** `rgb(26, 127, 55)` as `#1a7f37`, for the contrast helper. */
function hex(rgb: string): string {
  const channels = rgb.match(/\d+/g)?.slice(0, 3) ?? [];
  return `#${channels.map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The computed colour of a CSS colour value, as `getComputedStyle` reports it. */
function computed(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** An entry's parts; its status in words is a status word, or for a blocked entry its count. */
function parts(container: HTMLElement, status: string) {
  const entry = container.querySelector(`[data-part="item"][data-status="${status}"]`);
  return {
    entry: entry as HTMLElement,
    icon: entry?.querySelector('[data-part="icon"]') as HTMLElement,
    text: entry?.querySelector('[data-part="status-text"], [data-part="count"]') as HTMLElement,
    separator: entry?.querySelector('[data-part="separator"]') as HTMLElement,
  };
}

describe('CapabilityStatus in Chromium', () => {
  it('never shows status by colour alone: a visible word and an icon shape each', async () => {
    const screen = await render(<CapabilityStatus capabilities={oneOfEach} />);
    const statuses = ['blocked', 'capable', 'missing'];
    const shapes = new Set<string>();
    const words = new Set<string>();
    for (const status of statuses) {
      const { text, icon } = parts(screen.container, status);
      await expect.element(text).toBeVisible();
      words.add(text.textContent ?? '');
      // The icon's shape is the mask the stylesheet gives its status.
      const shape = getComputedStyle(icon).maskImage;
      expect(shape).toMatch(/^url\(/);
      shapes.add(shape);
      const box = icon.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
    }
    expect(words.size).toBe(statuses.length);
    expect(shapes.size).toBe(statuses.length);
  });

  it('paints each status word and icon in its status colour', async () => {
    const screen = await render(<CapabilityStatus capabilities={oneOfEach} />);
    const root = getComputedStyle(document.documentElement);
    for (const status of ['capable', 'blocked', 'missing']) {
      const token = root.getPropertyValue(`--iu-color-${status}`).trim() || defaults[status];
      const { text, icon } = parts(screen.container, status);
      expect(getComputedStyle(text).color).toBe(computed(token as string));
      expect(getComputedStyle(icon).color).toBe(computed(token as string));
      // WCAG AA for normal-size text on white.
      expect(contrastRatio(hex(getComputedStyle(text).color), '#ffffff')).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    // The three differ, or the colour would say nothing at all.
    const colors = ['capable', 'blocked', 'missing'].map(
      (status) => getComputedStyle(parts(screen.container, status).text).color,
    );
    expect(new Set(colors).size).toBe(3);
  });

  it('hides the spoken separators on screen without removing them', async () => {
    const screen = await render(<CapabilityStatus capabilities={oneOfEach} />);
    const { separator, entry } = parts(screen.container, 'blocked');
    expect(separator.textContent).toBe(', ');
    expect(separator.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(getComputedStyle(separator).clipPath).toBe('inset(50%)');
    expect(entry.contains(separator)).toBe(true);
  });

  it('mirrors in a right-to-left page: the icon sits at the inline start', async () => {
    const screen = await render(
      <div dir="rtl">
        <CapabilityStatus capabilities={volkswagenId4} />
      </div>,
    );
    const { icon, entry } = parts(screen.container, 'blocked');
    const label = entry.querySelector('[data-part="label"]') as HTMLElement;
    expect(icon.getBoundingClientRect().left).toBeGreaterThan(label.getBoundingClientRect().right);
  });
});
