// The README's usage example on an ordinary host page: white, with no theme of its own, seen
// by someone whose system is set to dark mode. Every text of ours must stay readable there.
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { BrandBadge, CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import { contrastRatio } from '../../src/styles/color.js';

/** The README's device: the Tesla sample from the API's documentation. */
const vehicle = {
  id: '8d90101b-3f2f-462a-bbb4-1ed320d33bbe',
  vendor: 'TESLA',
  capabilities: {
    chargeState: { isCapable: false, interventionIds: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'] },
    information: { isCapable: true, interventionIds: [] },
  },
};

/** The README's App, its recheck answering with the same device. */
function ReadmeApp() {
  const [capabilities, setCapabilities] = useState<unknown>(vehicle.capabilities);
  return (
    <main>
      <h1>
        <BrandBadge vendor={vehicle.vendor} /> Your Tesla
      </h1>
      <CapabilityStatus capabilities={capabilities} variant="summary" />
      <CapabilityStatus capabilities={capabilities} />
      <InterventionChecklist
        capabilities={capabilities}
        vendor={vehicle.vendor}
        onRecheck={async () => setCapabilities({ ...vehicle.capabilities })}
      />
    </main>
  );
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour (`rgb(…)` or `rgba(…)`, as Chromium reports sRGB colours). */
function parseColor(value: string): Rgba {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (!match) throw new Error(`unexpected computed colour ${value}`);
  const [, r = '0', g = '0', b = '0', a = '1'] = match;
  return { r: Number(r), g: Number(g), b: Number(b), a: Number(a) };
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const hex = ({ r, g, b }: Rgba) =>
  `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * What is painted behind an element: its own background and its ancestors', down to the first
 * opaque one, over the white canvas of a page that sets no colour scheme.
 */
function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const layer = parseColor(getComputedStyle(node).backgroundColor);
    if (layer.a > 0) layers.push(layer);
    if (layer.a === 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

/** WCAG AA: 3:1 for large text (24px, or 18.66px bold), 4.5:1 for the rest. */
function required(style: CSSStyleDeclaration): number {
  const size = Number.parseFloat(style.fontSize);
  const bold = Number.parseInt(style.fontWeight, 10) >= 700;
  return size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
}

/** Every element of our components that holds text of its own, with its contrast. */
function texts(container: Element) {
  const roots =
    '[data-scope="brand-badge"][data-part="root"], [data-scope="capability-status"][data-part="root"], [data-scope="intervention-checklist"][data-part="root"]';
  return [...container.querySelectorAll('*')]
    .filter(
      (element) =>
        element.closest(roots) &&
        element.getClientRects().length > 0 &&
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
        ),
    )
    .map((element) => {
      const style = getComputedStyle(element);
      const background = backgroundBehind(element);
      const text = over(parseColor(style.color), background);
      return {
        text: element.textContent?.trim().slice(0, 40),
        ratio: contrastRatio(hex(text), hex(background)),
        required: required(style),
        colours: `${hex(text)} on ${hex(background)}`,
      };
    });
}

afterEach(async () => {
  document.body.style.removeProperty('background');
  await commands.emulateMedia({ colorScheme: null });
});

describe('the README example on a plain white page, in Chromium', () => {
  it.each(['dark', 'light'] as const)(
    'keeps every text at AA contrast with the system in %s mode',
    async (colorScheme) => {
      await commands.emulateMedia({ colorScheme });
      document.body.style.background = '#ffffff';
      const screen = await render(<ReadmeApp />);
      // The step to do is open, so its steps, links and buttons are measured too.
      await expect
        .element(
          screen.getByRole('button', { name: 'Enable Mobile Access in vehicle', exact: true }),
        )
        .toHaveAttribute('aria-expanded', 'true');
      await expect
        .element(
          screen.getByRole('button', {
            name: 'Mark as done: Enable Mobile Access in vehicle',
            exact: true,
          }),
        )
        .toBeVisible();
      await expect
        .element(
          screen.getByRole('link', { name: 'Open Tesla app (opens in a new tab)', exact: true }),
        )
        .toBeVisible();
      expect(matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches).toBe(true);

      const measured = texts(screen.container);
      // The monogram, names, statuses, counts, progress, titles, steps and buttons.
      expect(measured.length).toBeGreaterThan(15);
      const unreadable = measured.filter((entry) => entry.ratio < entry.required);
      expect(unreadable).toEqual([]);
    },
  );
});
