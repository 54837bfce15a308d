import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { checklistState, trackSeenItems } from '../../src/resolve/checklist.js';
import { planInterventions } from '../../src/resolve/plan.js';
import { sortCapabilities, summarizeCapabilities } from '../../src/resolve/summary.js';
import {
  allMissingVehicle,
  fullyCapableVehicle,
  teslaSample,
  volkswagenId4,
} from '../fixtures/devices.js';

const weConnect = 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9';
const chargingService = '3e861d64-9c00-4c97-9475-a1b4a9881e79';

/** The Volkswagen with some interventions done, as a later snapshot reports it. */
function volkswagenWithout(...resolved: string[]) {
  const capabilities = Object.fromEntries(
    Object.entries(volkswagenId4.capabilities).map(([name, capability]) => {
      const ids = capability.interventionIds.filter((id) => !resolved.includes(id));
      const isCapable =
        capability.isCapable || (capability.interventionIds.length > 0 && ids.length === 0);
      return [name, { isCapable, interventionIds: isCapable ? [] : ids }];
    }),
  );
  return { ...volkswagenId4, capabilities };
}

const plan = (device: unknown, filter?: string[]) =>
  planInterventions(device, catalogue, filter ? { filter } : {});

describe('snapshot tracking', () => {
  it('keeps every item any snapshot listed, in the order first seen', () => {
    const first = plan(volkswagenId4);
    const seen = trackSeenItems([], first);
    expect(seen.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    const later = plan(volkswagenWithout(weConnect));
    expect(trackSeenItems(seen, later)).toBe(seen);
  });

  it('resolves an item a later snapshot no longer lists, and moves to the next step', () => {
    const first = plan(volkswagenId4);
    const seen = trackSeenItems([], first);
    const before = checklistState(seen, first, []);
    expect(before.next?.id).toBe(weConnect);
    expect(before.entries[0]).toMatchObject({ status: 'pending', current: true });

    const after = checklistState(seen, plan(volkswagenWithout(weConnect)), []);
    const statuses = Object.fromEntries(after.entries.map((e) => [e.item.id, e.status]));
    expect(statuses[weConnect]).toBe('resolved');
    expect(after.finished).toBe(1);
    expect(after.total).toBe(before.total);
    expect(after.next?.id).not.toBe(weConnect);
    expect(after.outcome).toBe('in-progress');
  });

  it('counts items the owner marked done, which stay to do in the data', () => {
    const first = plan(volkswagenId4);
    const state = checklistState(trackSeenItems([], first), first, [weConnect]);
    expect(state.entries.find((e) => e.item.id === weConnect)?.status).toBe('done');
    expect(state.finished).toBe(1);
    expect(state.next?.id).not.toBe(weConnect);
  });

  it('hides, and does not resolve, an item that a narrower filter leaves out', () => {
    const everything = plan(volkswagenId4);
    const seen = trackSeenItems([], everything);
    const onlyLocation = plan(volkswagenId4, ['location']);
    const state = checklistState(seen, onlyLocation, [], ['location']);
    expect(state.entries.map((e) => e.status)).not.toContain('resolved');
    expect(state.entries.map((e) => e.item.id)).not.toContain(chargingService);
    expect(state.total).toBe(onlyLocation.items.length);
  });

  it('says everything is resolved once no snapshot lists anything', () => {
    const first = plan(teslaSample);
    const seen = trackSeenItems([], first);
    const state = checklistState(seen, plan(fullyCapableVehicle), []);
    expect(state).toMatchObject({
      outcome: 'all-resolved',
      finished: 1,
      total: 1,
      next: undefined,
    });
  });

  it('tells apart a device where everything works, nothing can be unlocked, or nothing is known', () => {
    const outcome = (device: unknown) => checklistState([], plan(device), []).outcome;
    expect(outcome(fullyCapableVehicle)).toBe('all-capable');
    expect(outcome(allMissingVehicle)).toBe('nothing-to-do');
    expect(outcome({})).toBe('empty');
    expect(outcome(null)).toBe('empty');
  });
});

describe('the capability summary and order', () => {
  it('counts available features and distinct actions', () => {
    expect(summarizeCapabilities(plan(volkswagenId4))).toEqual({
      status: 'blocked',
      available: 1,
      total: 8,
      actions: plan(volkswagenId4).items.length,
    });
    expect(summarizeCapabilities(plan(fullyCapableVehicle)).status).toBe('capable');
    expect(summarizeCapabilities(plan(allMissingVehicle))).toMatchObject({
      status: 'missing',
      available: 0,
      actions: 0,
    });
  });

  it('orders by status, keeps the API order within one, and puts left-out statuses last', () => {
    const { capabilities } = plan(volkswagenId4);
    const rank = { blocked: 0, capable: 1, missing: 2 };
    const byDefault = sortCapabilities(capabilities).map((c) => c.status);
    expect(byDefault).toEqual([...byDefault].sort((a, b) => rank[a] - rank[b]));
    expect(byDefault[0]).toBe('blocked');
    const missingFirst = sortCapabilities(capabilities, ['missing']);
    expect(missingFirst.slice(0, 2).map((c) => c.name)).toEqual(['odometer', 'setMaxCurrent']);
    const blocked = missingFirst.filter((c) => c.status === 'blocked').map((c) => c.name);
    expect(blocked).toEqual([
      'chargeState',
      'location',
      'startCharging',
      'stopCharging',
      'smartCharging',
    ]);
  });
});
