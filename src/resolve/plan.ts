import { type Catalogue, getEntry } from '../catalogue/catalogue.js';
import { getVendor, type VendorInfo, type VendorRegistry } from '../catalogue/vendors.js';
import type { Capability, CapabilityState } from '../model/capabilities.js';
import { deviceVendor } from '../model/device-input.js';
import type {
  CatalogueEntry,
  InterventionAccess,
  InterventionStage,
} from '../model/intervention.js';
import { type CapabilityList, readCapabilityList } from '../model/parse.js';
import { appendTo } from '../utils/append.js';
import { type CapabilityTexts, capabilityLabel } from './labels.js';

/** What `resolveCapabilities` says about one capability of one device. */
export interface ResolvedCapability {
  /** The capability name as the API sent it (`chargeState`). */
  name: string;
  /** The owner-facing label (`Charge state`); derived from the name when unknown. */
  label: string;
  status: CapabilityState;
  /** Every intervention id the API listed for it, known or not, in the API's order. */
  interventionIds: readonly string[];
  /** The listed interventions the catalogue knows. */
  interventions: readonly CatalogueEntry[];
  /** The listed ids the catalogue does not know: they still need doing. */
  unknownInterventionIds: readonly string[];
}

/**
 * Options shared by the plan functions, named as the components name the same props.
 */
export interface PlanOptions {
  /**
   * The device's vendor code: names the app or portal for interventions the catalogue lacks.
   * @default the `vendor` of a whole device passed as `capabilities`, else none
   */
  vendor?: unknown;
  /**
   * Only these capabilities, in this order (`['smartCharging']`).
   * @default every capability the device reports
   */
  filter?: readonly string[];
  /**
   * Capability labels in the owner's language, by name.
   * @default US English
   */
  capabilityLabels?: CapabilityTexts;
  /**
   * Vendors as the API describes them (from `mergeVendorHealth`), over the bundled registry:
   * their portals name the app for interventions the catalogue lacks.
   * @default the bundled registry alone
   */
  vendors?: VendorRegistry;
}

/** One thing to do in a device's plan. */
export interface PlanItem {
  /** The intervention id. */
  id: string;
  /** The catalogue's entry; absent when the catalogue does not know the id. */
  entry?: CatalogueEntry;
  /** `false` when the catalogue does not know the id: show a fallback that names the portal. */
  known: boolean;
  /** The device's vendor code, for a fallback item's brand. */
  vendor?: string;
  /** The app or portal to open: the entry's own, or the vendor's for an unknown id. */
  portal?: string;
  /** The names of this device's blocked capabilities that list this intervention. */
  unlocks: readonly string[];
  /** Where it sits in the order of work; absent when nothing says. */
  stage?: InterventionStage;
}

/** A device's to-do list, with the capability picture it was built from. */
export interface InterventionPlan {
  /** Each intervention once, in the order to do them. */
  items: readonly PlanItem[];
  /** Every capability considered, in the API's order (or the filter's). */
  capabilities: readonly ResolvedCapability[];
  blocked: readonly ResolvedCapability[];
  capable: readonly ResolvedCapability[];
  missing: readonly ResolvedCapability[];
}

function statusOf(capability: Capability): CapabilityState {
  if (capability.isCapable) return 'capable';
  return capability.interventionIds.length > 0 ? 'blocked' : 'missing';
}

/**
 * Every capability of a device with its status (capable, blocked or missing), its label and
 * the interventions behind it. Raw API data is accepted: it is parsed first and what cannot be
 * read is left out. A capable entry never lists interventions, whatever the API sent.
 */
export function resolveCapabilities(
  capabilities: unknown,
  catalogue: Catalogue,
  options: PlanOptions = {},
): ResolvedCapability[] {
  return resolveList(readCapabilityList(capabilities), catalogue, options);
}

function resolveList(
  list: CapabilityList,
  catalogue: Catalogue,
  options: PlanOptions,
): ResolvedCapability[] {
  const { names, capabilities } = list;
  const resolved: ResolvedCapability[] = [];
  const labels = options.capabilityLabels;
  if (!options.filter) {
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      resolved.push(resolveOne(name, capabilities[index] as Capability, catalogue, labels));
    }
    return resolved;
  }
  const byName = new Map<string, Capability>();
  for (let index = 0; index < names.length; index++) {
    byName.set(names[index] as string, capabilities[index] as Capability);
  }
  // A name the host repeats is one capability: listed once, and unlocked once per item.
  for (const name of new Set(options.filter)) {
    const capability = typeof name === 'string' ? byName.get(name) : undefined;
    if (capability) resolved.push(resolveOne(name, capability, catalogue, labels));
  }
  return resolved;
}

function resolveOne(
  name: string,
  capability: Capability,
  catalogue: Catalogue,
  labels: CapabilityTexts | undefined,
): ResolvedCapability {
  const status = statusOf(capability);
  const ids = status === 'blocked' ? capability.interventionIds : [];
  const interventions: CatalogueEntry[] = [];
  const unknownInterventionIds: string[] = [];
  for (const id of ids) {
    const entry = getEntry(catalogue, id);
    if (entry) interventions.push(entry);
    else unknownInterventionIds.push(id);
  }
  return {
    name,
    label: capabilityLabel(name, labels),
    status,
    interventionIds: ids,
    interventions,
    unknownInterventionIds,
  };
}

const stageRank: Record<InterventionStage, number> = {
  account: 0,
  subscription: 1,
  service: 2,
  device: 3,
  update: 4,
};

/** The stage an entry declares, or the one its domain implies. */
export function stageOf(entry: CatalogueEntry | undefined): InterventionStage | undefined {
  if (entry?.stage) return entry.stage;
  if (entry?.domain === 'Account') return 'account';
  if (entry?.domain === 'Device') return 'device';
  return undefined;
}

function accessRank(access: InterventionAccess | undefined): number {
  if (access === 'Remote') return 0;
  if (access === 'Physical') return 1;
  return 2;
}

/** Where an item sits by stage; items with no stage come after every stage. */
function stageRankOf(item: PlanItem): number {
  return item.stage ? stageRank[item.stage] : 5;
}

/**
 * The order of work: account steps before the services they enable (by stage), then remote
 * steps before physical ones, and ties in the order the device first listed them. Items with
 * no stage (unknown ids) come last, since nothing says what they depend on.
 */
export function compareItems(a: PlanItem, b: PlanItem): number {
  return (
    stageRankOf(a) - stageRankOf(b) ||
    accessRank(a.entry?.resolution.access) - accessRank(b.entry?.resolution.access)
  );
}

/** A plan item for one id, with the capabilities that list it. */
export function planItem(
  id: string,
  unlocks: readonly string[],
  catalogue: Catalogue,
  vendor: unknown,
  vendors?: VendorRegistry,
): PlanItem {
  return itemFor(id, unlocks, catalogue, () => getVendor(vendor, vendors));
}

/**
 * A plan item, given the device's vendor as a lookup made on demand: only items whose entry
 * names no portal need it, and a device's plan makes it once for all of them.
 */
function itemFor(
  id: string,
  unlocks: readonly string[],
  catalogue: Catalogue,
  deviceVendor: () => VendorInfo | undefined,
): PlanItem {
  const entry = getEntry(catalogue, id);
  // An entry with no vendor is the API's intervention not tied to any brand: no brand is
  // shown for it and no maker's app named, whatever the device's maker.
  const agnostic = entry !== undefined && entry.vendor === null;
  // The device's vendor only matters where the catalogue's entry does not name a portal.
  const device = entry?.portal === undefined && !agnostic ? deviceVendor() : undefined;
  const vendorCode = entry?.vendor ?? device?.code;
  const portal = entry?.portal ?? device?.portal;
  const stage = stageOf(entry);
  // Fields set one by one, in this order, rather than spread from objects made for the purpose.
  const item: PlanItem = { id, known: entry !== undefined, unlocks };
  if (entry) item.entry = entry;
  if (vendorCode) item.vendor = vendorCode;
  if (portal) item.portal = portal;
  if (stage) item.stage = stage;
  return item;
}

/**
 * A device's to-do list: each intervention once, with every capability it unlocks, in the
 * order to do them. Interventions the catalogue does not know are kept as fallback items.
 */
export function planInterventions(
  capabilities: unknown,
  catalogue: Catalogue,
  options: PlanOptions = {},
): InterventionPlan {
  const resolved = resolveList(readCapabilityList(capabilities), catalogue, options);
  const blocked: ResolvedCapability[] = [];
  const capable: ResolvedCapability[] = [];
  const missing: ResolvedCapability[] = [];
  // Capable and missing entries list no ids here, so only blocked ones contribute.
  const unlocks = new Map<string, string[]>();
  for (const capability of resolved) {
    if (capability.status === 'capable') capable.push(capability);
    else if (capability.status === 'missing') missing.push(capability);
    else {
      blocked.push(capability);
      for (const id of capability.interventionIds) appendTo(unlocks, id, capability.name);
    }
  }
  const items: PlanItem[] = [];
  if (unlocks.size > 0) {
    const vendor = options.vendor ?? deviceVendor(capabilities);
    let looked = false;
    let device: VendorInfo | undefined;
    const vendorInfo = () => {
      if (!looked) device = getVendor(vendor, options.vendors);
      looked = true;
      return device;
    };
    for (const [id, names] of unlocks) items.push(itemFor(id, names, catalogue, vendorInfo));
    // Array.prototype.sort is stable, so equal items keep the order the device listed them.
    items.sort(compareItems);
  }
  return { items, capabilities: resolved, blocked, capable, missing };
}
