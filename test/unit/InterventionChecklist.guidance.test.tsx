import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterventionChecklist } from '../../src/index.js';
import { fullyCapableVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { planFor, titleOf, vw } from './checklist-queries.js';

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
const items = planFor(vw).items;
const titles = items.map(titleOf);

/** The Volkswagen once the given interventions are done: a later snapshot without them. */
function without(...done: string[]) {
  return {
    ...volkswagenId4,
    capabilities: Object.fromEntries(
      Object.entries(volkswagenId4.capabilities).map(([name, capability]) => {
        const ids = capability.interventionIds.filter((id) => !done.includes(id));
        const isCapable =
          capability.isCapable || (capability.interventionIds.length > 0 && ids.length === 0);
        return [name, { isCapable, interventionIds: isCapable ? [] : ids }];
      }),
    ),
  };
}

describe('where to start', () => {
  it('has a heading one level above its items, which the host can word or leave out', () => {
    const { rerender } = render(<InterventionChecklist capabilities={volkswagenId4} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Finish setting up your car' }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBeGreaterThanOrEqual(
      items.length,
    );
    rerender(
      <InterventionChecklist
        capabilities={volkswagenId4}
        heading="Unlock smart charging"
        headingLevel={4}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Unlock smart charging' })).toBeVisible();
    rerender(<InterventionChecklist capabilities={volkswagenId4} heading={false} />);
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  it('opens the step to do next, also in the server HTML, unless the host turns that off', () => {
    render(<InterventionChecklist capabilities={volkswagenId4} />);
    expect(screen.getByRole('button', { name: titles[0] })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByRole('button', { name: titles[1] })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    const html = renderToString(<InterventionChecklist capabilities={volkswagenId4} />);
    const firstStep = items[0]?.entry?.steps[0]?.text ?? '';
    expect(firstStep).not.toBe('');
    expect(html).toContain(firstStep.replace(/'/g, '&#x27;').replace(/"/g, '&quot;').slice(0, 20));
    render(
      <InterventionChecklist
        capabilities={volkswagenId4}
        openCurrent={false}
        data-testid="closed"
      />,
    );
    const closed = screen.getByTestId('closed');
    expect(within(closed).getByRole('button', { name: titles[0] })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('tells each step its place, and what it waits for, in a summary read with pauses', () => {
    render(<InterventionChecklist capabilities={volkswagenId4} />);
    const first = screen.getByRole('button', { name: titles[0] });
    expect(first).toHaveAccessibleDescription(
      new RegExp(
        `^Volkswagen\\.\\s?Step 1 of ${items.length}\\.\\s?About \\d+ minutes\\.\\s?In the app\\.\\s?Unlocks: .+\\.\\s?To do$`,
      ),
    );
    // Each part of every summary but the last ends in a pause: a full stop and a space, read
    // but not shown (a chip is followed by one).
    const metas = [...document.querySelectorAll('[data-part="meta"]')];
    expect(metas).toHaveLength(items.length);
    for (const meta of metas) {
      const parts = [...meta.children].filter(
        (part) => part.getAttribute('data-part') !== 'separator',
      );
      expect(parts.some((part) => /^Step \d+ of \d+\. $/.test(part.textContent ?? ''))).toBe(true);
      for (const part of parts.slice(0, -1)) {
        if (part.getAttribute('data-part') === 'meta-item') {
          expect(part.nextElementSibling).toHaveAttribute('data-part', 'separator');
          expect(part.nextElementSibling?.textContent).toBe('. ');
        } else {
          expect(part.textContent).toMatch(/\. $/);
        }
      }
      expect(parts.at(-1)?.textContent).toBe('To do');
    }
    // A service of the subscription waits for it: "After step 1".
    const summaries = titles.slice(1).map((title) => {
      const trigger = screen.getByRole('button', { name: title });
      return document.getElementById(trigger.getAttribute('aria-describedby') ?? '')?.textContent;
    });
    expect(summaries.some((summary) => summary?.includes('After step 1.'))).toBe(true);
  });
});

describe('one story of progress, told politely', () => {
  it('announces marking done and undoing, with the count', async () => {
    const user = userEvent.setup();
    render(<InterventionChecklist capabilities={volkswagenId4} />);
    const panel = screen.getByRole('group', { name: titles[0] });
    await user.click(within(panel).getByRole('button', { name: `Mark as done: ${titles[0]}` }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${titles[0]}: marked as done. 1 of ${items.length} done.`,
    );
    await user.click(within(panel).getByRole('button', { name: `Undo: ${titles[0]}` }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${titles[0]}: to do again. 0 of ${items.length} done.`,
    );
  });

  it('says after a check what it resolved, or that nothing changed', async () => {
    const user = userEvent.setup();
    let device: unknown = volkswagenId4;
    const { rerender } = render(
      <InterventionChecklist capabilities={device} onRecheck={async () => {}} />,
    );
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText(/Checked\. Nothing has changed yet/)).toBeInTheDocument();
    const onRecheck = async () => {
      device = without(weConnect);
      rerender(<InterventionChecklist capabilities={device} onRecheck={onRecheck} />);
    };
    rerender(<InterventionChecklist capabilities={device} onRecheck={onRecheck} />);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(
      await screen.findByText(`Checked. 1 step is resolved: ${titles[0]}.`),
    ).toBeInTheDocument();
  });

  it('shows a failed check with its own icon and a retry', async () => {
    const user = userEvent.setup();
    const onRecheck = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(undefined);
    render(<InterventionChecklist capabilities={volkswagenId4} onRecheck={onRecheck} />);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The device could not be checked');
    expect(alert.querySelector('[data-part="icon"]')).toHaveAttribute('data-status', 'error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRecheck).toHaveBeenCalledTimes(2);
  });
});

describe('end states that tell the truth', () => {
  it('says what now works once every step is resolved, and offers no more checks', () => {
    const { rerender } = render(
      <InterventionChecklist capabilities={volkswagenId4} onRecheck={() => {}} />,
    );
    rerender(<InterventionChecklist capabilities={fullyCapableVehicle} onRecheck={() => {}} />);
    expect(screen.getByText(/^All done\. Now working: .*Smart charging/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });
});

describe('checking by itself', () => {
  afterEach(() => vi.useRealTimers());

  it('checks on an interval, waiting twice as long each time, up to its limit', async () => {
    vi.useFakeTimers();
    const onRecheck = vi.fn().mockResolvedValue(undefined);
    render(
      <InterventionChecklist
        capabilities={volkswagenId4}
        onRecheck={onRecheck}
        autoRecheck={{ interval: 1000, maxAttempts: 3 }}
      />,
    );
    const advance = async (ms: number) => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    };
    await advance(999);
    expect(onRecheck).toHaveBeenCalledTimes(0);
    await advance(1);
    expect(onRecheck).toHaveBeenCalledTimes(1);
    await advance(1999);
    expect(onRecheck).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(onRecheck).toHaveBeenCalledTimes(2);
    await advance(4000);
    expect(onRecheck).toHaveBeenCalledTimes(3);
    await advance(60_000);
    expect(onRecheck).toHaveBeenCalledTimes(3);
  });

  it('waits while the page is hidden, and stops once everything is resolved', async () => {
    vi.useFakeTimers();
    const onRecheck = vi.fn().mockResolvedValue(undefined);
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const { rerender } = render(
      <InterventionChecklist
        capabilities={volkswagenId4}
        onRecheck={onRecheck}
        autoRecheck={{ interval: 1000 }}
      />,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(onRecheck).not.toHaveBeenCalled();
    visibility.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    rerender(
      <InterventionChecklist
        capabilities={fullyCapableVehicle}
        onRecheck={onRecheck}
        autoRecheck={{ interval: 1000 }}
      />,
    );
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(onRecheck).not.toHaveBeenCalled();
    visibility.mockRestore();
  });
});
