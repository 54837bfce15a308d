import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { catalogue } from '../src/catalogue/index.js';
import { CapabilityStatus } from '../src/index.js';
import {
  allMissingVehicle,
  fullyCapableVehicle,
  malformedDevice,
  nullEntriesVehicle,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../test/fixtures/devices.js';
import { seedVendors, vehicleBlockedBy, vehicleOfBrand } from './data.js';
import { anyCount, fill, messagesFor, plural } from './messages.js';

const meta = {
  title: 'Components/CapabilityStatus',
  component: CapabilityStatus,
  args: { capabilities: volkswagenId4 },
  argTypes: {
    capabilities: { control: 'object' },
    variant: { control: 'inline-radio', options: ['list', 'summary'] },
    capability: { control: 'text' },
    filter: { control: 'object' },
    statusOrder: { control: 'object' },
    vendor: { control: 'text' },
    locale: { control: 'text' },
    messages: { control: 'object' },
    // A catalogue is an object with methods: it cannot be edited as JSON.
    catalogue: { control: false },
    capabilityLabels: { control: false },
  },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: '36rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CapabilityStatus>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The entries of the rendered list, in the order shown. */
function entries(canvasElement: HTMLElement) {
  return [...canvasElement.querySelectorAll<HTMLElement>('[data-part="item"]')];
}

/** A Volkswagen ID.4 without We Connect: five features blocked, two the car does not offer. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.status;
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: t.listLabel });
    await expect(list).toBeVisible();
    const items = entries(canvasElement);
    await expect(items).toHaveLength(Object.keys(volkswagenId4.capabilities).length);
    // Blocked first, then capable, then missing.
    await expect(items.map((item) => item.dataset.status)).toEqual([
      ...Array(5).fill('blocked'),
      'capable',
      'missing',
      'missing',
    ]);
    const chargeState = within(items[0] as HTMLElement);
    await expect(chargeState.getByText(messages.capabilityLabels.chargeState)).toBeVisible();
    // A blocked feature's status is how many actions unlock it, said once.
    await expect(chargeState.getByText(plural(messages, t.actionsNeeded, 2))).toBeVisible();
    await expect(canvas.getAllByText(t.missingExplanation)).toHaveLength(2);
  },
};

/** Every feature works: nothing to do. */
export const AllCapable: Story = {
  args: { capabilities: fullyCapableVehicle },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.status;
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(t.status.capable)).toHaveLength(8);
    await expect(canvas.queryByText(plural(messages, t.actionsNeeded, 1))).toBeNull();
  },
};

/** The Tesla sample from the API documentation: one intervention blocks six features. */
export const SomeBlocked: Story = {
  args: { capabilities: teslaSample },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.status;
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(plural(messages, t.actionsNeeded, 1))).toHaveLength(6);
    await expect(canvas.getAllByText(t.status.capable)).toHaveLength(2);
  },
};

/** A car that offers none of the features: each says plainly that it cannot be had. */
export const AllMissing: Story = {
  args: { capabilities: allMissingVehicle },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).status;
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(t.status.missing)).toHaveLength(8);
    await expect(canvas.getAllByText(t.missingExplanation)).toHaveLength(8);
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/**
 * A vendor, a capability and intervention ids the library does not know: the capability gets
 * a label derived from its key, and with a catalogue, unknown actions still show as actions.
 */
export const UnknownIdsAndVendor: Story = {
  args: { capabilities: unknownIdsVehicle, catalogue },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).status;
    const canvas = within(canvasElement);
    // No locale has a label for this capability: it is derived from the key.
    await expect(canvas.getByText('Battery health')).toBeVisible();
    // The catalogue's own title, in the catalogue's language.
    await expect(canvas.getByText('Enable GPS Positioning in vehicle')).toBeVisible();
    await expect(canvas.getAllByText(t.unknownActionUnknownPortal)).toHaveLength(5);
  },
};

/** An older API version sent `null` for features the car does not have. */
export const NullEntries: Story = {
  args: { capabilities: nullEntriesVehicle },
  play: async ({ canvasElement }) => {
    const missing = entries(canvasElement).filter((item) => item.dataset.status === 'missing');
    await expect(missing.map((item) => item.dataset.capability)).toEqual([
      'setMaxCurrent',
      'smartCharging',
    ]);
  },
};

/** Wrong types everywhere: what can be read is shown, the rest reads as not available. */
export const MalformedInput: Story = {
  args: { capabilities: malformedDevice, catalogue },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(entries(canvasElement)).toHaveLength(8);
    await expect(canvas.getAllByText('Link vehicle to account')).toHaveLength(3);
  },
};

/** Input that is no capabilities at all never renders blank. */
export const UnreadableInput: Story = {
  args: { capabilities: 'not a device' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).status;
    await expect(within(canvasElement).getByText(t.empty)).toBeVisible();
  },
};

/** One line for a device card; "actions" counts distinct interventions. */
export const Summary: Story = {
  args: { variant: 'summary' },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.status;
    const canvas = within(canvasElement);
    const all = Object.values(volkswagenId4.capabilities);
    const capable = all.filter((entry) => entry.isCapable).length;
    const actions = new Set(all.flatMap((entry) => entry.interventionIds)).size;
    // The noun agrees with the total: "1 of 8 features available".
    const available = plural(messages, t.available, all.length, {
      count: capable,
      total: all.length,
    });
    await expect(canvas.getByText(available)).toBeVisible();
    await expect(canvas.getByText(plural(messages, t.actionsNeeded, actions))).toBeVisible();
  },
};

/** Nothing to do: the summary names no actions. */
export const SummaryAllCapable: Story = {
  args: { variant: 'summary', capabilities: fullyCapableVehicle },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const t = messages.status;
    const canvas = within(canvasElement);
    await expect(canvas.getByText(plural(messages, t.available, 8, { total: 8 }))).toBeVisible();
    await expect(canvas.queryByText(anyCount(t.actionsNeeded))).toBeNull();
  },
};

/** One capability, for example beside the control it enables. */
export const SingleCapability: Story = {
  args: { capability: 'smartCharging' },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('list')).toBeNull();
    await expect(canvas.getByText(messages.capabilityLabels.smartCharging)).toBeVisible();
    await expect(
      canvas.getByText(plural(messages, messages.status.actionsNeeded, 3)),
    ).toBeVisible();
  },
};

/** A single capability the device does not report: said, not left blank. */
export const SingleNotReported: Story = {
  args: { capability: 'batteryHealth' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).status;
    await expect(
      within(canvasElement).getByText(fill(t.notReported, { capabilities: 'Battery health' })),
    ).toBeVisible();
  },
};

/** Only the features a host's product uses, still ordered by status. */
export const Filtered: Story = {
  args: { filter: ['odometer', 'information', 'smartCharging'] },
  play: async ({ canvasElement }) => {
    const names = entries(canvasElement).map((item) => item.dataset.capability);
    await expect(names).toEqual(['smartCharging', 'information', 'odometer']);
  },
};

/** The statuses in another order: what works first. */
export const CapableFirst: Story = {
  args: { statusOrder: ['capable', 'blocked', 'missing'] },
  play: async ({ canvasElement }) => {
    await expect(entries(canvasElement)[0]).toHaveAttribute('data-status', 'capable');
  },
};

/** With the catalogue, each blocked feature names the actions that unlock it. */
export const WithCatalogue: Story = {
  args: { catalogue },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const smartCharging = canvasElement.querySelector<HTMLElement>(
      '[data-capability="smartCharging"]',
    );
    const actions = within(smartCharging as HTMLElement).getByRole('list', {
      name: plural(messages, messages.status.actionsNeeded, 3),
    });
    await expect(
      within(actions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Subscribe to We Connect Services',
      'Enable the "Departure times" online service',
      'Update vehicle to ID Software Update 3.0',
    ]);
  },
};

/** Each blocked feature leads to its checklist item. */
export const WithOnSelectCapability: Story = {
  args: { onSelectCapability: fn() },
  play: async ({ args, canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button')).toHaveLength(5);
    // Named by its own text, then the capability's label.
    const name = `${messages.status.showHowTo} ${messages.capabilityLabels.chargeState}`;
    await userEvent.click(canvas.getByRole('button', { name }));
    await expect(args.onSelectCapability).toHaveBeenCalledTimes(1);
    await expect(args.onSelectCapability).toHaveBeenCalledWith('chargeState');
  },
};

/** Every string can be replaced, one status word at a time if need be. */
export const CustomMessages: Story = {
  args: {
    capabilities: teslaSample,
    messages: {
      status: { capable: 'Working' },
      actionsNeeded: { one: 'One step to go', other: '{count} steps to go' },
      listLabel: 'What your car can do',
    },
  },
  play: async ({ canvasElement, globals }) => {
    const messages = messagesFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('list', { name: 'What your car can do' })).toBeVisible();
    await expect(canvas.getAllByText('Working')).toHaveLength(2);
    // The host's forms, chosen by the locale's plural rules: Japanese has no "one".
    const steps = { one: 'One step to go', other: '{count} steps to go' };
    await expect(canvas.getAllByText(plural(messages, steps, 1))).toHaveLength(6);
    // The words not overridden stay in the locale's language.
    await expect(canvas.getByText(messages.capabilityLabels.chargeState)).toBeVisible();
  },
};

/** Right to left: icons and indents mirror, through logical properties alone. */
export const RightToLeft: Story = {
  args: { catalogue, onSelectCapability: fn() },
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const item = entries(canvasElement)[0] as HTMLElement;
    const icon = item.querySelector('[data-part="icon"]')?.getBoundingClientRect();
    const label = item.querySelector('[data-part="label"]')?.getBoundingClientRect();
    await expect(icon?.left).toBeGreaterThan(label?.right ?? Number.POSITIVE_INFINITY);
  },
};

/** Edit the capabilities as JSON, and every other prop, to try any payload. */
/** One list per seed brand, each blocked by every bundled intervention of that brand. */
export const EachSeedBrand: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {seedVendors.map((vendor) => (
        <section key={vendor} aria-label={vendor}>
          <CapabilityStatus
            {...args}
            vendor={vendor}
            capabilities={vehicleOfBrand(vendor)}
            catalogue={catalogue}
          />
        </section>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('section')).toHaveLength(seedVendors.length);
  },
};

/** A vehicle blocked by all 24 bundled interventions, each named from the catalogue. */
export const All24Interventions: Story = {
  args: {
    capabilities: vehicleBlockedBy(catalogue.entries.map((entry) => entry.id)),
    catalogue,
  },
  play: async ({ canvasElement }) => {
    const titles = new Set(
      [...canvasElement.querySelectorAll('[data-part="actions"] li')].map((li) => li.textContent),
    );
    await expect(titles.size).toBe(catalogue.entries.length);
  },
};

export const Playground: Story = {
  args: {
    capabilities: {
      information: { isCapable: true, interventionIds: [] },
      chargeState: { isCapable: false, interventionIds: ['c8a9fe78-44fd-482a-bebc-ef6047e6c0fe'] },
      odometer: { isCapable: false, interventionIds: [] },
      batteryHealth: { isCapable: false, interventionIds: ['an-id-the-catalogue-lacks'] },
    },
    vendor: 'TESLA',
    catalogue,
    variant: 'list',
    onSelectCapability: fn(),
  },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).status;
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Enable Mobile Access in vehicle')).toBeVisible();
    await expect(canvas.getByText(fill(t.unknownAction, { portal: 'Tesla app' }))).toBeVisible();
  },
};
