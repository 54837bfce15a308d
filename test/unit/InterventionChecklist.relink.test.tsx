import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { InterventionChecklist, type InterventionChecklistEvent } from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import {
  agnosticIntervention,
  specInterventionsResponse,
  teslaRelinkIntervention,
} from '../fixtures/interventions-spec.js';

const live = withLiveInterventions(catalogue, specInterventionsResponse).catalogue;
const tesla = {
  vendor: 'TESLA',
  capabilities: {
    chargeState: { isCapable: false, interventionIds: [teslaRelinkIntervention.id] },
    smartCharging: { isCapable: false, interventionIds: [agnosticIntervention.id] },
    information: { isCapable: true, interventionIds: [] },
  },
};
const title = teslaRelinkIntervention.resolution.title;

describe('an intervention resolved by connecting the device again (action "Link")', () => {
  it('shows a Reconnect button that calls onRelink with the item, and reports it', async () => {
    const user = userEvent.setup();
    const onRelink = vi.fn();
    const events: InterventionChecklistEvent[] = [];
    render(
      <InterventionChecklist
        capabilities={tesla}
        catalogue={live}
        defaultExpanded={[teslaRelinkIntervention.id]}
        onRelink={onRelink}
        onEvent={(event) => events.push(event)}
      />,
    );
    const panel = screen.getByRole('group', { name: title });
    // Named for its item, its visible word first.
    const reconnect = within(panel).getByRole('button', { name: `Reconnect: ${title}` });
    expect(reconnect).toHaveTextContent(/^Reconnect$/);
    // Reconnecting is done here: no maker's app or store to send the owner to instead.
    expect(panel.querySelector('[data-part="open-link"], [data-part="store-link"]')).toBeNull();
    await user.click(reconnect);
    expect(onRelink).toHaveBeenCalledTimes(1);
    expect(onRelink.mock.calls[0]?.[0]).toMatchObject({ id: teslaRelinkIntervention.id });
    expect(events).toContainEqual({ type: 'relink-requested', id: teslaRelinkIntervention.id });
  });

  it('explains that the device must be connected again when the host offers no way here', () => {
    render(
      <InterventionChecklist
        capabilities={tesla}
        catalogue={live}
        defaultExpanded={[teslaRelinkIntervention.id]}
      />,
    );
    const panel = screen.getByRole('group', { name: title });
    expect(within(panel).queryByRole('button', { name: /^Reconnect/ })).toBeNull();
    expect(panel).toHaveTextContent('This device must be connected again');
    // Once reconnected elsewhere, the owner can still mark it done.
    expect(within(panel).getByRole('button', { name: `Mark as done: ${title}` })).toBeVisible();
  });

  it('offers no Reconnect for an intervention resolved by following its steps', () => {
    render(
      <InterventionChecklist
        capabilities={tesla}
        catalogue={live}
        defaultExpanded={[agnosticIntervention.id]}
        onRelink={() => {}}
      />,
    );
    const panel = screen.getByRole('group', { name: agnosticIntervention.resolution.title });
    expect(within(panel).queryByRole('button', { name: /^Reconnect/ })).toBeNull();
    expect(
      within(panel).getByRole('button', {
        name: `Mark as done: ${agnosticIntervention.resolution.title}`,
      }),
    ).toBeVisible();
  });
});

describe('an intervention no brand is tied to', () => {
  it("shows without a brand mark and names no maker's app, on a Tesla", () => {
    const { container } = render(
      <InterventionChecklist
        capabilities={tesla}
        catalogue={live}
        defaultExpanded={[agnosticIntervention.id]}
      />,
    );
    const trigger = screen.getByRole('button', { name: agnosticIntervention.resolution.title });
    expect(trigger.querySelector('[data-scope="brand-badge"]')).toBeNull();
    const panel = screen.getByRole('group', { name: agnosticIntervention.resolution.title });
    expect(panel).not.toHaveTextContent('Tesla app');
    // The Tesla item beside it keeps its brand.
    const teslaTrigger = screen.getByRole('button', { name: title });
    expect(teslaTrigger.querySelector('[data-scope="brand-badge"]')).toHaveAttribute(
      'data-vendor',
      'TESLA',
    );
    expect(
      container.querySelectorAll('[data-scope="intervention-checklist"][data-part="item"]'),
    ).toHaveLength(2);
  });
});
