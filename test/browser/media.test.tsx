import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import { teslaSample, volkswagenId4 } from '../fixtures/devices.js';

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';

function box(element: Element | null | undefined): DOMRect {
  if (!element) throw new Error('no such element');
  return element.getBoundingClientRect();
}

/** The text colour of each palette, as computed. */
const lightText = 'rgb(27, 31, 36)';
const darkText = 'rgb(230, 237, 243)';

afterEach(async () => {
  delete document.documentElement.dataset.theme;
  await commands.emulateMedia({ colorScheme: null, forcedColors: null, reducedMotion: null });
});

describe('system settings, in Chromium', () => {
  it('stays light under a dark system when the host has not opted in', async () => {
    const screen = await render(<CapabilityStatus capabilities={teslaSample} />);
    const root = screen.container.querySelector(
      '[data-scope="capability-status"][data-part="root"]',
    ) as Element;
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    expect(getComputedStyle(root).color).toBe(lightText);
  });

  it('follows the system under data-theme="system" on the root, both ways', async () => {
    document.documentElement.dataset.theme = 'system';
    const screen = await render(<CapabilityStatus capabilities={teslaSample} />);
    const root = screen.container.querySelector(
      '[data-scope="capability-status"][data-part="root"]',
    ) as Element;
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(root).color).toBe(darkText);
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(root).color).toBe(lightText);
  });

  it('paints the whole checklist dark under data-theme="system" and a dark system', async () => {
    document.documentElement.dataset.theme = 'system';
    await commands.emulateMedia({ colorScheme: 'dark' });
    const screen = await render(
      <InterventionChecklist capabilities={teslaSample.capabilities} vendor="TESLA" />,
    );
    const part = (name: string) =>
      getComputedStyle(
        screen.container.querySelector(
          `[data-scope="intervention-checklist"][data-part="${name}"]`,
        ) as Element,
      );
    expect(part('item').backgroundColor).toBe('rgb(13, 17, 23)');
    expect(part('progress-fill').backgroundColor).toBe('rgb(88, 166, 255)');
    expect(part('root').color).toBe(darkText);
  });

  it('lets the nearest data-theme win over "system" on the root', async () => {
    document.documentElement.dataset.theme = 'system';
    const screen = await render(
      <div>
        <div data-theme="light" data-testid="light">
          <CapabilityStatus capabilities={teslaSample} />
        </div>
        <div data-theme="dark" data-testid="dark">
          <CapabilityStatus capabilities={teslaSample} />
          <div data-theme="system" data-testid="system-inside-dark">
            <CapabilityStatus capabilities={teslaSample} />
          </div>
        </div>
      </div>,
    );
    const text = (id: string) =>
      getComputedStyle(
        screen
          .getByTestId(id)
          .element()
          .querySelector('[data-scope="capability-status"][data-part="root"]') as Element,
      ).color;
    await commands.emulateMedia({ colorScheme: 'dark' });
    expect(text('light')).toBe(lightText);
    expect(text('dark')).toBe(darkText);
    expect(text('system-inside-dark')).toBe(darkText);
    await commands.emulateMedia({ colorScheme: 'light' });
    expect(text('light')).toBe(lightText);
    expect(text('dark')).toBe(darkText);
    expect(text('system-inside-dark')).toBe(lightText);
  });

  it('keeps data-theme="dark" dark under a light system', async () => {
    await commands.emulateMedia({ colorScheme: 'light' });
    const screen = await render(
      <div data-theme="dark">
        <CapabilityStatus capabilities={teslaSample} />
      </div>,
    );
    const root = screen.container.querySelector(
      '[data-scope="capability-status"][data-part="root"]',
    ) as Element;
    expect(getComputedStyle(root).color).toBe(darkText);
  });

  it('keeps every status readable in forced-colors mode: words, shapes and outlines stay', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const screen = await render(
      <div>
        <CapabilityStatus capabilities={volkswagenId4} />
        <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />
      </div>,
    );
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    // Status words, and the counts that are a blocked feature's status.
    const words = screen.container.querySelectorAll(
      '[data-part="status-text"], [data-part="count"], [data-part="state"]',
    );
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) {
      expect(box(word).width).toBeGreaterThan(0);
      expect(word.textContent?.trim()).not.toBe('');
    }
    // The icons are shapes filled with the system's text colour, so they stay visible.
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    })();
    const icons = screen.container.querySelectorAll('[data-part="icon"]');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(getComputedStyle(icon).maskImage).toMatch(/^url\(/);
      expect(getComputedStyle(icon).backgroundColor).toBe(canvasText);
      expect(box(icon).width).toBeGreaterThan(0);
    }
    const item = screen.container.querySelector('[data-part="item"][data-status="pending"]');
    expect(getComputedStyle(item as Element).borderTopStyle).toBe('solid');
  });

  it('opens panels without animation under reduced motion', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const screen = await render(
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        defaultExpanded={[weConnect]}
      />,
    );
    const panel = screen.container.querySelector('[data-part="panel"]') as Element;
    expect(getComputedStyle(panel).animationName).toBe('none');
  });

  it('animates panel height with the Radix variable otherwise', async () => {
    await commands.emulateMedia({ reducedMotion: 'no-preference' });
    const screen = await render(
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        openCurrent={false}
      />,
    );
    // Radix skips the animation for panels open at mount, so open one as a person would.
    await screen
      .getByRole('button', { name: 'Subscribe to We Connect Services', exact: true })
      .click();
    const panel = screen.container.querySelector('[data-part="panel"]') as HTMLElement;
    expect(getComputedStyle(panel).animationName).toBe('iu-panel-open');
    expect(getComputedStyle(panel).getPropertyValue('--radix-accordion-content-height')).toMatch(
      /px$/,
    );
  });
});

describe('right to left, in Chromium', () => {
  it('mirrors the status list: the icon sits at the inline start, on the right', async () => {
    const screen = await render(
      <div dir="rtl" style={{ width: '400px' }}>
        <CapabilityStatus capabilities={teslaSample} />
      </div>,
    );
    const entry = screen.container.querySelector('[data-part="item"]');
    const icon = box(entry?.querySelector('[data-part="icon"]'));
    const label = box(entry?.querySelector('[data-part="label"]'));
    expect(icon.left).toBeGreaterThanOrEqual(label.right);
  });

  it('mirrors the checklist: the chevron sits at the inline end, on the left', async () => {
    const screen = await render(
      <div dir="rtl" style={{ width: '500px' }}>
        <InterventionChecklist capabilities={teslaSample.capabilities} vendor="TESLA" />
      </div>,
    );
    const trigger = screen.container.querySelector('[data-part="trigger"]');
    const chevron = box(trigger?.querySelector('[data-part="chevron"]'));
    const title = box(trigger?.querySelector('[data-part="title"]'));
    expect(chevron.right).toBeLessThanOrEqual(title.left);
    const root = box(
      screen.container.querySelector('[data-scope="intervention-checklist"][data-part="root"]'),
    );
    for (const part of screen.container.querySelectorAll('[data-part="item"]')) {
      expect(box(part).left).toBeGreaterThanOrEqual(root.left - 0.5);
      expect(box(part).right).toBeLessThanOrEqual(root.right + 0.5);
    }
  });
});
