import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import { teslaSample } from '../fixtures/devices.js';

/** The computed colour of the first element matching `selector` inside `root`. */
function colorOf(root: Element, selector: string, property: 'color' | 'backgroundColor' = 'color') {
  const element = root.querySelector(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  return getComputedStyle(element)[property];
}

const status = (
  <CapabilityStatus capabilities={{ information: { isCapable: true, interventionIds: [] } }} />
);

describe('theming in Chromium', () => {
  it('lets a token set on a wrapper change the computed style inside it, and only there', async () => {
    const screen = await render(
      <div>
        <div data-testid="branded" style={{ '--iu-color-capable': 'rgb(1, 2, 3)' } as object}>
          {status}
        </div>
        <div data-testid="plain">{status}</div>
      </div>,
    );
    const branded = screen.getByTestId('branded').element();
    const plain = screen.getByTestId('plain').element();
    expect(colorOf(branded, '[data-part="status-text"]')).toBe('rgb(1, 2, 3)');
    expect(colorOf(plain, '[data-part="status-text"]')).toBe('rgb(26, 127, 55)');
  });

  it('follows data-theme on any ancestor, the nearest one winning', async () => {
    const screen = await render(
      <div>
        <div data-theme="dark" data-testid="dark">
          {status}
          <div data-theme="light" data-testid="light-inside-dark">
            {status}
          </div>
        </div>
        <div data-theme="light" data-testid="light">
          {status}
        </div>
      </div>,
    );
    const text = (id: string) =>
      colorOf(
        screen.getByTestId(id).element(),
        '[data-scope="capability-status"][data-part="root"]',
      );
    expect(text('dark')).toBe('rgb(230, 237, 243)');
    expect(text('light')).toBe('rgb(27, 31, 36)');
    expect(text('light-inside-dark')).toBe('rgb(27, 31, 36)');
  });

  it('paints the checklist in the dark palette under data-theme="dark"', async () => {
    const screen = await render(
      <div data-theme="dark">
        <InterventionChecklist capabilities={teslaSample.capabilities} vendor="TESLA" />
      </div>,
    );
    expect(colorOf(screen.container, '[data-part="item"]', 'backgroundColor')).toBe(
      'rgb(13, 17, 23)',
    );
    expect(colorOf(screen.container, '[data-part="progress-fill"]', 'backgroundColor')).toBe(
      'rgb(88, 166, 255)',
    );
  });
});
