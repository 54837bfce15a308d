// Every device type of the API (2024-10-01), from a payload written from its schema to what the
// owner sees: parsed without problems, resolved to the right states, and shown with the right
// counts, with the members that describe a device (an HVAC unit's modes and setpoint ranges)
// never counted or shown as features.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import {
  type CapabilityState,
  CapabilityStatus,
  enUS,
  InterventionChecklist,
  parseCapabilities,
  parseDevice,
  planFleet,
  resolveCapabilities,
} from '../../src/index.js';
import { deviceOfEachType, hvacDaikin, hvacMill } from '../fixtures/devices.js';
import {
  type DeviceType,
  deviceTypes,
  schemaErrors,
  specCapabilityNames,
  specFactNames,
} from './api-schema.js';

type RawEntry = { isCapable: boolean; interventionIds: readonly string[] };
type RawDevice = { id: string; vendor: string; capabilities: Record<string, unknown> };

/** Each fixture with its device type; the heater adds an HVAC unit whose facts are `null`. */
const fixtures: [DeviceType, string, RawDevice][] = [
  ...Object.entries(deviceOfEachType).map(
    ([type, device]) => [type as DeviceType, type, device] as [DeviceType, string, RawDevice],
  ),
  ['hvac', 'hvac (heater)', hvacMill],
];

/** The status a raw Capability stands for, by the API's rules. */
function statusOf(entry: RawEntry): CapabilityState {
  if (entry.isCapable) return 'capable';
  return entry.interventionIds.length > 0 ? 'blocked' : 'missing';
}

/** The Capability members of a fixture, as the schema names them, with their statuses. */
function expectedStates(type: DeviceType, device: RawDevice): [string, CapabilityState][] {
  return specCapabilityNames(type).map((name) => [
    name,
    statusOf(device.capabilities[name] as RawEntry),
  ]);
}

const labels: Record<string, string> = enUS.capabilityLabels;

describe('the device fixtures', () => {
  it('cover every device type of the API, and every status', () => {
    expect(Object.keys(deviceOfEachType).sort()).toEqual([...deviceTypes].sort());
    const statuses = fixtures.flatMap(([type, , device]) =>
      expectedStates(type, device).map(([, status]) => status),
    );
    expect(new Set(statuses)).toEqual(new Set(['capable', 'blocked', 'missing']));
  });

  it.each(fixtures)('%s conforms to the schema of its type', (type, _, device) => {
    expect(schemaErrors(type, device.capabilities)).toEqual([]);
  });

  it('are held to the schema by a check that finds what breaks it', () => {
    const { idle: _, ...withoutIdle } = deviceOfEachType.battery.capabilities;
    expect(schemaErrors('battery', withoutIdle)).toEqual(['capabilities.idle: required']);
    expect(
      schemaErrors('hvac', {
        ...hvacDaikin.capabilities,
        capableModes: ['HEAT', 'DRY'],
        coolSetpointRange: { min: 'x', max: 30 },
        extra: true,
      }),
    ).toEqual([
      'capabilities.capableModes[1]: DRY is not in the enum',
      'capabilities.coolSetpointRange.min: string is not number or null',
      'capabilities.extra: not allowed',
    ]);
  });
});

describe.each(fixtures)('a %s', (type, _, device) => {
  const states = expectedStates(type, device);
  const names = states.map(([name]) => name);
  const capable = states.filter(([, status]) => status === 'capable').length;

  it('parses with no problems, its facts apart from its capabilities', () => {
    const parsed = parseCapabilities(device);
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.value)).toEqual(names);
    expect(Object.keys(parsed.facts)).toEqual(specFactNames(type));
    expect(parseDevice(device).problems).toEqual([]);
  });

  it('resolves each capability, and nothing else, to its state', () => {
    const resolved = resolveCapabilities(device, catalogue);
    expect(resolved.map(({ name, status }) => [name, status])).toEqual(states);
    // Every name the API sends for this type has a label of its own, not one made from the key.
    for (const { name, label } of resolved) expect(label).toBe(labels[name]);
  });

  it('counts only its capabilities in the summary', () => {
    const { container } = render(<CapabilityStatus capabilities={device} variant="summary" />);
    const noun = names.length === 1 ? 'feature' : 'features';
    expect(container.querySelector('[data-part="available"]')).toHaveTextContent(
      `${capable} of ${names.length} ${noun} available`,
    );
  });

  it('lists only its capabilities, each with its state', () => {
    render(<CapabilityStatus capabilities={device} />);
    const items = within(screen.getByRole('list', { name: 'Features' })).getAllByRole('listitem');
    // Blocked first, then capable, then missing; the API's order within each.
    const order: CapabilityState[] = ['blocked', 'capable', 'missing'];
    const shown = states.toSorted(([, a], [, b]) => order.indexOf(a) - order.indexOf(b));
    expect(items.map((item) => [item.dataset.capability, item.dataset.status])).toEqual(shown);
    expect(items.map((item) => item.querySelector('[data-part="label"]')?.textContent)).toEqual(
      shown.map(([name]) => labels[name]),
    );
  });
});

describe('an HVAC unit', () => {
  it('says "2 of 2 features available" when both of its features work', () => {
    render(<CapabilityStatus capabilities={hvacDaikin} variant="summary" />);
    expect(screen.getByText('2 of 2 features available')).toBeInTheDocument();
  });

  it('shows no feature for its modes and ranges, even when they are null', () => {
    const { container } = render(<CapabilityStatus capabilities={hvacMill} />);
    for (const fact of specFactNames('hvac')) {
      expect(container.querySelector(`[data-capability="${fact}"]`)).toBeNull();
    }
    expect(screen.getAllByText('Not available')).toHaveLength(1);
  });

  it('lists only its missing features as not available in the checklist', () => {
    render(<InterventionChecklist capabilities={hvacMill} vendor={hvacMill.vendor} />);
    const heading = screen.getByRole('heading', { name: 'Not available on this device' });
    const missing = within(heading.parentElement as HTMLElement).getAllByRole('listitem');
    expect(missing.map((item) => item.textContent)).toEqual([labels.setFollowSchedule]);
  });
});

describe('a fleet of every device type', () => {
  it('reads with no problems, and keeps each device’s facts', () => {
    const fleet = planFleet([...fixtures.map(([, , device]) => device)], catalogue);
    expect(fleet.problems).toEqual([]);
    const facts = fleet.devices.map((device) => Object.keys(device.facts ?? {}));
    expect(facts).toEqual(fixtures.map(([type]) => specFactNames(type)));
    // Only blocked capabilities bring work: one group per distinct intervention.
    const blockedIds = fixtures.flatMap(([type, , device]) =>
      expectedStates(type, device)
        .filter(([, status]) => status === 'blocked')
        .flatMap(([name]) => (device.capabilities[name] as RawEntry).interventionIds),
    );
    expect(fleet.groups.map((group) => group.id).sort()).toEqual([...new Set(blockedIds)].sort());
  });
});
