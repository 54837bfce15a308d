import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { InterventionChecklist, type UseInterventionChecklistOptions } from '../../src/index.js';
import { StepperChecklist } from '../../stories/headless/StepperChecklist.js';
import { volkswagenId4 } from '../fixtures/devices.js';
import { planFor, titleOf, vw } from './checklist-queries.js';

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';

/** The Volkswagen once We Connect is subscribed: a later snapshot without that intervention. */
const subscribed = {
  ...volkswagenId4,
  capabilities: Object.fromEntries(
    Object.entries(volkswagenId4.capabilities).map(([name, capability]) => [
      name,
      {
        ...capability,
        interventionIds: capability.interventionIds.filter((id) => id !== weConnect),
      },
    ]),
  ),
};

/**
 * Each UI, and how it offers to mark a step done and shows one marked: the checklist has one
 * button named for its step that turns into Undo; the stepper, the hook's toggle button.
 */
const uis: [
  string,
  (options: UseInterventionChecklistOptions) => ReactElement,
  {
    markDone: (panel: HTMLElement, title: string) => HTMLElement;
    markedDone: (panel: HTMLElement, title: string) => HTMLElement;
  },
][] = [
  [
    'InterventionChecklist',
    (options) => <InterventionChecklist {...options} />,
    {
      markDone: (panel, title) =>
        within(panel).getByRole('button', { name: `Mark as done: ${title}` }),
      markedDone: (panel, title) => within(panel).getByRole('button', { name: `Undo: ${title}` }),
    },
  ],
  [
    'a stepper built from useInterventionChecklist alone',
    (options) => <StepperChecklist {...options} />,
    {
      markDone: (panel) => within(panel).getByRole('button', { pressed: false }),
      markedDone: (panel) => within(panel).getByRole('button', { pressed: true }),
    },
  ],
];

describe.each(uis)('%s', (_, ui, controls) => {
  const items = planFor(vw).items;
  const titles = items.map(titleOf);

  it('opens a step from the keyboard and moves between steps with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    // Every step closed, so the keyboard opens the first.
    render(ui({ capabilities: volkswagenId4, openCurrent: false }));
    const triggers = titles.map((title) => screen.getByRole('button', { name: title }));
    await user.tab();
    expect(triggers[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(triggers[0]).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: titles[0] })).toBeVisible();
    await user.keyboard('{ArrowDown}');
    expect(triggers[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(triggers.at(-1)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(triggers[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(triggers[0]).toHaveAttribute('aria-expanded', 'false');
  });

  it('counts a step marked done, and one a new snapshot resolved', async () => {
    const user = userEvent.setup();
    const { rerender } = render(ui({ capabilities: volkswagenId4, defaultExpanded: [weConnect] }));
    const progress = screen.getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '0');
    expect(progress).toHaveAttribute('aria-valuemax', String(items.length));
    const panel = screen.getByRole('group', { name: titles[0] });
    await user.click(controls.markDone(panel, titles[0] ?? ''));
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(controls.markedDone(panel, titles[0] ?? '')).toBeVisible();

    rerender(ui({ capabilities: subscribed, defaultExpanded: [weConnect] }));
    // Resolved by the data: still listed, counted once, with nothing left to press.
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(items.length));
    expect(within(screen.getByRole('group', { name: titles[0] })).queryByRole('button')).toBeNull();
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(ui({ capabilities: volkswagenId4, onRecheck: () => {} }));
    expect((await axe(container)).violations).toEqual([]);
    await user.click(screen.getByRole('button', { name: titles[0] }));
    expect((await axe(container)).violations).toEqual([]);
  });
});
