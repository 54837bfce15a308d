import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { BrandBadge } from '../../src/index.js';

describe('BrandBadge in Chromium', () => {
  it('paints the mark in the brand colour with readable text', async () => {
    const screen = await render(<BrandBadge vendor="VOLKSWAGEN" />);
    const mark = screen.container.querySelector('[data-part="mark"]') as HTMLElement;
    const style = getComputedStyle(mark);
    expect(style.backgroundColor).toBe('rgb(0, 34, 85)'); // #025
    expect(style.color).toBe('rgb(255, 255, 255)');
    await expect.element(screen.getByText('Volkswagen')).toBeVisible();
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
