import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogue, createCatalogue, getEntry, hasEntry } from '../../src/catalogue/index.js';
import {
  capabilityLabel,
  getBrand,
  getVendor,
  InterventionChecklist,
  type InterventionChecklistProps,
  mergeVendorHealth,
  type PlanItem,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import {
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  hvacTado,
  malformedDevice,
  nullEntriesVehicle,
  unknownIdsVehicle,
} from '../fixtures/devices.js';
import {
  aboutMinutes,
  entryOf,
  markDoneIn,
  markerOf,
  minutesOf,
  newTabName,
  panelOf,
  planFor,
  type RawDevice,
  summary,
  summaryWith,
  tesla,
  titleAndSummary,
  titleOf,
  trigger,
  triggers,
  undoIn,
  vw,
  withoutInterventions,
} from './checklist-queries.js';

/** The owner-facing labels of the blocked capabilities of a device that list an intervention. */
function unlockLabelsFromFixture(device: RawDevice, id: string): string[] {
  return Object.entries(device.capabilities)
    .filter(([, capability]) => !capability.isCapable && capability.interventionIds.includes(id))
    .map(([name]) => capabilityLabel(name));
}

const listFormat = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** Renders the Volkswagen's checklist, then a new snapshot in which these interventions are gone. */
function renderThenResolve(
  ids: readonly string[],
  props: Omit<InterventionChecklistProps, 'capabilities'>,
) {
  const view = render(<InterventionChecklist capabilities={vw.capabilities} {...props} />);
  view.rerender(
    <InterventionChecklist capabilities={withoutInterventions(vw.capabilities, ids)} {...props} />,
  );
  return view;
}

describe('InterventionChecklist: the plan', () => {
  it('shows each intervention once, in the order of the plan', () => {
    const plan = planFor(vw);
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    expect(triggers()).toHaveLength(plan.items.length);
    // Each title once, even for an intervention several capabilities list (We Connect).
    expect(new Set(plan.items.map(titleOf)).size).toBe(plan.items.length);
    plan.items.forEach((item, index) => {
      expect(screen.getAllByRole('button', { name: titleOf(item) })).toHaveLength(1);
      expect(triggers()[index]).toHaveAccessibleName(titleOf(item));
    });
  });

  it('follows the order of work, not the order the device lists them in', () => {
    // The same interventions, listed the other way round.
    const reversed: RawDevice = {
      vendor: vw.vendor,
      capabilities: Object.fromEntries(
        Object.entries(vw.capabilities)
          .reverse()
          .map(([name, c]) => [name, { ...c, interventionIds: [...c.interventionIds].reverse() }]),
      ),
    };
    const plan = planFor(reversed);
    const listed = [
      ...new Set(Object.values(reversed.capabilities).flatMap((c) => c.interventionIds)),
    ];
    expect(plan.items.map((item) => item.id)).not.toEqual(listed);
    render(<InterventionChecklist capabilities={reversed.capabilities} vendor={reversed.vendor} />);
    expect(triggers()).toHaveLength(plan.items.length);
    plan.items.forEach((item, index) => {
      expect(triggers()[index]).toHaveAccessibleName(titleOf(item));
    });
  });

  it('lists every capability a shared intervention unlocks, joined as the locale joins lists', async () => {
    const user = userEvent.setup();
    const plan = planFor(vw);
    // The intervention the fixture lists on the most capabilities: more than the header shows.
    const shared = [...plan.items].sort((a, b) => b.unlocks.length - a.unlocks.length)[0];
    const labels = unlockLabelsFromFixture(vw, shared?.id ?? '');
    expect(labels.length).toBeGreaterThan(3);
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        openCurrent={false}
      />,
    );
    const unlocks = `Unlocks: ${listFormat.format(labels)}`;
    const button = trigger(titleOf(shared));
    // A screen reader hears them all.
    expect(button).toHaveAccessibleDescription(summaryWith(unlocks, 'To do'));
    // On screen the header names the first two and how many more…
    const item = button.closest('[data-part="item"]');
    const chip = item?.querySelector('[data-part="meta-item"][data-kind="unlocks"]');
    const shown = chip?.querySelector('[aria-hidden="true"]');
    expect(shown).toHaveTextContent(
      `Unlocks: ${listFormat.format(labels.slice(0, 2))} +${labels.length - 2} more`,
    );
    expect(shown?.querySelector('[data-part="more"]')).toHaveTextContent(
      `+${labels.length - 2} more`,
    );
    // …and its panel names them all.
    await user.click(button);
    expect(within(panelOf(button)).getByText(unlocks)).toBeVisible();

    // Up to three fit in the header, whole, and the panel does not repeat them.
    const few = plan.items.find((other) => other.unlocks.length > 1 && other.unlocks.length <= 3);
    if (!few) throw new Error('expected an item that unlocks two or three capabilities');
    const fewUnlocks = `Unlocks: ${listFormat.format(unlockLabelsFromFixture(vw, few.id))}`;
    const fewButton = trigger(titleOf(few));
    expect(fewButton).toHaveAccessibleDescription(summaryWith(fewUnlocks, 'To do'));
    const fewItem = fewButton.closest('[data-part="item"]');
    const fewChip = fewItem?.querySelector('[data-part="meta-item"][data-kind="unlocks"]');
    expect(fewChip?.textContent).toBe(fewUnlocks);
    expect(fewChip?.querySelector('[data-part="more"]')).toBeNull();
    await user.click(fewButton);
    expect(within(panelOf(fewButton)).queryByText(fewUnlocks)).toBeNull();
  });

  it('sums each item up in its header: its place, what it waits for, time, where, what and its state', () => {
    const plan = planFor(vw);
    const [subscription, ...later] = plan.items;
    // Every later step is a service or an update, which waits for the subscription.
    expect(subscription?.stage).toBe('subscription');
    for (const item of later) expect(['service', 'update']).toContain(item.stage);
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    plan.items.forEach((item, index) => {
      const entry = entryOf(item);
      const labels = unlockLabelsFromFixture(vw, item.id);
      // Remote work happens in the app; physical work on a vehicle, in the vehicle.
      const where = entry.resolution.access === 'Remote' ? 'In the app' : 'In the vehicle';
      const minutes = minutesOf(entry) ?? 0;
      expect(minutes).toBeGreaterThan(0);
      // The owner does every one of them: "By you" on each would be noise, so it is not said.
      expect(entry.resolution.agent).toBe('User');
      expect(trigger(entry.resolution.title)).toHaveAccessibleDescription(
        summary(
          // The brand first, as its mark beside the title is not read.
          'Volkswagen',
          `Step ${index + 1} of ${plan.items.length}`,
          ...(index > 0 ? ['After step 1'] : []),
          aboutMinutes(minutes),
          where,
          `Unlocks: ${listFormat.format(labels)}`,
          'To do',
        ),
      );
    });
    expect(screen.queryByText(/By you/)).toBeNull();
  });

  it('says when a dealer or workshop must do it', () => {
    // Live data may say a software update needs a workshop: the bundled update entry, so.
    const update = catalogue.entries.find(
      (entry) => entry.stage === 'update' && entry.vendor === 'AUDI',
    );
    if (!update) throw new Error('expected an Audi update in the catalogue');
    const live = withLiveInterventions(catalogue, [
      { ...update, resolution: { ...update.resolution, agent: 'ThirdParty' } },
    ]).catalogue;
    render(
      <InterventionChecklist
        capabilities={{ smartCharging: { isCapable: false, interventionIds: [update.id] } }}
        vendor="AUDI"
        catalogue={live}
      />,
    );
    // A workshop visit has no fair estimate of the owner's time.
    expect(minutesOf(update)).toBeUndefined();
    expect(trigger(update.resolution.title)).toHaveAccessibleDescription(
      summary(
        'Audi',
        'Step 1 of 1',
        'At a dealer',
        'By a dealer or workshop',
        `Unlocks: ${capabilityLabel('smartCharging')}`,
        'To do',
      ),
    );
  });

  it('puts each trigger alone in an h3 heading by default', () => {
    const plan = planFor(vw);
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    for (const item of plan.items) {
      const heading = screen.getByRole('heading', { level: 3, name: titleOf(item) });
      const button = trigger(titleOf(item));
      expect(heading.children).toHaveLength(1);
      expect(heading.firstElementChild).toBe(button);
      expect(heading.textContent).toBe(button.textContent);
    }
  });

  it.each([2, 4, 5, 6] as const)('uses h%i headings when told to', async (level) => {
    const user = userEvent.setup();
    const [first] = planFor(tesla).items;
    render(
      <InterventionChecklist
        capabilities={tesla.capabilities}
        vendor={tesla.vendor}
        headingLevel={level}
        openCurrent={false}
      />,
    );
    expect(trigger(titleOf(first)).parentElement?.tagName).toBe(`H${level}`);
    // The checklist's own heading sits one level above its items; no heading is left at h3.
    const own = screen.getByRole('heading', { name: 'Finish setting up your car' });
    expect(own.tagName).toBe(`H${level - 1}`);
    expect(screen.queryAllByRole('heading', { level: 3 }).filter((h) => h !== own)).toHaveLength(0);
    await user.click(trigger(titleOf(first)));
    // The panel's own headings sit one level below, never past h6.
    expect(
      within(panelOf(trigger(titleOf(first)))).getByRole('heading', { name: 'Steps' }),
    ).toHaveProperty('tagName', `H${Math.min(level + 1, 6)}`);
  });

  it('names each trigger by its title and describes it by its summary', () => {
    const [item] = planFor(tesla).items;
    render(<InterventionChecklist capabilities={tesla.capabilities} vendor={tesla.vendor} />);
    const button = trigger(titleOf(item));
    expect(button).toHaveAccessibleName(titleOf(item));
    expect(button).toHaveAccessibleDescription(
      summary(
        'Tesla',
        'Step 1 of 1',
        aboutMinutes(minutesOf(entryOf(item)) ?? 0),
        'In the vehicle',
        `Unlocks: ${listFormat.format(unlockLabelsFromFixture(tesla, item?.id ?? ''))}`,
        'To do',
      ),
    );
    // The marker beside the title shows the step's number, and is not read twice.
    expect(markerOf(button)).toHaveTextContent(/^1$/);
    expect(markerOf(button)).toHaveAttribute('aria-hidden', 'true');
  });

  it('opens a panel with what to check first, the ordered steps, the app and the time', async () => {
    const user = userEvent.setup();
    const [item] = planFor(tesla).items;
    const entry = entryOf(item);
    const { container } = render(
      <InterventionChecklist
        capabilities={tesla.capabilities}
        vendor={tesla.vendor}
        openCurrent={false}
      />,
    );
    const button = trigger(entry.resolution.title);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group')).toBeNull();
    // A panel never opened is not in the page at all.
    expect(screen.queryByText('Before you start')).toBeNull();
    // The owner's own time, not any waiting after it, shows in the header before opening.
    expect(entry.ownerMinutes).toBeGreaterThan(1);
    const time = container.querySelector('[data-part="meta-item"][data-kind="time"]');
    expect(time).toHaveTextContent(`About ${entry.ownerMinutes} minutes`);
    expect(time).toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: entry.resolution.title });
    expect(panel).toBe(panelOf(button));

    const before = within(panel).getByRole('heading', { name: 'Before you start' });
    const preconditions = within(before.parentElement as HTMLElement).getAllByRole('listitem');
    expect(preconditions.map((li) => li.textContent)).toEqual(entry.preconditions);

    const stepsHeading = within(panel).getByRole('heading', { name: 'Steps' });
    const steps = within(stepsHeading.parentElement as HTMLElement).getByRole('list');
    expect(steps.tagName).toBe('OL');
    const stepItems = within(steps).getAllByRole('listitem');
    expect(stepItems).toHaveLength(entry.steps.length);
    entry.steps.forEach((step, index) => {
      expect(stepItems[index]).toHaveTextContent(step.text);
      if (step.detail) expect(stepItems[index]).toHaveTextContent(step.detail);
    });

    // The app to open is a link to the maker's page for it, in a new tab.
    expect(entry.portal).toBe(getVendor('TESLA')?.portal);
    expect(entry.links?.portal).toBeUndefined();
    const open = within(panel).getByRole('link', { name: newTabName('Open Tesla app') });
    expect(open).toHaveAttribute('href', entry.links?.app?.web);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open.getAttribute('rel')?.split(' ')).toEqual(
      expect.arrayContaining(['noopener', 'noreferrer']),
    );
    // The app's store pages beside it.
    expect(within(panel).getByRole('link', { name: newTabName('App Store') })).toHaveAttribute(
      'href',
      entry.links?.app?.ios,
    );
    expect(within(panel).getByRole('link', { name: newTabName('Google Play') })).toHaveAttribute(
      'href',
      entry.links?.app?.android,
    );
    // One button to press once it is done, named for the item it marks.
    const markDone = markDoneIn(panel, entry.resolution.title);
    expect(markDone).toHaveTextContent(/^Mark as done/);
    expect(markDone).not.toHaveAttribute('aria-pressed');
    expect(within(panel).queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('leaves the time out when the catalogue gives none', () => {
    // The Audi update goes through a service partner, whose visit has no fair estimate.
    const audi: RawDevice = {
      vendor: 'AUDI',
      capabilities: {
        smartCharging: {
          isCapable: false,
          interventionIds: ['adc1ef01-afde-404f-a255-bd487185cc28'],
        },
      },
    };
    const plan = planFor(audi);
    const untimed = plan.items.find((item) => entryOf(item).ownerMinutes === undefined);
    if (!untimed) throw new Error('expected an item without a time estimate');
    const { container } = render(
      <InterventionChecklist capabilities={audi.capabilities} vendor={audi.vendor} />,
    );
    const button = trigger(titleOf(untimed));
    expect(button).not.toHaveAccessibleDescription(/About \d+ minute/);
    expect(container.querySelector('[data-part="meta-item"][data-kind="time"]')).toBeNull();
    expect(within(panelOf(button)).queryByText(/About \d+ minute/)).toBeNull();
  });

  it('shows the time of a host entry that sets only the older estimatedMinutes', () => {
    const id = 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe';
    const bundled = getEntry(catalogue, id);
    if (!bundled) throw new Error('expected the bundled Tesla entry');
    const { ownerMinutes: _dropped, ...rest } = bundled;
    const host = createCatalogue([{ ...rest, estimatedMinutes: 7 }], { locale: 'en-US' });
    render(
      <InterventionChecklist
        capabilities={tesla.capabilities}
        vendor={tesla.vendor}
        catalogue={host}
      />,
    );
    expect(screen.getByText('About 7 minutes')).toBeVisible();
    expect(trigger(bundled.resolution.title)).toHaveAccessibleDescription(
      summaryWith('Step 1 of 1', 'About 7 minutes'),
    );
  });
});

describe('InterventionChecklist: progress', () => {
  it('reports progress as a progressbar and moves the current step as items are done', async () => {
    const user = userEvent.setup();
    const plan = planFor(vw);
    const [first, second, third] = plan.items;
    const total = plan.items.length;
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        defaultCompleted={[first?.id ?? '', third?.id ?? '']}
      />,
    );
    const progress = screen.getByRole('progressbar', { name: 'Progress' });
    expect(progress).toHaveAttribute('aria-valuemin', '0');
    expect(progress).toHaveAttribute('aria-valuemax', String(total));
    expect(progress).toHaveAttribute('aria-valuenow', '2');
    expect(progress).toHaveAttribute('aria-valuetext', `2 of ${total} done`);
    expect(screen.getByText(`2 of ${total} done`)).toBeInTheDocument();

    // The first item not done is the current step.
    expect(trigger(titleOf(first))).not.toHaveAttribute('aria-current');
    expect(trigger(titleOf(second))).toHaveAttribute('aria-current', 'step');
    expect(triggers().filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);

    // The current step is the one open at first, and shows its number.
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'true');
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'false');
    expect(markerOf(trigger(titleOf(second)))).toHaveTextContent(/^2$/);
    expect(markerOf(trigger(titleOf(first)))).toHaveTextContent(/^$/);
    expect(markerOf(trigger(titleOf(first))).querySelector('[data-part="icon"]')).toHaveAttribute(
      'data-status',
      'done',
    );

    await user.click(markDoneIn(panelOf(trigger(titleOf(second))), titleOf(second)));
    expect(progress).toHaveAttribute('aria-valuenow', '3');
    expect(progress).toHaveAttribute('aria-valuetext', `3 of ${total} done`);
    expect(trigger(titleOf(second))).not.toHaveAttribute('aria-current');
    expect(trigger(titleOf(second))).toHaveAccessibleDescription(/Marked as done$/);
    expect(markerOf(trigger(titleOf(second))).querySelector('[data-part="icon"]')).toHaveAttribute(
      'data-status',
      'done',
    );
    expect(trigger(titleOf(plan.items[3]))).toHaveAttribute('aria-current', 'step');
  });

  it('marks the first item current when nothing is done yet', () => {
    const plan = planFor(vw);
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    expect(triggers()[0]).toHaveAccessibleName(titleOf(plan.items[0]));
    expect(triggers()[0]).toHaveAttribute('aria-current', 'step');
    const progress = screen.getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '0');
    expect(progress).toHaveAttribute('aria-valuetext', `0 of ${plan.items.length} done`);
  });
});

describe('InterventionChecklist: open items', () => {
  it('opens the items in defaultExpanded and lets the owner open more', async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    const onExpandedChange = vi.fn();
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        defaultExpanded={[second?.id ?? '']}
        onExpandedChange={onExpandedChange}
      />,
    );
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'false');
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: titleOf(second) })).toBeVisible();

    await user.click(trigger(titleOf(first)));
    expect(onExpandedChange).toHaveBeenLastCalledWith([second?.id, first?.id]);
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'true');
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'true');

    await user.click(trigger(titleOf(second)));
    expect(onExpandedChange).toHaveBeenLastCalledWith([first?.id]);
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: titleOf(second) })).toBeNull();
  });

  it('shows what the host says when controlled', async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    const onExpandedChange = vi.fn();
    const props = { capabilities: vw.capabilities, vendor: vw.vendor, onExpandedChange };
    const { rerender } = render(<InterventionChecklist {...props} expanded={[first?.id ?? '']} />);
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'true');

    await user.click(trigger(titleOf(second)));
    expect(onExpandedChange).toHaveBeenCalledTimes(1);
    expect(onExpandedChange).toHaveBeenLastCalledWith([first?.id, second?.id]);
    // The host did not pass the new value: nothing changes.
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'false');

    await user.click(trigger(titleOf(first)));
    expect(onExpandedChange).toHaveBeenLastCalledWith([]);
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'true');

    rerender(<InterventionChecklist {...props} expanded={[second?.id ?? '']} />);
    expect(trigger(titleOf(first))).toHaveAttribute('aria-expanded', 'false');
    expect(trigger(titleOf(second))).toHaveAttribute('aria-expanded', 'true');
    expect(onExpandedChange).toHaveBeenCalledTimes(2);
  });
});

describe('InterventionChecklist: marking as done', () => {
  it('starts from defaultCompleted and toggles on its own', async () => {
    const user = userEvent.setup();
    const [first] = planFor(tesla).items;
    const onCompletedChange = vi.fn();
    render(
      <InterventionChecklist
        capabilities={tesla.capabilities}
        vendor={tesla.vendor}
        defaultCompleted={[first?.id ?? '']}
        defaultExpanded={[first?.id ?? '']}
        onCompletedChange={onCompletedChange}
      />,
    );
    const title = titleOf(first);
    const button = trigger(title);
    const panel = panelOf(button);
    // Done: the item's summary says so (once: not again in the panel), and the panel offers
    // to undo it.
    const toggle = undoIn(panel, title);
    expect(within(panel).queryByText('Marked as done')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /^Mark as done/ })).toBeNull();
    expect(button).toHaveAccessibleDescription(/Marked as done$/);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');

    await user.click(toggle);
    expect(onCompletedChange).toHaveBeenLastCalledWith([]);
    // The same button turns back into "Mark as done", so focus stays where it was.
    expect(toggle).toHaveAccessibleName(`Mark as done: ${title}`);
    expect(toggle).toHaveFocus();
    expect(within(panel).queryByText('Marked as done')).toBeNull();
    expect(button).toHaveAccessibleDescription(/To do$/);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');

    await user.click(toggle);
    expect(onCompletedChange).toHaveBeenLastCalledWith([first?.id]);
    expect(toggle).toHaveAccessibleName(`Undo: ${title}`);
    expect(toggle).toHaveFocus();
  });

  it('shows what the host says when controlled', async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    const onCompletedChange = vi.fn();
    const props = {
      capabilities: vw.capabilities,
      vendor: vw.vendor,
      defaultExpanded: [second?.id ?? ''],
      onCompletedChange,
    };
    const { rerender } = render(<InterventionChecklist {...props} completed={[first?.id ?? '']} />);
    const markDone = markDoneIn(panelOf(trigger(titleOf(second))), titleOf(second));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');

    await user.click(markDone);
    expect(onCompletedChange).toHaveBeenCalledTimes(1);
    expect(onCompletedChange).toHaveBeenLastCalledWith([first?.id, second?.id]);
    // The host did not pass the new value: still to do.
    expect(markDone).toHaveAccessibleName(`Mark as done: ${titleOf(second)}`);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');

    rerender(<InterventionChecklist {...props} completed={[first?.id ?? '', second?.id ?? '']} />);
    expect(markDone).toHaveAccessibleName(`Undo: ${titleOf(second)}`);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  });
});

describe('InterventionChecklist: resolution from new snapshots', () => {
  it('shows an intervention a new snapshot no longer lists as resolved', async () => {
    const user = userEvent.setup();
    const plan = planFor(vw);
    const [first, second] = plan.items;
    renderThenResolve([first?.id ?? ''], {
      vendor: vw.vendor,
      defaultCompleted: [second?.id ?? ''],
      openCurrent: false,
    });
    // Still listed, in its place, as resolved: not the same as marked as done.
    expect(triggers()).toHaveLength(plan.items.length);
    expect(triggers()[0]).toHaveAccessibleName(titleOf(first));
    expect(trigger(titleOf(first))).toHaveAccessibleDescription(expect.stringMatching(/Resolved$/));
    expect(trigger(titleOf(first))).not.toHaveAccessibleDescription(/Marked as done/);
    expect(trigger(titleOf(second))).toHaveAccessibleDescription(
      expect.stringMatching(/Marked as done$/),
    );
    const progress = screen.getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '2');
    expect(progress).toHaveAttribute('aria-valuetext', `2 of ${plan.items.length} done`);
    expect(trigger(titleOf(plan.items[2]))).toHaveAttribute('aria-current', 'step');

    // Its marker shows it finished; its time no longer matters.
    const firstItem = trigger(titleOf(first)).closest('[data-part="item"]');
    expect(markerOf(trigger(titleOf(first))).querySelector('[data-part="icon"]')).toHaveAttribute(
      'data-status',
      'resolved',
    );
    expect(firstItem?.querySelector('[data-part="meta-item"][data-kind="time"]')).toBeNull();
    expect(firstItem?.querySelector('[data-part="state"]')).toHaveTextContent('Resolved');

    // Its guidance is still there to read, with nothing left to press or open.
    await user.click(trigger(titleOf(first)));
    const panel = panelOf(trigger(titleOf(first)));
    expect(within(panel).getByRole('heading', { name: 'Steps' })).toBeVisible();
    expect(within(panel).queryByRole('button')).toBeNull();
    expect(within(panel).queryByRole('link')).toBeNull();
  });

  it('says all is done and tells the host once when a snapshot leaves nothing to do', () => {
    const plan = planFor(vw);
    const onAllResolved = vi.fn();
    const ids = plan.items.map((item) => item.id);
    const props = { vendor: vw.vendor, onAllResolved };
    const { rerender } = render(
      <InterventionChecklist capabilities={vw.capabilities} {...props} />,
    );
    expect(onAllResolved).not.toHaveBeenCalled();
    expect(screen.queryByText(/^All done/)).toBeNull();

    const resolved = withoutInterventions(vw.capabilities, ids);
    rerender(<InterventionChecklist capabilities={resolved} {...props} />);
    // It names what now works: everything the items unlocked, once each.
    const unlocked = [
      ...new Set(plan.items.flatMap((item) => item.unlocks.map((name) => capabilityLabel(name)))),
    ];
    expect(unlocked.length).toBeGreaterThan(1);
    expect(
      screen.getByText(`All done. Now working: ${listFormat.format(unlocked)}.`),
    ).toBeVisible();
    expect(onAllResolved).toHaveBeenCalledTimes(1);
    const progress = screen.getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', String(plan.items.length));
    for (const button of triggers()) {
      expect(button).toHaveAccessibleDescription(expect.stringMatching(/Resolved$/));
      expect(button).not.toHaveAttribute('aria-current');
    }

    // Later snapshots that still leave nothing, and new callbacks, do not tell it again.
    rerender(<InterventionChecklist capabilities={resolved} {...props} />);
    rerender(
      <InterventionChecklist
        capabilities={structuredClone(resolved)}
        vendor={vw.vendor}
        onAllResolved={() => onAllResolved()}
      />,
    );
    expect(onAllResolved).toHaveBeenCalledTimes(1);
  });

  it('never says all is resolved for a device that needed nothing from the start', () => {
    const onAllResolved = vi.fn();
    const onEvent = vi.fn();
    const device = fullyCapableVehicle as RawDevice;
    const props = { vendor: device.vendor, onAllResolved, onEvent };
    const { rerender } = render(
      <InterventionChecklist capabilities={device.capabilities} {...props} />,
    );
    rerender(
      <InterventionChecklist capabilities={structuredClone(device.capabilities)} {...props} />,
    );
    expect(onAllResolved).not.toHaveBeenCalled();
    expect(onEvent).not.toHaveBeenCalled();
    expect(screen.queryByText(/^All done/)).toBeNull();
    expect(screen.getByText('Everything works. There is nothing to do.')).toBeVisible();
  });

  it('adds an intervention a later snapshot brings', () => {
    const [first] = planFor(tesla).items;
    const extra = 'f00d1e55-0000-4000-8000-000000000002';
    expect(hasEntry(catalogue, extra)).toBe(false);
    const capabilities = {
      ...tesla.capabilities,
      odometer: { isCapable: false, interventionIds: [extra] },
    };
    const { rerender } = render(
      <InterventionChecklist capabilities={tesla.capabilities} vendor={tesla.vendor} />,
    );
    expect(triggers()).toHaveLength(1);
    rerender(<InterventionChecklist capabilities={capabilities} vendor={tesla.vendor} />);
    expect(triggers()).toHaveLength(2);
    expect(triggers()[0]).toHaveAccessibleName(titleOf(first));
    expect(triggers()[1]).toHaveAccessibleName('Action needed in Tesla app');
  });
});

describe('InterventionChecklist: interventions without guidance', () => {
  it("names the vendor's app and shows the id for support", async () => {
    const user = userEvent.setup();
    const id = 'f00d1e55-0000-4000-8000-000000000001';
    expect(hasEntry(catalogue, id)).toBe(false);
    const portal = getVendor('SKODA')?.portal;
    expect(portal).toBe('MyŠkoda');
    render(
      <InterventionChecklist
        capabilities={{ location: { isCapable: false, interventionIds: [id] } }}
        vendor="SKODA"
        openCurrent={false}
      />,
    );
    const button = trigger('Action needed in MyŠkoda');
    const parts = ['ŠKODA', 'Step 1 of 1', `Unlocks: ${capabilityLabel('location')}`, 'To do'];
    expect(button).toHaveAccessibleDescription(summary(...parts));
    await user.click(button);
    // Fallback panels share a title: their summary is part of their name.
    const panel = screen.getByRole('group', {
      name: titleAndSummary('Action needed in MyŠkoda', ...parts),
    });
    expect(panel).toHaveTextContent('Open MyŠkoda and follow what it asks');
    expect(within(panel).getByText(id)).toBeVisible();
    expect(panel).toHaveTextContent(`Reference for support: ${id}`);
    expect(markDoneIn(panel, 'Action needed in MyŠkoda')).toBeVisible();
    // Without guidance there is no address of the maker's to offer: no link to a wrong page.
    expect(within(panel).queryByRole('link')).toBeNull();
  });

  it("falls back to the maker's app for a vendor it does not know", async () => {
    const user = userEvent.setup();
    const device = unknownIdsVehicle as RawDevice;
    const plan = planFor(device);
    const unknown = plan.items.filter((item) => !item.known);
    const known = plan.items.filter((item) => item.known);
    expect(unknown.length).toBeGreaterThan(1);
    render(<InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />);
    const fallbacks = screen.getAllByRole('button', { name: 'Action needed in the maker’s app' });
    expect(fallbacks).toHaveLength(unknown.length);
    for (const item of known) expect(trigger(titleOf(item))).toBeVisible();
    // Unknown ids come after the ones with guidance, each showing its own id.
    expect(triggers()).toHaveLength(plan.items.length);
    plan.items.forEach((item, index) => {
      expect(triggers()[index]).toHaveAccessibleName(
        item.known ? titleOf(item) : 'Action needed in the maker’s app',
      );
    });
    for (const [index, button] of fallbacks.entries()) {
      await user.click(button);
      expect(within(panelOf(button)).getByText(unknown[index]?.id ?? '')).toBeVisible();
    }
    // Open side by side, their panels still have names of their own: title and summary.
    const brand = getBrand(device.vendor)?.name ?? '';
    expect(brand).not.toBe('');
    const stepOf = (item: PlanItem) =>
      `Step ${plan.items.indexOf(item) + 1} of ${plan.items.length}`;
    for (const [index, item] of unknown.entries()) {
      const labels = listFormat.format(item.unlocks.map((name) => capabilityLabel(name)));
      expect(
        screen.getByRole('group', {
          name: titleAndSummary(
            'Action needed in the maker’s app',
            brand,
            stepOf(item),
            `Unlocks: ${labels}`,
            'To do',
          ),
        }),
      ).toBe(panelOf(fallbacks[index] as HTMLElement));
    }
    // A capability name the library has no label for still reads well.
    const battery = unknown.find((item) => item.unlocks.includes('batteryHealth'));
    expect(fallbacks[unknown.indexOf(battery as PlanItem)]).toHaveAccessibleDescription(
      summary(brand, stepOf(battery as PlanItem), 'Unlocks: Battery health', 'To do'),
    );
  });

  it("names the app the API's vendor health gives, for a vendor only the API knows", () => {
    const device = unknownIdsVehicle as RawDevice;
    const unknown = planFor(device).items.filter((item) => !item.known);
    const { value: vendors } = mergeVendorHealth({
      vehicle: [
        {
          vendor: device.vendor,
          displayName: 'Lynk & Co',
          status: 'READY',
          portalName: 'Lynk & Co app',
          linkingStatus: 'READY',
        },
      ],
    });
    const { container } = render(
      <InterventionChecklist
        capabilities={device.capabilities}
        vendor={device.vendor}
        vendors={vendors}
      />,
    );
    const fallbacks = screen.getAllByRole('button', { name: 'Action needed in Lynk & Co app' });
    expect(fallbacks).toHaveLength(unknown.length);
    // The items' brand marks are drawn from the API's name too, not from the bare code.
    const fromName = getBrand(device.vendor, vendors)?.monogram;
    expect(fromName).not.toBe(getBrand(device.vendor)?.monogram);
    const marks = [...container.querySelectorAll('[data-part="trigger"] [data-part="mark"]')];
    expect(marks.map((mark) => mark.textContent)).toContain(fromName);
  });
});

describe('InterventionChecklist: features that will never work', () => {
  it('lists them apart for a vehicle, with nothing to do', () => {
    const missing = Object.entries(vw.capabilities)
      .filter(([, c]) => !c.isCapable && c.interventionIds.length === 0)
      .map(([name]) => capabilityLabel(name));
    expect(missing.length).toBeGreaterThan(0);
    render(<InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />);
    const heading = screen.getByRole('heading', { name: 'Not available on this vehicle' });
    const section = heading.parentElement as HTMLElement;
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(missing);
    expect(within(section).queryByRole('button')).toBeNull();
    for (const label of missing) {
      for (const button of triggers()) expect(button).not.toHaveTextContent(label);
    }
  });

  it('says "device" for a charger and for a thermostat', () => {
    for (const device of [chargerEasee, hvacTado] as RawDevice[]) {
      const missing = Object.entries(device.capabilities)
        .filter(([, c]) => !c.isCapable)
        .map(([name]) => capabilityLabel(name));
      const { unmount } = render(
        <InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />,
      );
      const heading = screen.getByRole('heading', { name: 'Not available on this device' });
      expect(
        within(heading.parentElement as HTMLElement)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(missing);
      expect(screen.queryByRole('heading', { name: /vehicle/ })).toBeNull();
      expect(triggers()).toHaveLength(0);
      // Nothing to do, but it is not true that everything works.
      expect(screen.queryByText(/Everything works/)).toBeNull();
      unmount();
    }
  });

  it('never claims everything works for a vehicle that offers nothing', () => {
    const device = allMissingVehicle as RawDevice;
    render(<InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />);
    const heading = screen.getByRole('heading', { name: 'Not available on this vehicle' });
    expect(within(heading.parentElement as HTMLElement).getAllByRole('listitem')).toHaveLength(
      Object.keys(device.capabilities).length,
    );
    expect(screen.queryByText(/Everything works/)).toBeNull();
    expect(
      screen.getByText('There is nothing to do: every feature this device can have works.'),
    ).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('reads null entries from older API versions as features the vehicle does not have', () => {
    const device = nullEntriesVehicle as unknown as RawDevice;
    const nulls = Object.entries(nullEntriesVehicle.capabilities)
      .filter(([, c]) => c === null)
      .map(([name]) => capabilityLabel(name));
    expect(nulls.length).toBeGreaterThan(0);
    render(<InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />);
    expect(triggers()).toHaveLength(planFor(device).items.length);
    const heading = screen.getByRole('heading', { name: 'Not available on this vehicle' });
    expect(
      within(heading.parentElement as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(nulls);
  });

  it('shows the success outcome and no accordion for a device where everything works', () => {
    const device = fullyCapableVehicle as RawDevice;
    render(<InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />);
    expect(screen.getByText('Everything works. There is nothing to do.')).toBeVisible();
    expect(triggers()).toHaveLength(0);
    expect(screen.queryByRole('progressbar')).toBeNull();
    // No heading at all: nothing to finish ("Finish setting up" would be wrong), no items,
    // and no list of features it lacks.
    expect(screen.queryAllByRole('heading')).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['a number', 42],
    ['an array', []],
    ['undefined', undefined],
    ['a whole device instead of its capabilities', malformedDevice],
    ['malformed capabilities', malformedDevice.capabilities],
  ])('never throws nor renders blank for %s', (_, capabilities) => {
    const { container } = render(
      <InterventionChecklist capabilities={capabilities} vendor={malformedDevice.vendor} />,
    );
    expect(container.textContent?.trim()).not.toBe('');
  });

  it.each([null, 42, {}, ['TESLA'], '  '])('accepts any vendor (%j)', (vendor) => {
    const { container } = render(
      <InterventionChecklist capabilities={tesla.capabilities} vendor={vendor} />,
    );
    expect(container.textContent?.trim()).not.toBe('');
    expect(triggers()).toHaveLength(planFor(tesla).items.length);
  });
});

describe('InterventionChecklist: filter', () => {
  it('shows only the interventions behind the capabilities asked for', () => {
    const filter = ['location'];
    const wanted = new Set(vw.capabilities.location?.interventionIds);
    const plan = planFor(vw, { filter });
    render(
      <InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} filter={filter} />,
    );
    expect(triggers()).toHaveLength(wanted.size);
    expect(plan.items.map((item) => item.id).sort()).toEqual([...wanted].sort());
    for (const item of plan.items) {
      expect(trigger(titleOf(item))).toHaveAccessibleDescription(
        summaryWith(`Unlocks: ${capabilityLabel('location')}`, 'To do'),
      );
    }
    // Features outside the filter are not listed as missing either.
    expect(screen.queryByRole('heading', { name: /Not available/ })).toBeNull();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(wanted.size));
  });

  it('hides, and never resolves, what a new filter leaves out', () => {
    const onAllResolved = vi.fn();
    const props = { capabilities: vw.capabilities, vendor: vw.vendor, onAllResolved };
    const { rerender } = render(<InterventionChecklist {...props} />);
    const filter = ['location'];
    const filtered = planFor(vw, { filter }).items;
    rerender(<InterventionChecklist {...props} filter={filter} />);
    expect(triggers()).toHaveLength(filtered.length);
    for (const button of triggers()) {
      expect(button).not.toHaveAccessibleDescription(/Resolved$/);
    }
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      `0 of ${filtered.length} done`,
    );

    // A filter on a capability that works: nothing to do, and nothing was resolved.
    rerender(<InterventionChecklist {...props} filter={['information']} />);
    expect(triggers()).toHaveLength(0);
    expect(screen.getByText('Everything works. There is nothing to do.')).toBeVisible();
    expect(screen.queryByText(/^All done/)).toBeNull();
    expect(onAllResolved).not.toHaveBeenCalled();

    // Back to everything: every item again, still to do.
    rerender(<InterventionChecklist {...props} />);
    expect(triggers()).toHaveLength(planFor(vw).items.length);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  it('still shows an item resolved under the filter as resolved', () => {
    const filter = ['location'];
    const [first] = planFor(vw, { filter }).items;
    renderThenResolve([first?.id ?? ''], { vendor: vw.vendor, filter });
    expect(trigger(titleOf(first))).toHaveAccessibleDescription(/Resolved$/);
    expect(triggers()).toHaveLength(planFor(vw, { filter }).items.length);
  });
});
