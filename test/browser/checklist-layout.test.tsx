import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles/styles.css';
import { InterventionChecklist } from '../../src/index.js';
import { teslaSample, volkswagenId4 } from '../fixtures/devices.js';

/** The checklist's layouts as an owner sees them: a phone, a tablet, a desktop, RTL, zoom, print. */

const widths = { phone: 390, tablet: 768, desktop: 1280 } as const;

function rectOf(element: Element | null | undefined): DOMRect {
  if (!element) throw new Error('no such element');
  return element.getBoundingClientRect();
}

function parts(root: ParentNode, name: string): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      `[data-scope="intervention-checklist"][data-part="${name}"]`,
    ),
  ];
}

function part(root: ParentNode, name: string): HTMLElement {
  const found = parts(root, name)[0];
  if (!found) throw new Error(`no ${name}`);
  return found;
}

/** Whether an element is drawn: visually hidden text has a 1 px box and is clipped. */
function drawn(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1 && getComputedStyle(element).clipPath === 'none';
}

async function renderAt(width: number, node: React.ReactNode, attributes: { dir?: string } = {}) {
  const screen = await render(
    <div style={{ inlineSize: `${width}px` }} dir={attributes.dir}>
      {node}
    </div>,
  );
  return screen.container;
}

afterEach(async () => {
  document.documentElement.style.fontSize = '';
  await commands.emulateMedia({ media: null, forcedColors: null });
});

describe.each(Object.entries(widths))('at %s width (%i px)', (_name, width) => {
  it('keeps every chip of a summary whole, and no state word alone on a line', async () => {
    const root = await renderAt(
      width,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const chips = parts(root, 'meta-item').filter(
      (chip) => chip.dataset.kind !== 'unlocks' && drawn(chip),
    );
    expect(chips.length).toBeGreaterThan(4);
    for (const chip of chips) expect(chip.getClientRects()).toHaveLength(1);
    // "To do" is what the step number shows; it is read, not drawn.
    for (const meta of parts(root, 'meta')) {
      const words = [...meta.querySelectorAll<HTMLElement>('[data-status="pending"]')];
      for (const word of words) expect(drawn(word)).toBe(false);
    }
  });

  it('starts the summary and the panel on one edge', async () => {
    const root = await renderAt(
      width,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const item = part(root, 'item');
    const summaryStart = rectOf(part(item, 'meta').querySelector('[data-part="meta-item"]')).left;
    const panelStart = rectOf(part(item, 'panel-body').firstElementChild).left;
    expect(Math.abs(summaryStart - panelStart)).toBeLessThanOrEqual(1);
    if (width >= widths.tablet) {
      // With room to spare, both line up with the title, past the number and the brand mark.
      expect(Math.abs(rectOf(part(item, 'title')).left - panelStart)).toBeLessThanOrEqual(1);
    }
  });

  it('draws the focus ring inside the item, clear of the summary below', async () => {
    const root = await renderAt(
      width,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    await userEvent.tab();
    const trigger = part(root, 'trigger');
    expect(document.activeElement).toBe(trigger);
    const style = getComputedStyle(trigger);
    expect(style.outlineStyle).not.toBe('none');
    const outside = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
    const ringBottom = rectOf(trigger).bottom + outside;
    expect(ringBottom).toBeLessThanOrEqual(rectOf(part(root, 'meta')).top + 0.5);
  });

  it('fits its width: nothing scrolls sideways and no control is cut off', async () => {
    const root = await renderAt(
      width,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const checklist = part(root, 'root');
    expect(checklist.scrollWidth).toBeLessThanOrEqual(checklist.clientWidth);
    for (const control of [...checklist.querySelectorAll<HTMLElement>('button, a')]) {
      expect(control.scrollWidth).toBeLessThanOrEqual(control.clientWidth + 1);
    }
  });
});

describe('on a phone', () => {
  it('gives each action the whole width, easy to hit', async () => {
    const root = await renderAt(
      widths.phone,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const actions = part(root, 'actions');
    const open = part(actions, 'open-link');
    const done = part(actions, 'complete-button');
    const row = rectOf(actions);
    for (const control of [open, done]) {
      expect(Math.round(rectOf(control).width)).toBe(Math.round(row.width));
      expect(rectOf(control).height).toBeGreaterThanOrEqual(44);
    }
  });
});

describe('at 200 % text size', () => {
  it('reflows with nothing cut off at a desktop width', async () => {
    document.documentElement.style.fontSize = '200%';
    const root = await renderAt(
      widths.desktop / 2,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const checklist = part(root, 'root');
    expect(checklist.scrollWidth).toBeLessThanOrEqual(checklist.clientWidth);
    for (const chip of parts(root, 'meta-item').filter(drawn)) {
      expect(rectOf(chip).right).toBeLessThanOrEqual(rectOf(checklist).right + 0.5);
    }
    for (const control of [...checklist.querySelectorAll<HTMLElement>('button, a')]) {
      expect(control.scrollWidth).toBeLessThanOrEqual(control.clientWidth + 1);
    }
  });
});

describe('right to left', () => {
  it('mirrors the header: the number first on the right, the chevron on the left', async () => {
    const root = await renderAt(
      widths.desktop,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
      { dir: 'rtl' },
    );
    const item = part(root, 'item');
    const marker = rectOf(part(item, 'step-marker'));
    const title = rectOf(part(item, 'title'));
    const chevron = rectOf(part(item, 'chevron'));
    expect(marker.left).toBeGreaterThan(title.right);
    expect(chevron.right).toBeLessThan(title.left);
    // The summary and the panel start on the right edge too, under the title.
    const panelStart = rectOf(part(item, 'panel-body').firstElementChild).right;
    expect(Math.abs(title.right - panelStart)).toBeLessThanOrEqual(1);
  });
});

describe('forced colours', () => {
  it('draws the status icons and the step numbers in the system colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const root = await renderAt(
      widths.desktop,
      <InterventionChecklist
        capabilities={teslaSample.capabilities}
        vendor="TESLA"
        defaultCompleted={['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe']}
      />,
    );
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    const icons = parts(root, 'icon');
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(getComputedStyle(icon).backgroundColor).toBe(canvasText);
      expect(rectOf(icon).width).toBeGreaterThan(8);
    }
  });
});

describe('after a check of the device', () => {
  it('shows what the check found, and keeps the announcement of a marked item unseen', async () => {
    const root = await renderAt(
      widths.desktop,
      <InterventionChecklist
        capabilities={volkswagenId4.capabilities}
        vendor="VOLKSWAGEN"
        onRecheck={() => {}}
      />,
    );
    const announcement = part(root, 'announcement');
    await userEvent.click(part(root, 'complete-button'));
    await expect.poll(() => announcement.textContent).toContain('marked as done');
    expect(drawn(announcement)).toBe(false);
    await userEvent.click(part(root, 'recheck-button'));
    await expect.poll(() => announcement.textContent).toMatch(/^Checked\. Nothing has changed/);
    expect(drawn(announcement)).toBe(true);
  });
});

describe('printed', () => {
  it('prints every item with its guidance and the addresses of its links, and no buttons', async () => {
    const root = await renderAt(
      widths.tablet,
      <InterventionChecklist capabilities={volkswagenId4.capabilities} vendor="VOLKSWAGEN" />,
    );
    const items = parts(root, 'item');
    // On screen only the step to do first shows its guidance.
    expect(parts(root, 'steps')).toHaveLength(1);
    window.dispatchEvent(new Event('beforeprint'));
    await commands.emulateMedia({ media: 'print' });
    expect(parts(root, 'steps').filter(drawn)).toHaveLength(items.length);
    for (const button of [...root.querySelectorAll<HTMLElement>('button')]) {
      if (button.dataset.part === 'trigger') continue;
      expect(getComputedStyle(button).display).toBe('none');
    }
    const link = part(root, 'open-link');
    expect(getComputedStyle(link, '::after').content).toContain('https://');
    window.dispatchEvent(new Event('afterprint'));
    await commands.emulateMedia({ media: null });
    await expect.poll(() => parts(root, 'print-panel')).toHaveLength(0);
  });
});
