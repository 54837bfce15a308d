import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from 'vitest-axe';
import { catalogue } from '../../src/catalogue/index.js';
import {
  InterventionChecklist,
  type InterventionChecklistEvent,
  type InterventionChecklistProps,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import {
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  unknownIdsVehicle,
} from '../fixtures/devices.js';
import {
  cupraInterventionId,
  hostileInterventionId,
  interventionsApiResponse,
} from '../fixtures/interventions-api.js';
import {
  markDoneIn,
  panelOf,
  planFor,
  type RawCapabilities,
  type RawDevice,
  tesla,
  titleOf,
  trigger,
  triggers,
  vw,
  withoutInterventions,
} from './checklist-queries.js';

/** Every capability that a plan blocks, now capable: a snapshot that leaves nothing to do. */
function allUnlocked(capabilities: RawCapabilities) {
  const listed = Object.values(capabilities).flatMap((capability) => capability.interventionIds);
  return withoutInterventions(capabilities, listed);
}

function deferred() {
  let resolve: () => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The bundled catalogue with the live interventions fixture merged in. */
const live = withLiveInterventions(catalogue, interventionsApiResponse).catalogue;

/** The Tesla sample's checklist props, with the live catalogue. */
const teslaLive = { capabilities: tesla.capabilities, vendor: tesla.vendor, catalogue: live };

const recheckButton = () => screen.getByRole('button', { name: 'Check again' });

/** What the polite status says after a check that resolved nothing. */
const nothingChanged = /^Checked\. Nothing has changed yet/;

/** The Tesla sample's checklist, with this recheck handler. */
const renderWithRecheck = (onRecheck: InterventionChecklistProps['onRecheck']) =>
  render(
    <InterventionChecklist
      capabilities={tesla.capabilities}
      vendor={tesla.vendor}
      onRecheck={onRecheck}
    />,
  );

describe('InterventionChecklist: checking again', () => {
  it('shows a busy state while the check runs, and ignores clicks meanwhile', async () => {
    const user = userEvent.setup();
    const pending = deferred();
    const onRecheck = vi.fn(() => pending.promise);
    const { container } = renderWithRecheck(onRecheck);
    const root = container.firstElementChild;
    expect(root).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(recheckButton());
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(recheckButton()).toHaveAttribute('aria-disabled', 'true');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Checking the device…');
    // Still focusable while busy, so the keyboard user does not lose their place.
    expect(recheckButton()).toHaveFocus();

    await user.click(recheckButton());
    await user.dblClick(recheckButton());
    await user.keyboard('{Enter}');
    expect(onRecheck).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve());
    expect(screen.getByRole('status')).toHaveTextContent(nothingChanged);
    expect(root).not.toHaveAttribute('aria-busy');
    expect(recheckButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('alert')).toBeNull();

    // And it can run again.
    await user.click(recheckButton());
    expect(onRecheck).toHaveBeenCalledTimes(2);
  });

  it('shows an alert when the check fails, and clears it on the next try', async () => {
    const user = userEvent.setup();
    const first = deferred();
    const onRecheck = vi
      .fn<() => Promise<void>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce(undefined);
    const { container } = renderWithRecheck(onRecheck);
    await user.click(recheckButton());
    await act(async () => first.reject(new Error('Network down')));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The device could not be checked. Try again in a moment.');
    // Its own icon, so the failure does not rest on colour.
    expect(alert.querySelector('[data-part="icon"]')).toHaveAttribute('data-status', 'error');
    expect(container.firstElementChild).not.toHaveAttribute('aria-busy');
    // The button now offers to try again.
    const retry = screen.getByRole('button', { name: 'Try again' });
    expect(retry).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();

    await user.click(retry);
    expect(await screen.findByText(nothingChanged)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(recheckButton()).not.toHaveAttribute('aria-disabled');
  });

  it('says a failed check once, in the alert, not again in the polite status', async () => {
    const user = userEvent.setup();
    renderWithRecheck(() => Promise.reject(new Error('Network down')));
    await user.click(recheckButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('The device could not be checked');
    // A screen reader reads both live regions: the same words in each would be heard twice.
    expect(screen.getByRole('status')).not.toHaveTextContent('The device could not be checked');
  });

  it('works with a synchronous onRecheck, returning or throwing', async () => {
    const user = userEvent.setup();
    let fail = false;
    const onRecheck = vi.fn(() => {
      if (fail) throw new Error('sync failure');
    });
    renderWithRecheck(onRecheck);
    await user.click(recheckButton());
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(nothingChanged)).toBeInTheDocument();

    fail = true;
    await user.click(recheckButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The device could not be checked. Try again in a moment.',
    );
    expect(onRecheck).toHaveBeenCalledTimes(2);
  });

  it('has no recheck control without onRecheck', () => {
    const { container } = render(
      <InterventionChecklist capabilities={tesla.capabilities} vendor={tesla.vendor} />,
    );
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
    expect(container.querySelector('[data-part="recheck"]')).toBeNull();
    // The polite status is there from the start, silent: a live region must exist before it
    // speaks, for screen readers to hear it.
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('sits with the progress, and goes once nothing is left to check', () => {
    const props = { vendor: vw.vendor, onRecheck: () => {} };
    const { container, rerender } = render(
      <InterventionChecklist capabilities={vw.capabilities} {...props} />,
    );
    const header = container.querySelector('[data-part="header"]');
    expect(header).toContainElement(screen.getByRole('progressbar'));
    expect(header).toContainElement(recheckButton());
    rerender(<InterventionChecklist capabilities={allUnlocked(vw.capabilities)} {...props} />);
    expect(screen.getByText(/^All done\. Now working: /)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });
});

describe('InterventionChecklist: onEvent', () => {
  it('reports what the owner does, in order, typed', async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    const failure = new Error('offline');
    const onRecheck = vi
      .fn<() => Promise<void>>()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(failure);
    const events: InterventionChecklistEvent[] = [];
    const onEvent = (event: InterventionChecklistEvent) => events.push(event);
    const props = { vendor: vw.vendor, onRecheck, onEvent, openCurrent: false };
    const { rerender } = render(
      <InterventionChecklist capabilities={vw.capabilities} {...props} />,
    );
    expect(events).toEqual([]);

    await user.click(trigger(titleOf(first)));
    await user.click(trigger(titleOf(second)));
    await user.click(trigger(titleOf(first)));
    // One button: "Mark as done", then "Undo".
    const toggle = markDoneIn(panelOf(trigger(titleOf(second))), titleOf(second));
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName(`Undo: ${titleOf(second)}`);
    await user.click(toggle);
    await user.click(recheckButton());
    await screen.findByText(nothingChanged);
    await user.click(recheckButton());
    await screen.findByRole('alert');
    rerender(<InterventionChecklist capabilities={allUnlocked(vw.capabilities)} {...props} />);
    rerender(<InterventionChecklist capabilities={allUnlocked(vw.capabilities)} {...props} />);

    expect(events).toEqual([
      { type: 'item-opened', id: first?.id },
      { type: 'item-opened', id: second?.id },
      { type: 'item-closed', id: first?.id },
      { type: 'marked-done', id: second?.id, done: true },
      { type: 'marked-done', id: second?.id, done: false },
      { type: 'recheck-started' },
      { type: 'recheck-finished', ok: true },
      { type: 'recheck-started' },
      { type: 'recheck-finished', ok: false, error: failure },
      { type: 'all-resolved' },
    ]);
  });
});

describe('InterventionChecklist: keyboard (WAI-ARIA accordion pattern)', () => {
  it('reaches the first trigger with Tab and toggles with Enter and Space', async () => {
    const user = userEvent.setup();
    const [first] = planFor(vw).items;
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        openCurrent={false}
      />,
    );
    await user.tab();
    const button = trigger(titleOf(first));
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: titleOf(first) })).toBeVisible();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('moves between triggers with the arrow keys, wrapping, and Home and End', async () => {
    const user = userEvent.setup();
    const titles = planFor(vw).items.map(titleOf);
    expect(titles.length).toBeGreaterThan(2);
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        openCurrent={false}
      />,
    );
    await user.tab();
    expect(trigger(titles[0] as string)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(trigger(titles[1] as string)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(trigger(titles[2] as string)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(trigger(titles[1] as string)).toHaveFocus();
    await user.keyboard('{End}');
    expect(trigger(titles.at(-1) as string)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(trigger(titles[0] as string)).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(trigger(titles.at(-1) as string)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(trigger(titles[0] as string)).toHaveFocus();
    // Moving focus opens nothing.
    expect(triggers().every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  it("tabs from an open item's trigger into its panel before the next trigger", async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        defaultExpanded={[first?.id ?? '']}
      />,
    );
    await user.tab();
    expect(trigger(titleOf(first))).toHaveFocus();
    // What to press, in reading order: open the app, mark it done, or get the app first.
    const panel = panelOf(trigger(titleOf(first)));
    const inPanel = [
      within(panel).getByRole('link', { name: 'Open Volkswagen app (opens in a new tab)' }),
      markDoneIn(panel, titleOf(first)),
      within(panel).getByRole('link', { name: 'App Store (opens in a new tab)' }),
      within(panel).getByRole('link', { name: 'Google Play (opens in a new tab)' }),
    ];
    for (const control of inPanel) {
      await user.tab();
      expect(control).toHaveFocus();
    }
    await user.tab();
    expect(trigger(titleOf(second))).toHaveFocus();
    for (const control of [...inPanel].reverse()) {
      await user.tab({ shift: true });
      expect(control).toHaveFocus();
    }
    await user.tab({ shift: true });
    expect(trigger(titleOf(first))).toHaveFocus();
  });

  it('tabs from Check again to the step, through the links of live content, then Mark as done, then out', async () => {
    const user = userEvent.setup();
    const [item] = planFor(tesla, { catalogue: live }).items;
    const title = titleOf(item);
    render(<InterventionChecklist {...teslaLive} onRecheck={() => {}} />);
    // Checking again sits with the progress, above the steps.
    await user.tab();
    expect(recheckButton()).toHaveFocus();
    // The step to do is open already.
    await user.tab();
    expect(trigger(title)).toHaveFocus();
    expect(trigger(title)).toHaveAttribute('aria-expanded', 'true');
    const panel = panelOf(trigger(title));
    await user.tab();
    expect(within(panel).getByRole('link', { name: "owner's manual" })).toHaveFocus();
    await user.tab();
    expect(
      within(panel).getByRole('link', { name: 'Open Tesla app (opens in a new tab)' }),
    ).toHaveFocus();
    await user.tab();
    const toggle = markDoneIn(panel, title);
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    // Marked: the same button, focused still, now undoes it.
    expect(toggle).toHaveAccessibleName(`Undo: ${title}`);
    expect(toggle).toHaveFocus();
    // Said once, in the item's summary, not again in the panel.
    expect(trigger(title)).toHaveAccessibleDescription(/Marked as done$/);
    expect(within(panel).queryByText('Marked as done')).toBeNull();
    await user.tab();
    expect(
      within(panel).getByRole('link', { name: 'App Store (opens in a new tab)' }),
    ).toHaveFocus();
    await user.tab();
    expect(
      within(panel).getByRole('link', { name: 'Google Play (opens in a new tab)' }),
    ).toHaveFocus();
    await user.tab();
    expect(document.body).toHaveFocus();
  });
});

describe('InterventionChecklist: live data', () => {
  const response = (id: string) => {
    const found = interventionsApiResponse.find((intervention) => intervention.id === id);
    if (!found) throw new Error(`no ${id} in the response fixture`);
    return found;
  };

  it('shows an intervention only the live catalogue knows, by its live title', () => {
    const capabilities = {
      chargeState: { isCapable: false, interventionIds: [cupraInterventionId] },
    };
    const { unmount } = render(
      <InterventionChecklist capabilities={capabilities} vendor="CUPRA" />,
    );
    expect(trigger('Action needed in My CUPRA')).toBeVisible();
    unmount();

    const { title } = response(cupraInterventionId).resolution;
    render(<InterventionChecklist capabilities={capabilities} vendor="CUPRA" catalogue={live} />);
    // The only step, open as the one to do next.
    expect(trigger(title)).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: title });
    expect(within(panel).getByText('My CUPRA', { selector: 'strong' })).toBeVisible();
    expect(within(panel).queryByText(/Reference for support/)).toBeNull();
  });

  it('renders the Markdown description as structured content', async () => {
    const user = userEvent.setup();
    const [item] = planFor(tesla, { catalogue: live }).items;
    render(<InterventionChecklist {...teslaLive} openCurrent={false} />);
    await user.click(trigger(titleOf(item)));
    const panel = panelOf(trigger(titleOf(item)));
    expect(within(panel).getByText('Mobile Access', { selector: 'strong' })).toBeVisible();
    expect(within(panel).getByText('Allow Mobile Access', { selector: 'strong' })).toBeVisible();
    const lists = within(panel).getAllByRole('list');
    const described = lists.find((list) => list.textContent?.includes('wake up the touchscreen'));
    expect(described?.tagName).toBe('OL');
    expect(within(described as HTMLElement).getAllByRole('listitem')).toHaveLength(3);
    const link = within(panel).getByRole('link', { name: "owner's manual" });
    expect(link).toHaveAttribute('href', 'https://www.tesla.com/ownersmanual');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toContain('noopener');
    // The bundled steps stay beside the live description.
    expect(within(panel).getByRole('heading', { name: 'Steps' })).toBeVisible();
  });

  it('renders an unordered list and emphasis from another description', async () => {
    const user = userEvent.setup();
    const [first] = planFor(vw, { catalogue: live }).items;
    render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        catalogue={live}
        openCurrent={false}
      />,
    );
    await user.click(trigger(titleOf(first)));
    const panel = panelOf(trigger(titleOf(first)));
    const bullets = within(panel)
      .getAllByRole('list')
      .find((list) => list.textContent?.includes('take out the We Connect contract'));
    expect(bullets?.tagName).toBe('UL');
    expect(within(panel).getByText('active', { selector: 'em' })).toBeVisible();
  });

  describe('with a hostile description', () => {
    const sentinel = '__interventionChecklistPwned';
    afterEach(() => {
      delete (globalThis as Record<string, unknown>)[sentinel];
      vi.restoreAllMocks();
    });

    it('shows raw HTML as text and runs nothing', async () => {
      const user = userEvent.setup();
      const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
      const hostile = response(hostileInterventionId);
      const payload = `<img src=x onerror="globalThis.${sentinel}=1"><script>globalThis.${sentinel}=1</script>`;
      const withSentinel = withLiveInterventions(catalogue, [
        ...interventionsApiResponse.filter((intervention) => intervention.id !== hostile.id),
        {
          ...hostile,
          resolution: {
            ...hostile.resolution,
            description: `${hostile.resolution.description}\n\n${payload}`,
          },
        },
      ]).catalogue;
      const { container } = render(
        <InterventionChecklist
          capabilities={{ location: { isCapable: false, interventionIds: [hostile.id] } }}
          vendor={hostile.vendor}
          catalogue={withSentinel}
          openCurrent={false}
        />,
      );
      await user.click(trigger(hostile.resolution.title));
      const panel = screen.getByRole('group', { name: hostile.resolution.title });
      expect(panel).toHaveTextContent('<script>alert("description")</script>');
      expect(panel).toHaveTextContent('<img src="x" onerror="alert(document.cookie)">');
      expect(panel).toHaveTextContent(payload);
      expect(container.querySelector('script, img, iframe, [onerror]')).toBeNull();
      // The javascript: link is only its text; the one link is the maker's own web address.
      expect(within(panel).getByText(/click/)).toBeVisible();
      expect(within(panel).queryByRole('link', { name: /click/ })).toBeNull();
      expect(
        within(panel)
          .getAllByRole('link')
          .map((link) => [link.textContent, new URL(link.getAttribute('href') ?? '').protocol]),
      ).toEqual([['Open My Renault', 'https:']]);
      expect(container.querySelector('a[href^="javascript"]')).toBeNull();
      expect(alert).not.toHaveBeenCalled();
      expect((globalThis as Record<string, unknown>)[sentinel]).toBeUndefined();
    });
  });
});

describe('InterventionChecklist: axe', () => {
  it('has no violations before and after opening, marking done and a failed recheck', async () => {
    const user = userEvent.setup();
    const [first, second] = planFor(vw).items;
    const { container } = render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        onRecheck={() => Promise.reject(new Error('offline'))}
      />,
    );
    // The step to do next is open from the start.
    expect(await axe(container)).toHaveNoViolations();

    await user.click(trigger(titleOf(second)));
    expect(await axe(container)).toHaveNoViolations();

    await user.click(markDoneIn(panelOf(trigger(titleOf(first))), titleOf(first)));
    expect(screen.getByRole('button', { name: `Undo: ${titleOf(first)}` })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(recheckButton());
    await screen.findByRole('alert');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations with every item open, at another heading level', async () => {
    const plan = planFor(vw);
    const { container } = render(
      <InterventionChecklist
        capabilities={vw.capabilities}
        vendor={vw.vendor}
        headingLevel={2}
        defaultExpanded={plan.items.map((item) => item.id)}
      />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations with live content open', async () => {
    const plan = planFor(tesla, { catalogue: live });
    const { container } = render(
      <InterventionChecklist {...teslaLive} defaultExpanded={plan.items.map((item) => item.id)} />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations for fallback items, open', async () => {
    const device = unknownIdsVehicle as RawDevice;
    const plan = planFor(device);
    const { container } = render(
      <InterventionChecklist
        capabilities={device.capabilities}
        vendor={device.vendor}
        defaultExpanded={plan.items.map((item) => item.id)}
      />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each([
    ['all missing', allMissingVehicle],
    ['a charger', chargerEasee],
    ['all capable', fullyCapableVehicle],
  ])('has no violations for %s', async (_, device) => {
    const { container } = render(
      <InterventionChecklist capabilities={device.capabilities} vendor={device.vendor} />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no violations once a snapshot resolves everything', async () => {
    const { container, rerender } = render(
      <InterventionChecklist capabilities={vw.capabilities} vendor={vw.vendor} />,
    );
    rerender(
      <InterventionChecklist capabilities={allUnlocked(vw.capabilities)} vendor={vw.vendor} />,
    );
    expect(screen.getByText(/^All done\. Now working: /)).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});
