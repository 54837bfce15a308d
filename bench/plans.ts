// The pure-logic benchmark, run by bench/run.mjs in its own Node process after Vite bundles it
// from src (mode `node` of bench/vite.config.ts). Prints one JSON object on stdout.
//
// The plan functions are timed beside their old code path (bench/legacy.ts) in the same rounds,
// so the ratio between them holds whatever else the machine is doing; the run stops if the two
// give different plans for any device of the fleet.
import { isDeepStrictEqual } from 'node:util';
import { catalogue } from '../src/catalogue/index.js';
import { withLiveInterventions } from '../src/live/index.js';
import { parseCapabilities, parseDevices } from '../src/model/parse.js';
import { planFleet, planInterventions } from '../src/resolve/index.js';
import {
  nestedListDescription,
  responseWith,
  unmatchedEmphasisDescription,
} from './descriptions.js';
import { benchFleet } from './fleet.js';
import * as legacy from './legacy.js';
import { sample } from './measure.js';

const [warmup = 5, runs = 30, count = 10_000] = process.argv.slice(2).map(Number);
const { devices, composition } = benchFleet(count);

// The same answers first, or the times below compare different work.
for (const device of devices) {
  const options = { vendor: device.vendor };
  const now = planInterventions(device.capabilities, catalogue, options);
  const before = legacy.planInterventions(device.capabilities, catalogue, options);
  if (!isDeepStrictEqual(now, before)) {
    throw new Error(`planInterventions differs from the old code path for ${device.id}`);
  }
  if (
    !isDeepStrictEqual(
      parseCapabilities(device.capabilities),
      legacy.parseCapabilities(device.capabilities),
    )
  ) {
    throw new Error(`parseCapabilities differs from the old code path for ${device.id}`);
  }
}
if (!isDeepStrictEqual(planFleet(devices, catalogue), legacy.planFleet(devices, catalogue))) {
  throw new Error('planFleet differs from the old code path');
}

// Results are summed into `checksum` and printed, so no engine can drop the work as unused.
let checksum = 0;
const samples = sample(
  {
    planInterventions: () => {
      const start = performance.now();
      for (const device of devices) {
        checksum += planInterventions(device.capabilities, catalogue, { vendor: device.vendor })
          .items.length;
      }
      return performance.now() - start;
    },
    legacyPlanInterventions: () => {
      const start = performance.now();
      for (const device of devices) {
        checksum += legacy.planInterventions(device.capabilities, catalogue, {
          vendor: device.vendor,
        }).items.length;
      }
      return performance.now() - start;
    },
    planFleet: () => {
      const start = performance.now();
      checksum += planFleet(devices, catalogue).groups.length;
      return performance.now() - start;
    },
    legacyPlanFleet: () => {
      const start = performance.now();
      checksum += legacy.planFleet(devices, catalogue).groups.length;
      return performance.now() - start;
    },
    // The parsing each of the two does first, to show how much of their time it takes.
    parseCapabilities: () => {
      const start = performance.now();
      for (const device of devices) {
        checksum += parseCapabilities(device.capabilities).problems.length;
      }
      return performance.now() - start;
    },
    parseDevices: () => {
      const start = performance.now();
      checksum += parseDevices(devices).value.length;
      return performance.now() - start;
    },
    legacyParseCapabilities: () => {
      const start = performance.now();
      for (const device of devices) {
        checksum += legacy.parseCapabilities(device.capabilities).problems.length;
      }
      return performance.now() - start;
    },
    legacyParseDevices: () => {
      const start = performance.now();
      checksum += legacy.parseDevices(devices).value.length;
      return performance.now() - start;
    },
  },
  { warmup, runs },
);

// Merging one live intervention whose description is long and deeply nested: what a host that
// merges per request pays for a hostile or broken response.
const descriptions = {
  nestedList1MB: responseWith(nestedListDescription(1_000_000)),
  nestedList40kB: responseWith(nestedListDescription(40_000)),
  unmatchedEmphasis1MB: responseWith(unmatchedEmphasisDescription(1_000_000)),
};
const mergeSamples = sample(
  Object.fromEntries(
    Object.entries(descriptions).map(([name, response]) => [
      name,
      () => {
        const start = performance.now();
        checksum += withLiveInterventions(catalogue, response).catalogue.entries.length;
        return performance.now() - start;
      },
    ]),
  ),
  { warmup, runs },
);

const perDevice = devices.reduce(
  (sum, device) =>
    sum + planInterventions(device.capabilities, catalogue, { vendor: device.vendor }).items.length,
  0,
);
const fleet = planFleet(devices, catalogue);
process.stdout.write(
  `${JSON.stringify({
    devices: devices.length,
    composition,
    items: perDevice,
    groups: fleet.groups.length,
    problems: fleet.problems.length,
    checksum,
    samples,
    mergeSamples,
  })}\n`,
);
