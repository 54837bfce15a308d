// A fleet of devices as the API sends them, for the benchmarks: mostly vehicles blocked by a few
// of their brand's bundled interventions, with the other shapes a real fleet holds (working
// vehicles, chargers, thermostats, unknown ids, `null` entries, malformed payloads) from the
// test fixtures. Seeded, so every run plans the same fleet.
import { catalogue, entriesByVendor } from '../src/catalogue/index.js';
import {
  allMissingVehicle,
  chargerEasee,
  fullyCapableVehicle,
  hvacTado,
  malformedDevice,
  nullEntriesVehicle,
  seedVendors,
  unknownIdsVehicle,
  vehicleBlockedBy,
} from '../stories/data.js';

export interface BenchDevice {
  id: string;
  vendor: string;
  capabilities: unknown;
}

/** mulberry32: small, fast and good enough to pick fixtures. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Make = (random: () => number) => { vendor: string; capabilities: unknown };

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

/** A copy of `list` in random order (Fisher–Yates). */
function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Each kind of device, with its share of the fleet. */
const kinds: readonly { kind: string; share: number; make: Make }[] = [
  {
    kind: "vehicle blocked by 1–3 of its brand's bundled interventions",
    share: 0.6,
    make: (random) => {
      const vendor = pick(seedVendors, random);
      const ids = entriesByVendor(catalogue, vendor).map((entry) => entry.id);
      const count = Math.min(ids.length, 1 + Math.floor(random() * 3));
      const chosen = shuffled(ids, random).slice(0, count);
      return { vendor, capabilities: vehicleBlockedBy(chosen) };
    },
  },
  {
    kind: 'vehicle where everything works',
    share: 0.12,
    make: (random) => ({
      vendor: pick(seedVendors, random),
      capabilities: fullyCapableVehicle.capabilities,
    }),
  },
  { kind: 'charger', share: 0.1, make: () => chargerEasee },
  { kind: 'thermostat', share: 0.06, make: () => hvacTado },
  {
    kind: 'vehicle with intervention ids no catalogue knows',
    share: 0.05,
    make: () => unknownIdsVehicle,
  },
  { kind: 'vehicle with `null` entries (older API)', share: 0.04, make: () => nullEntriesVehicle },
  { kind: 'vehicle with no features at all', share: 0.02, make: () => allMissingVehicle },
  { kind: 'malformed payload', share: 0.01, make: () => malformedDevice },
];

/** `count` devices, each with its own copy of its payload, in a seeded random order. */
export function benchFleet(count: number, seed = 2024) {
  const random = seeded(seed);
  const exact = kinds.flatMap(({ kind, share, make }) =>
    Array.from({ length: Math.round(share * count) }, () => ({ kind, make })),
  );
  // Rounding can leave the list a little short or long: the first kind absorbs it.
  while (exact.length < count) exact.push(exact[0] as (typeof exact)[number]);
  exact.length = count;
  const plan = shuffled(exact, random);
  const composition: Record<string, number> = {};
  const devices: BenchDevice[] = plan.map(({ kind, make }, index) => {
    composition[kind] = (composition[kind] ?? 0) + 1;
    const { vendor, capabilities } = make(random);
    return { id: `device-${index}`, vendor, capabilities: structuredClone(capabilities) };
  });
  return { devices, composition };
}
