import type { CatalogueEntry, Intervention } from '../model/intervention.js';
import { normaliseVendorCode } from './brands.js';
import { getVendor } from './vendors.js';

/** A set of interventions to look up by id and by vendor. Immutable: merging makes a new one. */
export interface Catalogue {
  /** Every entry, in the order given. */
  readonly entries: readonly CatalogueEntry[];
  /** The entry with this id, if the catalogue has it. */
  get(id: string): CatalogueEntry | undefined;
  /** Whether the catalogue has an entry with this id. */
  has(id: string): boolean;
  /** Every entry for a vendor code, case and surrounding spaces ignored. */
  byVendor(vendor: string): readonly CatalogueEntry[];
}

function isCatalogueEntry(entry: CatalogueEntry | LiveIntervention): entry is CatalogueEntry {
  return Array.isArray((entry as CatalogueEntry).steps);
}

/**
 * An intervention the catalogue has no guidance for, as an entry: no steps, and the vendor's
 * app or portal so the owner still knows where to go.
 */
export function entryFromIntervention(intervention: LiveIntervention): CatalogueEntry {
  const portal = getVendor(intervention.vendor)?.portal;
  return {
    ...intervention,
    steps: [],
    preconditions: [],
    unlocks: [],
    ...(portal ? { portal } : {}),
  };
}

/**
 * A catalogue from entries, bundled or live. An entry without guidance (a bare API
 * intervention) is accepted as it is; a later entry with the same id replaces an earlier one.
 */
export function createCatalogue(entries: Iterable<CatalogueEntry | Intervention>): Catalogue {
  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    byId.set(entry.id, isCatalogueEntry(entry) ? entry : entryFromIntervention(entry));
  }
  const list = Object.freeze([...byId.values()]);
  const byVendor = new Map<string, CatalogueEntry[]>();
  for (const entry of list) {
    const key = normaliseVendorCode(entry.vendor) ?? '';
    byVendor.set(key, [...(byVendor.get(key) ?? []), entry]);
  }
  return {
    entries: list,
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    byVendor: (vendor) => byVendor.get(normaliseVendorCode(vendor) ?? '') ?? [],
  };
}

/** A live intervention, with its Markdown description already turned into safe content. */
export type LiveIntervention = Intervention & Pick<CatalogueEntry, 'content'>;

/** Keeps the live value unless it is empty, in which case the bundled one stays. */
function liveOr(live: string | undefined, bundled: string): string {
  return live?.trim() ? live : bundled;
}

/**
 * Live API data over a catalogue: the live text wins (title, description, access, agent,
 * domain and the rest of the API's fields), while the bundled structured guidance (steps,
 * preconditions, unlocks, portal, stage) stays where the live entry has none. Interventions
 * the catalogue does not know are added without steps.
 */
export function mergeInterventions(
  catalogue: Catalogue,
  live: readonly (LiveIntervention | CatalogueEntry)[],
): Catalogue {
  const merged = live.map((incoming): CatalogueEntry => {
    const bundled = catalogue.get(incoming.id);
    if (!bundled) return isCatalogueEntry(incoming) ? incoming : entryFromIntervention(incoming);
    // Only a live entry that carries guidance of its own can replace the bundled guidance.
    const guidance = isCatalogueEntry(incoming) ? incoming : undefined;
    const nonEmpty = <T>(live: readonly T[] | undefined, kept: readonly T[]) =>
      live && live.length > 0 ? live : kept;
    const { resolution } = incoming;
    return {
      ...bundled,
      ...(incoming.introducedAt ? { introducedAt: incoming.introducedAt } : {}),
      ...(incoming.content ? { content: incoming.content } : {}),
      ...(guidance?.portal ? { portal: guidance.portal } : {}),
      ...(guidance?.stage ? { stage: guidance.stage } : {}),
      vendor: liveOr(incoming.vendor, bundled.vendor),
      vendorType: liveOr(incoming.vendorType, bundled.vendorType),
      brand: liveOr(incoming.brand, bundled.brand),
      domain: liveOr(incoming.domain, bundled.domain),
      resolution: {
        title: liveOr(resolution.title, bundled.resolution.title),
        description: liveOr(resolution.description, bundled.resolution.description),
        access: liveOr(resolution.access, bundled.resolution.access),
        agent: liveOr(resolution.agent, bundled.resolution.agent),
      },
      steps: nonEmpty(guidance?.steps, bundled.steps),
      preconditions: nonEmpty(guidance?.preconditions, bundled.preconditions),
      unlocks: nonEmpty(guidance?.unlocks, bundled.unlocks),
    };
  });
  return createCatalogue([...catalogue.entries, ...merged]);
}
