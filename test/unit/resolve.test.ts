import { describe, expect, it } from 'vitest';
import { catalogue, getEntry } from '../../src/catalogue/index.js';
import {
  capabilityDescription,
  capabilityLabel,
  enUS,
  planFleet,
  planInterventions,
  resolveCapabilities,
} from '../../src/index.js';
import { labelFromKey } from '../../src/resolve/labels.js';
import {
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  hvacTado,
  nullEntriesVehicle,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../fixtures/devices.js';

const id = {
  teslaMobileAccess: 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe',
  vwProfile: '0defa374-8a1a-4eb1-a85f-b7cb09501097',
  vwCarNet: '644d2a0f-6774-489b-b57d-07cf00261467',
  vwPrimaryUser: 'd88a46e9-fc8b-4f71-ae50-b8610f4faead',
  vwWeConnect: 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9',
  vwUpdate: 'b9acf87e-d7c8-426b-80a7-c925b5b90d6f',
  vwParking: '9e9af174-03ad-4448-9092-b2988b10cdb0',
  vwCharging: '3e861d64-9c00-4c97-9475-a1b4a9881e79',
  vwDeparture: '4099b5db-b050-40df-a1bb-e3633bf14d1f',
  bmwGps: '392fef50-5468-47a0-aa51-0a1b23966585',
};

describe('capability labels', () => {
  it('has a label and a one-line description for every known capability', () => {
    const names = Object.keys(enUS.capabilityLabels);
    expect(Object.keys(enUS.capabilityDescriptions)).toEqual(names);
    for (const name of names) {
      expect(capabilityLabel(name).length).toBeGreaterThan(0);
      expect(capabilityLabel(name)).not.toBe(labelFromKey(name).toLowerCase());
      expect(capabilityDescription(name)).toMatch(/^[A-Z].*\.$/);
    }
    expect(capabilityLabel('chargeState')).toBe('Charge state');
  });

  it.each([
    ['setMaxCurrent', 'Set max current'],
    ['batteryHealth', 'Battery health'],
    ['battery_health', 'Battery health'],
    ['measuresCO2Output', 'Measures co2 output'],
    ['HTTPStatus', 'Http status'],
    ['x', 'X'],
    ['__', '__'],
  ])('derives a label from the unknown key %s', (key, label) => {
    expect(labelFromKey(key)).toBe(label);
  });

  it('labels unknown names from the key and gives them no description', () => {
    expect(capabilityLabel('batteryHealth')).toBe('Battery health');
    expect(capabilityDescription('batteryHealth')).toBeUndefined();
    expect(capabilityLabel('constructor')).toBe('Constructor');
  });

  it('uses the texts it is given', () => {
    expect(capabilityLabel('chargeState', { chargeState: 'Ladestatus' })).toBe('Ladestatus');
    expect(capabilityDescription('chargeState', { chargeState: 'Liest den Akku.' })).toBe(
      'Liest den Akku.',
    );
  });
});

describe('resolveCapabilities', () => {
  it('keeps the three states apart on the Tesla sample', () => {
    const resolved = resolveCapabilities(teslaSample, catalogue);
    const chargeState = resolved.find((c) => c.name === 'chargeState');
    expect(chargeState).toMatchObject({ status: 'blocked', label: 'Charge state' });
    expect(chargeState?.interventions.map((e) => e.id)).toEqual([id.teslaMobileAccess]);
    expect(resolved.find((c) => c.name === 'information')?.status).toBe('capable');
  });

  it('never lists interventions on a capable entry', () => {
    const [entry] = resolveCapabilities(
      { location: { isCapable: true, interventionIds: [id.bmwGps] } },
      catalogue,
    );
    expect(entry).toMatchObject({ status: 'capable', interventionIds: [], interventions: [] });
  });

  it('marks empty blocked entries and null entries as missing', () => {
    expect(
      resolveCapabilities(allMissingVehicle, catalogue).every((c) => c.status === 'missing'),
    ).toBe(true);
    const fromNull = resolveCapabilities(nullEntriesVehicle, catalogue);
    const nullNames = Object.entries(nullEntriesVehicle.capabilities)
      .filter(([, value]) => value === null)
      .map(([name]) => name);
    expect(nullNames.length).toBeGreaterThan(0);
    for (const name of nullNames) {
      expect(fromNull.find((c) => c.name === name)?.status).toBe('missing');
    }
  });

  it('keeps ids the catalogue does not know, and capability names it has no label for', () => {
    const resolved = resolveCapabilities(unknownIdsVehicle, catalogue);
    const unknown = resolved.flatMap((c) => c.unknownInterventionIds);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown).not.toContain(id.bmwGps);
    expect(resolved.find((c) => c.name === 'batteryHealth')?.label).toBe('Battery health');
  });

  it('limits and orders the result to the capabilities asked for', () => {
    const resolved = resolveCapabilities(volkswagenId4, catalogue, {
      filter: ['smartCharging', 'location', 'notThere'],
    });
    expect(resolved.map((c) => c.name)).toEqual(['smartCharging', 'location']);
  });

  it('reads malformed input without throwing', () => {
    expect(resolveCapabilities(null, catalogue)).toEqual([]);
    expect(resolveCapabilities('oops', catalogue)).toEqual([]);
    expect(resolveCapabilities([1, 2], catalogue)).toEqual([]);
  });
});

describe('planInterventions', () => {
  it('lists a shared intervention once, with every capability it unlocks', () => {
    const plan = planInterventions(volkswagenId4, catalogue, { vendor: 'VOLKSWAGEN' });
    const ids = plan.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const weConnect = plan.items.find((item) => item.id === id.vwWeConnect);
    const listing = plan.blocked
      .filter((c) => c.interventionIds.includes(id.vwWeConnect))
      .map((c) => c.name);
    expect(listing.length).toBeGreaterThan(1);
    expect(weConnect?.unlocks).toEqual(listing);
    expect(weConnect?.entry?.resolution.title).toBe('Subscribe to We Connect Services');
  });

  it('puts account steps before the services they enable, and updates last', () => {
    const capabilities = {
      chargeState: {
        isCapable: false,
        interventionIds: [id.vwCharging, id.vwUpdate, id.vwWeConnect],
      },
      location: {
        isCapable: false,
        interventionIds: [id.vwParking, id.vwCarNet, id.vwPrimaryUser],
      },
      smartCharging: { isCapable: false, interventionIds: [id.vwDeparture, id.vwProfile] },
    };
    const order = planInterventions(capabilities, catalogue).items.map((item) => item.id);
    expect(order).toHaveLength(8);
    const comesBefore = (a: string, b: string) =>
      expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    comesBefore(id.vwProfile, id.vwWeConnect);
    comesBefore(id.vwWeConnect, id.vwCharging);
    comesBefore(id.vwWeConnect, id.vwParking);
    comesBefore(id.vwPrimaryUser, id.vwCharging);
    comesBefore(id.vwCarNet, id.vwCharging);
    comesBefore(id.vwCharging, id.vwUpdate);
    comesBefore(id.vwDeparture, id.vwUpdate);
  });

  it('does remote steps before physical ones within a stage', () => {
    const [first, second] = planInterventions(
      {
        a: { isCapable: false, interventionIds: [id.vwPrimaryUser] },
        b: { isCapable: false, interventionIds: [id.vwProfile] },
      },
      catalogue,
    ).items;
    expect(getEntry(catalogue, id.vwPrimaryUser)?.resolution.access).toBe('Physical');
    expect(getEntry(catalogue, id.vwProfile)?.resolution.access).toBe('Remote');
    expect([first?.id, second?.id]).toEqual([id.vwProfile, id.vwPrimaryUser]);
  });

  it('keeps ties in the order the device listed them', () => {
    const ids = ['u-3', 'u-1', 'u-2'];
    const plan = planInterventions({ x: { isCapable: false, interventionIds: ids } }, catalogue);
    expect(plan.items.map((item) => item.id)).toEqual(ids);
  });

  it('turns unknown ids into fallback items that name the vendor portal', () => {
    const plan = planInterventions(
      { location: { isCapable: false, interventionIds: ['zzz'] } },
      catalogue,
      {
        vendor: 'SKODA',
      },
    );
    expect(plan.items).toEqual([
      { id: 'zzz', known: false, unlocks: ['location'], vendor: 'SKODA', portal: 'MyŠkoda' },
    ]);
  });

  it('reads a capability the filter repeats as one', () => {
    const plan = planInterventions(volkswagenId4, catalogue, {
      filter: ['smartCharging', 'location', 'smartCharging'],
    });
    expect(plan.capabilities.map((c) => c.name)).toEqual(['smartCharging', 'location']);
    for (const item of plan.items) expect(new Set(item.unlocks).size).toBe(item.unlocks.length);
  });

  it('limits the plan to the capabilities a host cares about', () => {
    const plan = planInterventions(volkswagenId4, catalogue, { filter: ['smartCharging'] });
    expect(plan.capabilities.map((c) => c.name)).toEqual(['smartCharging']);
    for (const item of plan.items) expect(item.unlocks).toEqual(['smartCharging']);
  });

  it('has nothing to do for a fully capable device', () => {
    const plan = planInterventions(fullyCapableVehicle, catalogue);
    expect(plan.items).toEqual([]);
    expect(plan.capable.length).toBe(plan.capabilities.length);
  });

  it('plans chargers and HVAC units too', () => {
    for (const device of [chargerEasee, hvacTado]) {
      const plan = planInterventions(device, catalogue, { vendor: device.vendor });
      expect(plan.capabilities.length).toBeGreaterThan(0);
      expect(plan.blocked.length + plan.capable.length + plan.missing.length).toBe(
        plan.capabilities.length,
      );
    }
  });
});

describe('planFleet', () => {
  const fleet = [
    teslaSample,
    volkswagenId4,
    { ...volkswagenId4, id: 'vw-2' },
    unknownIdsVehicle,
    fullyCapableVehicle,
  ];

  it('groups each intervention with the devices it affects, most devices first', () => {
    const plan = planFleet(fleet, catalogue);
    const [first] = plan.groups;
    expect(first?.devices.map((ref) => ref.device.id)).toEqual([volkswagenId4.id, 'vw-2']);
    for (let i = 1; i < plan.groups.length; i += 1) {
      expect(plan.groups[i - 1]?.devices.length).toBeGreaterThanOrEqual(
        plan.groups[i]?.devices.length ?? 0,
      );
    }
    const ids = plan.groups.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.devices).toHaveLength(fleet.length);
  });

  it('counts the blocked capabilities each intervention unlocks across the fleet', () => {
    const plan = planFleet(fleet, catalogue);
    const weConnect = plan.groups.find((group) => group.id === id.vwWeConnect);
    const perDevice = Object.values(volkswagenId4.capabilities).filter(
      (c) => c && !c.isCapable && (c.interventionIds as string[]).includes(id.vwWeConnect),
    ).length;
    expect(weConnect?.blockedCapabilities).toBe(perDevice * 2);
  });

  it('names the vendor portal on fallback groups', () => {
    const plan = planFleet([unknownIdsVehicle], catalogue);
    const fallback = plan.groups.find((group) => !group.known);
    expect(fallback?.vendor).toBe('LYNKCO');
    expect(fallback?.portal).toBeUndefined();
  });

  it('reads malformed fleets without throwing and says what was wrong', () => {
    expect(planFleet('nope', catalogue).groups).toEqual([]);
    expect(planFleet([null, 42], catalogue).problems.length).toBeGreaterThan(0);
  });
});
