import type { Catalogue } from '../catalogue/catalogue.js';
import type { VendorRegistry } from '../catalogue/vendors.js';
import type { Capability, Device } from '../model/capabilities.js';
import { readFleet } from '../model/parse.js';
import type { ParseProblem } from '../model/problems.js';
import { appendTo } from '../utils/append.js';
import { compareItems, type PlanItem, planItem } from './plan.js';

/** One device an intervention affects, with the capabilities it would unlock there. */
export interface FleetDeviceRef {
  device: Device;
  /** The names of the device's blocked capabilities that list the intervention. */
  unlocks: readonly string[];
}

/** One intervention across a fleet, with every device it affects. */
export interface FleetGroup extends PlanItem {
  /** The devices it affects, in the order given. */
  devices: readonly FleetDeviceRef[];
  /** How many blocked capabilities it helps unlock across all those devices. */
  blockedCapabilities: number;
}

/** A fleet's to-do list. */
export interface FleetPlan {
  /** Each intervention once, the most impactful first. */
  groups: readonly FleetGroup[];
  /** The devices as read from the input. */
  devices: readonly Device[];
  /** What could not be read from the input. */
  problems: readonly ParseProblem[];
}

/** Options for `planFleet`. */
export interface FleetOptions {
  /**
   * Only these capabilities count (`['smartCharging']`).
   * @default every capability each device reports
   */
  filter?: readonly string[];
  /**
   * Vendors as the API describes them (from `mergeVendorHealth`), over the bundled registry:
   * their portals name the app for interventions the catalogue lacks.
   * @default the bundled registry alone
   */
  vendors?: VendorRegistry;
}

/**
 * Interventions across many devices, each grouped with the devices it affects: those that
 * affect the most devices first, then those that unlock the most capabilities, then the order
 * of work. Raw API data is accepted (an array of devices, or `{ data: [...] }`).
 */
export function planFleet(
  devices: unknown,
  catalogue: Catalogue,
  options: FleetOptions = {},
): FleetPlan {
  const only = options.filter ? new Set(options.filter) : undefined;
  const refsById = new Map<string, FleetDeviceRef[]>();
  // Each device as soon as it is read, with its capabilities in the order of its record: a
  // fleet needs no labels, which planInterventions makes.
  const { value: parsed, problems } = readFleet(devices, (device, { names, capabilities }) => {
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      const capability = capabilities[index] as Capability;
      if (capability.isCapable || (only && !only.has(name))) continue;
      // The device's reference in each id's group collects the names of its capabilities that
      // list the id, in the device's order; a group meets the device first where the device
      // first lists the id, so groups are made in the order of first listing.
      for (const id of capability.interventionIds) {
        const refs = refsById.get(id);
        const last = refs?.[refs.length - 1];
        if (last?.device === device) (last.unlocks as string[]).push(name);
        else appendTo(refsById, id, { device, unlocks: [name] });
      }
    }
  });

  const groups: FleetGroup[] = [];
  for (const [id, refs] of refsById) {
    const allUnlocks = new Set<string>();
    let blockedCapabilities = 0;
    for (const ref of refs) {
      for (const name of ref.unlocks) allUnlocks.add(name);
      blockedCapabilities += ref.unlocks.length;
    }
    groups.push({
      ...planItem(id, [...allUnlocks], catalogue, refs[0]?.device.vendor, options.vendors),
      devices: refs,
      blockedCapabilities,
    });
  }
  groups.sort(
    (a, b) =>
      b.devices.length - a.devices.length ||
      b.blockedCapabilities - a.blockedCapabilities ||
      compareItems(a, b),
  );
  return { groups, devices: parsed, problems };
}
