import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { BrandBadge, CapabilityStatus, InterventionChecklist } from '../../src/index.js';
import { volkswagenId4 } from '../fixtures/devices.js';

// No stylesheet is imported here: hosts may render the components before, or without, it.
describe('without the stylesheet, in Chromium', () => {
  it('is plain HTML that reads well: text in order, icons at text size', async () => {
    const screen = await render(
      <div>
        <BrandBadge vendor="VOLKSWAGEN" />
        <CapabilityStatus capabilities={volkswagenId4} />
        <InterventionChecklist
          capabilities={volkswagenId4.capabilities}
          vendor="VOLKSWAGEN"
          defaultExpanded={['e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9']}
        />
      </div>,
    );
    const fontSize = Number.parseFloat(getComputedStyle(document.body).fontSize);
    for (const svg of screen.container.querySelectorAll('svg')) {
      expect(svg.getBoundingClientRect().height).toBeLessThanOrEqual(fontSize * 1.5);
    }
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as laid out, which is the point.
    const text = (screen.container as HTMLElement).innerText;
    // Entries read as sentences, parts separated rather than run together.
    expect(text).toMatch(/Charge state, \d actions? needed/);
    expect(text).toMatch(/Step 1 of \d+\. /);
    expect(text).toContain('Unlocks: ');
    expect(
      screen.getByRole('button', { name: 'Mark as done: Subscribe to We Connect Services' }),
    ).toBeDefined();
    expect(screen.getByRole('list', { name: 'Features' })).toBeDefined();
  });
});
