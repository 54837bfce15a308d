import type { CatalogueEntry, Intervention } from '../model/intervention.js';
import { normaliseVendorCode } from './brands.js';
import { getVendor } from './vendors.js';

/**
 * A set of interventions with their guidance: plain data, so that it crosses the
 * server/client boundary of React Server Components and survives `JSON.stringify` unchanged.
 * Look entries up with {@link getEntry}, {@link hasEntry} and {@link entriesByVendor}; merging
 * makes a new catalogue.
 */
export interface Catalogue {
  /**
   * The language of the guidance's words, as a BCP 47 tag (`de-DE`), when known. Components
   * warn in development when it differs from the language of the page.
   */
  readonly locale?: string;
  /** Every entry, each id once, in the order given. */
  readonly entries: readonly CatalogueEntry[];
}

/** Options of {@link createCatalogue}. */
export interface CreateCatalogueOptions {
  /** The language of the entries' words (`de-DE`). */
  locale?: string;
}

/** A catalogue's lookups, built once per catalogue object on its first lookup. */
interface CatalogueIndex {
  byId: Map<string, CatalogueEntry>;
  byVendor: Map<string, CatalogueEntry[]>;
}

// Keyed by the object, so a catalogue rebuilt by React's serialization gets an index of its
// own, and one dropped by the host is collected with it.
const indexes = new WeakMap<object, CatalogueIndex>();

function isEntry(value: unknown): value is CatalogueEntry {
  return (
    typeof value === 'object' && value !== null && typeof (value as CatalogueEntry).id === 'string'
  );
}

function indexOf(catalogue: Catalogue): CatalogueIndex {
  let index = indexes.get(catalogue);
  if (index) return index;
  index = { byId: new Map(), byVendor: new Map() };
  // A catalogue may be hand-written or come back from the network: anything that is not an
  // entry with an id is skipped rather than allowed to break every lookup.
  const entries: readonly unknown[] = Array.isArray(catalogue.entries) ? catalogue.entries : [];
  for (const entry of entries) if (isEntry(entry)) index.byId.set(entry.id, entry);
  for (const entry of index.byId.values()) {
    const key = normaliseVendorCode(entry.vendor) ?? '';
    const list = index.byVendor.get(key);
    if (list) list.push(entry);
    else index.byVendor.set(key, [entry]);
  }
  indexes.set(catalogue, index);
  return index;
}

/** The entry with this id, if the catalogue has it. */
export function getEntry(catalogue: Catalogue, id: string): CatalogueEntry | undefined {
  return indexOf(catalogue).byId.get(id);
}

/** Whether the catalogue has an entry with this id. */
export function hasEntry(catalogue: Catalogue, id: string): boolean {
  return indexOf(catalogue).byId.has(id);
}

/** Every entry for a vendor code, case and surrounding spaces ignored. */
export function entriesByVendor(catalogue: Catalogue, vendor: string): readonly CatalogueEntry[] {
  return indexOf(catalogue).byVendor.get(normaliseVendorCode(vendor) ?? '') ?? [];
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
 * intervention) is accepted as it is; a later entry with the same id replaces an earlier one,
 * in the earlier one's place.
 */
export function createCatalogue(
  entries: Iterable<CatalogueEntry | Intervention>,
  options: CreateCatalogueOptions = {},
): Catalogue {
  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) {
    byId.set(entry.id, isCatalogueEntry(entry) ? entry : entryFromIntervention(entry));
  }
  return Object.freeze({
    ...(options.locale ? { locale: options.locale } : {}),
    entries: Object.freeze([...byId.values()]),
  });
}

/** A live intervention, with its Markdown description already turned into safe content. */
export type LiveIntervention = Intervention & Pick<CatalogueEntry, 'content'>;

/** The guidance fields beyond steps that a host's own entry may bring. */
const guidanceFields = [
  'ownerMinutes',
  'wait',
  'estimatedMinutes',
  'performedBy',
  'successSign',
  'alternatives',
  'links',
  'sources',
  'checkedAt',
] as const satisfies readonly (keyof CatalogueEntry)[];

/** Those of the fields an entry sets, so that they replace the bundled ones one by one. */
function ownGuidance(entry: CatalogueEntry): Partial<CatalogueEntry> {
  const own: Partial<Record<(typeof guidanceFields)[number], unknown>> = {};
  for (const field of guidanceFields) if (entry[field] !== undefined) own[field] = entry[field];
  return own as Partial<CatalogueEntry>;
}

/** Keeps the live value unless it is empty, in which case the bundled one stays. */
function liveOr<T extends string | null>(live: string | null | undefined, bundled: T): string | T {
  return live?.trim() ? live : bundled;
}

/**
 * Live API data over a catalogue: the live text wins (title, description, access, agent,
 * domain and the rest of the API's fields), while the bundled structured guidance (steps,
 * preconditions, unlocks, portal, stage, times, success sign, alternatives, links and sources)
 * stays where the live entry has none. Interventions
 * the catalogue does not know are added without steps. The result keeps the catalogue's
 * `locale` unless `options.locale` names the language the live data was requested in.
 */
export function mergeInterventions(
  catalogue: Catalogue,
  live: readonly (LiveIntervention | CatalogueEntry)[],
  options: CreateCatalogueOptions = {},
): Catalogue {
  const merged = live.map((incoming): CatalogueEntry => {
    const bundled = getEntry(catalogue, incoming.id);
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
      ...(guidance ? ownGuidance(guidance) : {}),
      vendor: liveOr(incoming.vendor, bundled.vendor),
      vendorType: liveOr(incoming.vendorType, bundled.vendorType),
      brand: liveOr(incoming.brand, bundled.brand),
      domain: liveOr(incoming.domain, bundled.domain),
      resolution: {
        title: liveOr(resolution.title, bundled.resolution.title),
        description: liveOr(resolution.description, bundled.resolution.description),
        access: liveOr(resolution.access, bundled.resolution.access),
        agent: liveOr(resolution.agent, bundled.resolution.agent),
        ...(resolution.action !== undefined
          ? { action: resolution.action }
          : bundled.resolution.action !== undefined
            ? { action: bundled.resolution.action }
            : {}),
      },
      steps: nonEmpty(guidance?.steps, bundled.steps),
      preconditions: nonEmpty(guidance?.preconditions, bundled.preconditions),
      unlocks: nonEmpty(guidance?.unlocks, bundled.unlocks),
    };
  });
  const locale = options.locale ?? catalogue.locale;
  return createCatalogue([...catalogue.entries, ...merged], locale ? { locale } : {});
}
