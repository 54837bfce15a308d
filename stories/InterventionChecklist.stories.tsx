import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { catalogue } from '../src/catalogue/index.js';
import { InterventionChecklist } from '../src/index.js';
import { withLiveInterventions } from '../src/live/index.js';
import {
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  interventionsApiResponse,
  malformedDevice,
  seedVendors,
  teslaSample,
  unknownIdsVehicle,
  vehicleBlockedBy,
  vehicleOfBrand,
  volkswagenId4,
} from './data.js';
import { attributeText, fill, messagesFor, plural } from './messages.js';

const meta = {
  title: 'Components/InterventionChecklist',
  component: InterventionChecklist,
  args: {
    capabilities: volkswagenId4.capabilities,
    vendor: 'VOLKSWAGEN',
    onExpandedChange: fn(),
    onCompletedChange: fn(),
    onEvent: fn(),
  },
  argTypes: {
    capabilities: { control: 'object' },
    catalogue: { control: false },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '44rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof InterventionChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A Volkswagen ID.4 with several features blocked, some by the same intervention. */
export const SomeBlocked: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const triggers = canvas.getAllByRole('button', { expanded: false });
    await expect(triggers.length).toBeGreaterThan(1);
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  },
};

/** The docs' Tesla sample: one intervention blocks almost everything. */
export const TeslaSample: Story = {
  args: { capabilities: teslaSample.capabilities, vendor: 'TESLA' },
};

/** Open an item with the keyboard, mark it done, and watch progress move on. */
export const KeyboardAndMarkDone: Story = {
  args: { capabilities: teslaSample.capabilities, vendor: 'TESLA' },
  play: async ({ canvasElement, args, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.checklist;
    const canvas = within(canvasElement);
    const progress = canvas.getByRole('progressbar');
    const total = Number(progress.getAttribute('aria-valuemax'));
    await userEvent.tab();
    // The bundled catalogue's title, in its own language. The step to do first starts open.
    const title = 'Enable Mobile Access in vehicle';
    const trigger = canvas.getByRole('button', { name: title });
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard(' ');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onEvent).toHaveBeenCalledWith({
      type: 'item-opened',
      id: 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe',
    });
    // Each control is named for its item; marking done turns the same button into Undo.
    const markDone = canvas.getByRole('button', {
      name: fill(t.controlFor, { control: t.markDone, title }),
    });
    await userEvent.click(markDone);
    await expect(markDone).toHaveAccessibleName(fill(t.controlFor, { control: t.undo, title }));
    await expect(markDone).toHaveFocus();
    // The item's summary says it is done, once.
    await expect(canvas.getAllByText(t.state.done)).toHaveLength(1);
    await expect(progress).toHaveAttribute('aria-valuenow', '1');
    await expect(attributeText(progress, 'aria-valuetext')).toBe(
      plural(messages, t.progress, total, { done: 1 }),
    );
  },
};

/** "Check again" runs the host's recheck: busy while it runs, then an error, then success. */
export const Recheck: Story = {
  render: function RecheckStory(args) {
    const [attempt, setAttempt] = useState(0);
    const recheck = () =>
      new Promise<void>((resolve, reject) => {
        setAttempt((n) => n + 1);
        // The first check fails, the next succeeds, as a flaky network would.
        setTimeout(() => (attempt === 0 ? reject(new Error('offline')) : resolve()), 300);
      });
    return <InterventionChecklist {...args} onRecheck={recheck} />;
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: t.recheck });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent(t.rechecking);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t.recheckFailed);
    await userEvent.click(button);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(t.announceNothingChanged),
    );
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The host passes new snapshots: items that disappear show as resolved, then all done. */
export const DerivedCompletion: Story = {
  render: function DerivedCompletionStory(args) {
    const snapshots = [teslaSample.capabilities, vehicleBlockedBy([])];
    const [index, setIndex] = useState(0);
    return (
      <InterventionChecklist
        {...args}
        capabilities={snapshots[index]}
        vendor="TESLA"
        onRecheck={() => setIndex((i) => Math.min(i + 1, snapshots.length - 1))}
      />
    );
  },
  args: { onAllResolved: fn() },
  play: async ({ canvasElement, args, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t.recheck }));
    // Success names what now works: the six features the one step unlocked.
    const messages = messagesFor(globals);
    const unlocked = [
      'chargeState',
      'location',
      'setMaxCurrent',
      'startCharging',
      'stopCharging',
      'smartCharging',
    ] as const;
    const works = new Intl.ListFormat(messages.locale, { type: 'conjunction' }).format(
      unlocked.map((name) => messages.capabilityLabels[name]),
    );
    await expect(
      await canvas.findByText(fill(t.allResolvedUnlocked, { capabilities: works })),
    ).toBeVisible();
    await expect(canvas.getByText(t.state.resolved)).toBeVisible();
    await expect(args.onAllResolved).toHaveBeenCalledTimes(1);
  },
};

export const AllCapable: Story = {
  args: { capabilities: fullyCapableVehicle.capabilities, vendor: 'KIA' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    await expect(canvas.getByText(t.allCapable)).toBeVisible();
    await expect(canvas.queryByRole('progressbar')).toBeNull();
  },
};

export const AllMissing: Story = {
  args: { capabilities: allMissingVehicle.capabilities, vendor: 'NISSAN' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    await expect(within(canvasElement).getByText(t.missingVehicle)).toBeVisible();
  },
};

/** Ids the catalogue does not know, from a vendor it does not know either. */
export const UnknownIds: Story = {
  args: { capabilities: unknownIdsVehicle.capabilities, vendor: 'LYNKCO' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(t.fallbackTitleUnknownPortal).length).toBeGreaterThan(0);
  },
};

/** A charger: "device", not "vehicle". */
export const Charger: Story = {
  args: { capabilities: chargerEasee.capabilities, vendor: 'EASEE' },
};

/** Malformed API data still gives a readable result. */
export const MalformedInput: Story = {
  args: { capabilities: malformedDevice, vendor: 'RENAULT' },
};

/** Only the interventions behind smart charging. */
export const FilteredToSmartCharging: Story = {
  args: { filter: ['smartCharging'] },
};

/** Every intervention of the bundled catalogue in one list. */
export const All24Interventions: Story = {
  args: {
    capabilities: vehicleBlockedBy(catalogue.entries.map((entry) => entry.id)),
    vendor: undefined,
    defaultExpanded: catalogue.entries.slice(0, 2).map((entry) => entry.id),
  },
  play: async ({ canvasElement }) => {
    const items = canvasElement.querySelectorAll('[data-part="item"]');
    await expect(items).toHaveLength(catalogue.entries.length);
  },
};

/** Live API data merged over the bundled guidance: live titles and Markdown content. */
export const WithLiveData: Story = {
  args: {
    capabilities: vehicleBlockedBy(interventionsApiResponse.map((entry) => entry.id)),
    catalogue: withLiveInterventions(catalogue, interventionsApiResponse).catalogue,
    defaultExpanded: interventionsApiResponse.map((entry) => entry.id),
  },
};

/** One list per seed brand, each with every bundled intervention of that brand. */
export const EachSeedBrand: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem' }}>
      {seedVendors.map((vendor) => (
        <section key={vendor} aria-label={vendor}>
          <InterventionChecklist {...args} vendor={vendor} capabilities={vehicleOfBrand(vendor)} />
        </section>
      ))}
    </div>
  ),
};

/** The owner marked the first step done: its note, and an Undo on the same button. */
export const MarkedDone: Story = {
  args: {
    capabilities: teslaSample.capabilities,
    vendor: 'TESLA',
    defaultCompleted: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'],
    defaultExpanded: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'],
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    const undo = canvas.getByRole('button', {
      name: fill(t.controlFor, { control: t.undo, title: 'Enable Mobile Access in vehicle' }),
    });
    await userEvent.click(undo);
    await expect(undo).toHaveAccessibleName(
      fill(t.controlFor, { control: t.markDone, title: 'Enable Mobile Access in vehicle' }),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(t.announceUndone, { title: 'Enable Mobile Access in vehicle', done: 0, count: 1 }),
    );
  },
};

/** The host's own links replace the catalogue's: here a fleet portal for every Volkswagen. */
export const HostLinks: Story = {
  args: {
    links: { VOLKSWAGEN: { portal: 'https://fleet.example.com/volkswagen' } },
  },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: /Volkswagen/ });
    await expect(link).toHaveAttribute('href', 'https://fleet.example.com/volkswagen');
    await expect(link).toHaveAttribute('target', '_blank');
  },
};

/**
 * Checking by itself: every 2 s while the page is visible, twice as long after each check that
 * changes nothing, at most 4 times. Here the third check finds everything resolved.
 */
export const AutoRecheck: Story = {
  render: function AutoRecheckStory(args) {
    const [checks, setChecks] = useState(0);
    return (
      <InterventionChecklist
        {...args}
        capabilities={checks >= 3 ? vehicleBlockedBy([]) : teslaSample.capabilities}
        vendor="TESLA"
        onRecheck={() => setChecks((n) => n + 1)}
        autoRecheck={{ interval: 2000, maxAttempts: 4 }}
      />
    );
  },
};

/** Edit the capabilities JSON in the controls panel. */
export const Playground: Story = {
  args: { capabilities: teslaSample.capabilities, vendor: 'TESLA', onRecheck: fn() },
};
