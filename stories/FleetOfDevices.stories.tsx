import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalogue } from '../src/catalogue/index.js';
import { BrandBadge, CapabilityStatus, InterventionChecklist, planFleet } from '../src/index.js';
import { chargerEasee, hvacTado, teslaSample, unknownIdsVehicle, volkswagenId4 } from './data.js';
import { fill, messagesFor } from './messages.js';

const fleet = [
  { ...teslaSample, name: 'Family car' },
  { ...volkswagenId4, name: 'Company car' },
  { ...volkswagenId4, id: 'vw-2', name: 'Pool car' },
  { ...unknownIdsVehicle, name: 'Test drive' },
  { ...chargerEasee, name: 'Garage charger' },
  { ...hvacTado, name: 'Living room' },
];

/**
 * All three components across a fleet: the interventions that affect the most devices first
 * (from `planFleet`), then each device with its summary, its features and its checklist.
 */
function FleetOfDevices() {
  const plan = planFleet(fleet, catalogue);
  return (
    <div style={{ display: 'grid', gap: '2rem', maxInlineSize: '48rem' }}>
      <section aria-labelledby="fleet-actions">
        <h2 id="fleet-actions">Actions across the fleet</h2>
        <ol>
          {plan.groups.map((group) => (
            <li key={group.id}>
              <BrandBadge vendor={group.vendor} size="sm" showName={false} />{' '}
              {group.entry?.resolution.title ?? group.id}: {group.devices.length} of {fleet.length}{' '}
              devices
            </li>
          ))}
        </ol>
      </section>
      {fleet.map((device) => (
        <section key={device.id} aria-labelledby={`device-${device.id}`}>
          <h2 id={`device-${device.id}`}>
            <BrandBadge vendor={device.vendor} /> {device.name}
          </h2>
          <CapabilityStatus capabilities={device.capabilities} variant="summary" />
          <InterventionChecklist
            capabilities={device.capabilities}
            vendor={device.vendor}
            headingLevel={3}
          />
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Examples/Fleet of devices',
  component: FleetOfDevices,
} satisfies Meta<typeof FleetOfDevices>;

export default meta;

export const Default: StoryObj<typeof meta> = {
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals).checklist;
    const canvas = within(canvasElement);
    const groups = within(
      canvas.getByRole('region', { name: 'Actions across the fleet' }),
    ).getAllByRole('listitem');
    // The We Connect subscription blocks both Volkswagens, so it comes first.
    await expect(groups[0]).toHaveTextContent('Subscribe to We Connect Services: 2 of 6 devices');
    const car = canvas.getByRole('region', { name: /Company car/ });
    // The step to do first is open, its button named for it.
    const first = within(car).getByRole('button', { name: 'Subscribe to We Connect Services' });
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    const markDone = within(car).getByRole('button', {
      name: fill(t.controlFor, { control: t.markDone, title: 'Subscribe to We Connect Services' }),
    });
    await expect(markDone).toBeVisible();
    await userEvent.click(first);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    // Closing animates first.
    await waitFor(() => expect(markDone).not.toBeVisible());
  },
};
