import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { BrandBadge, getVendor, mergeVendorHealth, vendors } from '../../src/index.js';
import { contrastRatio } from '../../src/styles/color.js';

/** `rgb(0, 34, 85)` → `#002255`, for the contrast helpers. */
function hexOf(rgb: string): string {
  const channels = rgb.match(/\d+/g)?.slice(0, 3) ?? [];
  return `#${channels.map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;
}

describe('BrandBadge in Chromium', () => {
  it('paints the mark in the brand colour with readable text', async () => {
    const screen = await render(<BrandBadge vendor="VOLKSWAGEN" />);
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const style = getComputedStyle(mark);
    expect(style.backgroundColor).toBe('rgb(0, 34, 85)'); // #025
    expect(style.color).toBe('rgb(255, 255, 255)');
    await expect.element(screen.getByText('Volkswagen')).toBeVisible();
  });

  it('paints every vendor of the registry with mark text that meets WCAG AA contrast', async () => {
    const codes = Object.keys(vendors);
    const screen = await render(
      <div>
        {codes.map((code) => (
          <BrandBadge key={code} vendor={code} />
        ))}
      </div>,
    );
    const marks = [...screen.container.querySelectorAll<HTMLElement>('[data-part="mark"]')];
    expect(marks).toHaveLength(codes.length);
    for (const [index, mark] of marks.entries()) {
      const style = getComputedStyle(mark);
      const background = hexOf(style.backgroundColor);
      const color = getVendor(codes[index])?.color ?? '';
      // `#rgb` as the registry writes it → `#rrggbb`, as the computed style reads.
      expect(background, codes[index]).toBe(color.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3'));
      expect(contrastRatio(hexOf(style.color), background), codes[index]).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('names a vendor only the API knows, on the neutral mark', async () => {
    const { value } = mergeVendorHealth([
      {
        vendor: 'LYNKCO',
        displayName: 'Lynk & Co',
        status: 'READY',
        portalName: 'Lynk & Co app',
        linkingStatus: 'READY',
      },
    ]);
    const screen = await render(<BrandBadge vendor="lynkco" vendors={value} />);
    await expect.element(screen.getByText('Lynk & Co')).toBeVisible();
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const style = getComputedStyle(mark);
    expect(contrastRatio(hexOf(style.color), hexOf(style.backgroundColor))).toBeGreaterThanOrEqual(
      4.5,
    );
  });

  it('keeps a very long name inside a narrow container', async () => {
    const screen = await render(
      <div style={{ width: '160px' }} data-testid="box">
        <BrandBadge vendor={'VERY_LONG_'.repeat(20)} />
      </div>,
    );
    const box = screen.getByTestId('box').element().getBoundingClientRect();
    const badge = screen.container
      .querySelector('[data-scope="brand-badge"][data-part="root"]')
      ?.getBoundingClientRect();
    expect(badge?.right).toBeLessThanOrEqual(box.right);
  });
});
