import { catalogue, entriesByVendor, getEntry } from '../src/catalogue/index.js';
import { type Capability, vehicleCapabilityNames } from '../src/index.js';

export * from '../test/fixtures/devices.js';
export * from '../test/fixtures/interventions-api.js';

/**
 * A vehicle blocked by exactly the given bundled interventions: each capability lists the ones
 * that usually block it, and is capable when none does.
 */
export function vehicleBlockedBy(ids: readonly string[]): Record<string, Capability> {
  const entries = ids.flatMap((id) => getEntry(catalogue, id) ?? []);
  return Object.fromEntries(
    vehicleCapabilityNames.map((name) => {
      const blocking = entries.filter((entry) => entry.unlocks.includes(name)).map((e) => e.id);
      return [name, { isCapable: blocking.length === 0, interventionIds: blocking }];
    }),
  );
}

/** A vehicle of one brand, blocked by every bundled intervention of that brand. */
export function vehicleOfBrand(vendor: string): Record<string, Capability> {
  return vehicleBlockedBy(entriesByVendor(catalogue, vendor).map((entry) => entry.id));
}

/** Every vendor with bundled interventions. */
export const seedVendors = [...new Set(catalogue.entries.flatMap((entry) => entry.vendor ?? []))];
