import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { planFleet, planInterventions, resolveCapabilities } from '../../src/index.js';

const runs = { numRuns: 1000 };

const knownIds = catalogue.entries.map((entry) => entry.id);
const interventionId = fc.oneof(
  fc.constantFrom(...knownIds),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const capabilityName = fc.oneof(
  fc.constantFrom('information', 'chargeState', 'location', 'smartCharging', 'setMaxCurrent'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const capability = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 5,
    arbitrary: fc.record({
      isCapable: fc.boolean(),
      interventionIds: fc.uniqueArray(interventionId, { maxLength: 4 }),
    }),
  },
);
/** A device's capabilities as a valid API response would hold them. */
const capabilities = fc.dictionary(capabilityName, capability, { maxKeys: 10 });

describe('plan properties', () => {
  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (input, vendor) => {
        resolveCapabilities(input, catalogue);
        planInterventions(input, catalogue, { vendor });
        planFleet(input, catalogue);
        planFleet([input], catalogue);
      }),
      runs,
    );
  });

  it('keeps capable entries out, reaches every blocked capability, lists each id once', () => {
    fc.assert(
      fc.property(capabilities, fc.option(fc.string()), (caps, vendor) => {
        const plan = planInterventions(caps, catalogue, { vendor });
        const ids = plan.items.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);

        const blockedNames = new Set(plan.blocked.map((c) => c.name));
        for (const item of plan.items) {
          expect(item.unlocks.length).toBeGreaterThan(0);
          for (const name of item.unlocks) expect(blockedNames.has(name)).toBe(true);
        }
        for (const blocked of plan.blocked) {
          expect(plan.items.some((item) => item.unlocks.includes(blocked.name))).toBe(true);
        }
        for (const capable of plan.capable) {
          expect(capable.interventions).toEqual([]);
          expect(plan.items.some((item) => item.unlocks.includes(capable.name))).toBe(false);
        }
      }),
      runs,
    );
  });

  it('counts every blocked capability of a fleet in exactly one group per intervention', () => {
    fc.assert(
      fc.property(fc.array(capabilities, { maxLength: 6 }), (fleet) => {
        const devices = fleet.map((caps, index) => ({ id: `d${index}`, capabilities: caps }));
        const plan = planFleet(devices, catalogue);
        const ids = plan.groups.map((group) => group.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (let i = 1; i < plan.groups.length; i += 1) {
          expect(plan.groups[i - 1]?.devices.length).toBeGreaterThanOrEqual(
            plan.groups[i]?.devices.length ?? 0,
          );
        }
        for (const device of devices) {
          const single = planInterventions(device.capabilities, catalogue);
          for (const item of single.items) {
            const group = plan.groups.find((g) => g.id === item.id);
            const ref = group?.devices.find((r) => r.device.id === device.id);
            expect(ref?.unlocks).toEqual(item.unlocks);
          }
        }
      }),
      runs,
    );
  });
});
