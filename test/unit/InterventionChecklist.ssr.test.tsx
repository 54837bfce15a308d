import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, planInterventions } from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import { allMissingVehicle, fullyCapableVehicle, volkswagenId4 } from '../fixtures/devices.js';
import { interventionsApiResponse } from '../fixtures/interventions-api.js';
import { type Hydrated, renderOnServerThenHydrate } from '../helpers/server-render.js';

const live = withLiveInterventions(catalogue, interventionsApiResponse).catalogue;

let hydrated: Hydrated | undefined;

afterEach(() => {
  hydrated?.unmount();
  hydrated = undefined;
  vi.restoreAllMocks();
});

/** Renders on the "server", puts the HTML in the page and hydrates it, as a host's SSR does. */
async function serverRenderThenHydrate(props: ComponentProps<typeof InterventionChecklist>) {
  hydrated = await renderOnServerThenHydrate(<InterventionChecklist {...props} />);
  return hydrated;
}

describe('InterventionChecklist: server rendering and hydration', () => {
  it('hydrates without warnings or mismatch, and is interactive after', async () => {
    const user = userEvent.setup();
    const plan = planInterventions(volkswagenId4.capabilities, live, {
      vendor: volkswagenId4.vendor,
    });
    const [first, second] = plan.items;
    const onRecheck = vi.fn();
    const { html, messages } = await serverRenderThenHydrate({
      capabilities: volkswagenId4.capabilities,
      vendor: volkswagenId4.vendor,
      catalogue: live,
      defaultExpanded: [first?.id ?? ''],
      defaultCompleted: [second?.id ?? ''],
      onRecheck,
    });
    // The server sent the whole content, the open panel included…
    expect(html).toContain(first?.entry?.resolution.title);
    expect(html).toContain('Mark as done');
    expect(html).toContain(`1 of ${plan.items.length} done`);
    // …and no closed panel's: a panel's content comes with its first opening.
    const secondStep = second?.entry?.steps[0]?.text ?? '';
    expect(secondStep).not.toBe('');
    expect(screen.queryByText(secondStep)).toBeNull();

    expect(messages).toEqual([]);

    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const secondTrigger = screen.getByRole('button', { name: second?.entry?.resolution.title });
    expect(secondTrigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(secondTrigger);
    expect(secondTrigger).toHaveAttribute('aria-expanded', 'true');
    const secondPanel = screen.getByRole('group', { name: second?.entry?.resolution.title ?? '' });
    expect(secondPanel).toBeVisible();
    expect(within(secondPanel).getByText(secondStep)).toBeVisible();
    // Still linked up: description ids and the controlled panel match what the client made.
    expect(secondTrigger).toHaveAccessibleDescription(/Marked as done$/);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onRecheck).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Checked\. Nothing has changed yet/)).toBeInTheDocument();
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['all capable', fullyCapableVehicle.capabilities, fullyCapableVehicle.vendor],
    ['all missing', allMissingVehicle.capabilities, allMissingVehicle.vendor],
    ['bad input', 42, null],
  ])('hydrates the %s state cleanly too', async (_, capabilities, vendor) => {
    const { html, hydratedMarkup, container, messages } = await serverRenderThenHydrate({
      capabilities,
      vendor,
    });
    expect(messages).toEqual([]);
    // Hydration kept the server's markup as it was.
    expect(hydratedMarkup).toBe(html);
    expect(container.textContent?.trim()).not.toBe('');
  });
});
