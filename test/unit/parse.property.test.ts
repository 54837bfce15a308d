import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Capability,
  capabilityNamesByDeviceType,
  hvacFactNames,
} from '../../src/model/capabilities.js';
import {
  parseCapabilities,
  parseDevice,
  parseDevices,
  parseInterventions,
} from '../../src/model/parse.js';
import type { ParseProblem } from '../../src/model/problems.js';
import {
  capabilitiesArbitrary,
  deviceTypes,
  specCapabilityNames,
  specFactNames,
} from './api-schema.js';

const runs = { numRuns: 1000 };

/** Object.prototype as it was before any parsing, to prove nothing was added to it. */
const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

/** Any input a host might pass, JSON or not. */
const inputs = {
  json: fc.jsonValue(),
  anything: fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withBoxedValues: true,
  }),
};

/** Inputs shaped roughly like the real payloads, so the deeper rules get exercised too. */
const looseCapability = fc.oneof(
  fc.constant(null),
  fc.anything(),
  fc.record(
    {
      isCapable: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'yes'), fc.anything()),
      interventionIds: fc.oneof(
        fc.array(fc.oneof(fc.string(), fc.uuid(), fc.anything())),
        fc.anything(),
      ),
    },
    { requiredKeys: [] },
  ),
);
/** Values of roughly the shapes of the HVAC facts: mode lists and `{ min, max }` ranges. */
const looseFact = fc.oneof(
  fc.constant(null),
  fc.array(fc.oneof(fc.constantFrom('HEAT', 'COOL', ' AUTO ', ''), fc.anything())),
  fc.record({ min: fc.anything(), max: fc.anything() }, { requiredKeys: [] }),
  fc.anything(),
);
const looseCapabilities = fc.dictionary(
  fc.oneof(fc.string(), fc.constantFrom(...hvacFactNames)),
  fc.oneof(looseCapability, looseFact),
);
const looseDevice = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.integer(), fc.anything()),
    vendor: fc.oneof(fc.constantFrom('TESLA', 'XPENG', ''), fc.anything()),
    name: fc.anything(),
    type: fc.anything(),
    capabilities: fc.oneof(looseCapabilities, fc.anything()),
  },
  { requiredKeys: [] },
);
const looseIntervention = fc.record(
  {
    id: fc.oneof(fc.uuid(), fc.constantFrom('', ' '), fc.anything()),
    vendor: fc.anything(),
    domain: fc.oneof(fc.constantFrom('Account', 'Device'), fc.string()),
    introducedAt: fc.anything(),
    resolution: fc.oneof(
      fc.record(
        {
          title: fc.oneof(fc.string(), fc.anything()),
          description: fc.oneof(fc.string(), fc.anything()),
          access: fc.anything(),
          agent: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

function expectWellFormedProblems(problems: ParseProblem[]): void {
  expect(Array.isArray(problems)).toBe(true);
  for (const problem of problems) {
    expect(Object.keys(problem).sort()).toEqual(['message', 'path']);
    expect(typeof problem.path).toBe('string');
    expect(problem.path).not.toBe('');
    expect(typeof problem.message).toBe('string');
    expect(problem.message).not.toBe('');
  }
}

/** The facts the schema defines have its shapes; other facts are whatever was sent. */
function expectWellFormedFacts(facts: Record<string, unknown>): void {
  const { capableModes, ...rest } = facts;
  if (capableModes !== undefined && capableModes !== null) {
    expect(Array.isArray(capableModes)).toBe(true);
    for (const mode of capableModes as unknown[]) expect(typeof mode).toBe('string');
  }
  for (const name of hvacFactNames.filter((name) => name !== 'capableModes')) {
    const range = rest[name];
    if (range === undefined || range === null) continue;
    expect(Object.keys(range as object)).toEqual(['min', 'max']);
    for (const bound of Object.values(range as object)) {
      expect(bound === null || Number.isFinite(bound)).toBe(true);
    }
  }
}

function expectWellFormedCapabilities(capabilities: Record<string, unknown>): void {
  for (const entry of Object.values(capabilities)) {
    const { isCapable, interventionIds } = entry as Capability;
    expect(typeof isCapable).toBe('boolean');
    expect(Array.isArray(interventionIds)).toBe(true);
    expect(new Set(interventionIds).size).toBe(interventionIds.length);
    for (const id of interventionIds) {
      expect(typeof id).toBe('string');
      expect(id).not.toBe('');
      expect(id.trim()).toBe(id);
    }
  }
}

const checks = {
  parseCapabilities: (input: unknown) => {
    const { value, facts, problems } = parseCapabilities(input);
    expectWellFormedProblems(problems);
    expectWellFormedCapabilities(value);
    expectWellFormedFacts(facts);
    // A member is a capability or a fact, never both.
    expect(Object.keys(value).filter((name) => Object.hasOwn(facts, name))).toEqual([]);
  },
  parseInterventions: (input: unknown) => {
    const { value, problems } = parseInterventions(input);
    expectWellFormedProblems(problems);
    expect(new Set(value.map((intervention) => intervention.id)).size).toBe(value.length);
    for (const intervention of value) {
      expect(typeof intervention.id).toBe('string');
      expect(intervention.id.trim()).not.toBe('');
      // No brand is tied to an intervention whose vendor is null; a named one is never blank.
      for (const name of [intervention.vendor, intervention.vendorType, intervention.brand]) {
        if (name !== null) expect(name.trim()).not.toBe('');
      }
      const { action } = intervention.resolution;
      if (action !== undefined && action !== null) expect(action.trim()).not.toBe('');
      for (const text of [
        intervention.domain,
        intervention.resolution.title,
        intervention.resolution.description,
        intervention.resolution.access,
        intervention.resolution.agent,
      ]) {
        expect(typeof text).toBe('string');
      }
    }
  },
  parseDevices: (input: unknown) => {
    const { value, problems } = parseDevices(input);
    expectWellFormedProblems(problems);
    for (const device of value) {
      expect(typeof device.id).toBe('string');
      expect(device.id).not.toBe('');
      expectWellFormedCapabilities(device.capabilities);
      if (device.facts) expectWellFormedFacts(device.facts);
    }
  },
  parseDevice: (input: unknown) => {
    const { value, problems } = parseDevice(input);
    expectWellFormedProblems(problems);
    expect(typeof value.id).toBe('string');
    expectWellFormedCapabilities(value.capabilities);
    if (value.facts) expectWellFormedFacts(value.facts);
  },
};

describe('parsers on any input', () => {
  for (const [name, check] of Object.entries(checks)) {
    for (const [kind, arbitrary] of Object.entries(inputs)) {
      it(`${name} never throws and reads ${kind} input into well-formed data`, () => {
        fc.assert(fc.property(arbitrary, check), runs);
      });
    }
  }

  it('parseCapabilities reads loose capability maps and devices into well-formed data', () => {
    fc.assert(
      fc.property(fc.oneof(looseCapabilities, looseDevice), checks.parseCapabilities),
      runs,
    );
  });

  it('parseDevices reads loose fleets into well-formed data', () => {
    const fleet = fc.oneof(
      fc.array(looseDevice),
      fc.record({ data: fc.array(fc.oneof(looseDevice, fc.anything())) }),
    );
    fc.assert(fc.property(fleet, checks.parseDevices), runs);
  });

  it('parseInterventions reads loose responses into well-formed data', () => {
    const response = fc.oneof(
      fc.array(fc.oneof(looseIntervention, fc.anything())),
      looseIntervention,
      fc.record({ data: fc.array(looseIntervention) }),
    );
    fc.assert(fc.property(response, checks.parseInterventions), runs);
  });

  it('never adds properties to Object.prototype', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'isCapable');
    const hostile = fc.dictionary(fc.oneof(keys, fc.string()), looseCapability);
    fc.assert(
      fc.property(hostile, (input) => {
        parseCapabilities(JSON.parse(JSON.stringify(input) ?? 'null'));
        parseDevices([{ id: 'a', capabilities: input }]);
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      }),
      runs,
    );
  });
});

/** An intervention id as it appears in valid data: non-blank and already trimmed. */
const validId = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1 }).filter((id) => id.trim() === id && id !== ''),
);

/** A valid capability entry, as the current API sends it. */
const validCapability = fc.record({
  isCapable: fc.boolean(),
  interventionIds: fc.uniqueArray(validId, { maxLength: 5 }),
});

const factNames: readonly string[] = hvacFactNames;

/** Any capability name, including unknown ones and keys such as `__proto__`; no fact's name. */
const capabilityName = fc.oneof(
  fc.constantFrom(
    'information',
    'chargeState',
    'location',
    'smartCharging',
    'batteryHealth',
    '__proto__',
    'constructor',
    'capabilities',
    'id',
  ),
  fc.string().filter((name) => !factNames.includes(name)),
);

const knownCapabilityNames = new Set<string>(Object.values(capabilityNamesByDeviceType).flat());

/** Own entries, read the way the parser reads them: works for null-prototype objects too. */
const entriesOf = (map: object) => Object.entries(map);

describe('valid capability maps', () => {
  const validMap = fc.dictionary(capabilityName, validCapability);

  it('come back unchanged and without problems', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const { value, problems } = parseCapabilities(map);
        expect(problems).toEqual([]);
        expect(entriesOf(value)).toEqual(entriesOf(map));
      }),
      runs,
    );
  });

  it('come back unchanged inside a device', () => {
    fc.assert(
      fc.property(fc.uuid(), validMap, (id, capabilities) => {
        const { value, problems } = parseDevice({ id, vendor: 'TESLA', capabilities });
        expect(problems).toEqual([]);
        expect(value.id).toBe(id);
        expect(entriesOf(value.capabilities)).toEqual(entriesOf(capabilities));
        expect(entriesOf(parseCapabilities({ id, capabilities }).value)).toEqual(
          entriesOf(capabilities),
        );
      }),
      runs,
    );
  });

  it('read null entries of known capabilities as missing, and other nulls as facts', () => {
    // A map naming features both `id` and `capabilities` (null) reads as a device: left out.
    const withNulls = fc
      .dictionary(capabilityName, fc.option(validCapability, { nil: null }))
      .filter((map) => !(Object.hasOwn(map, 'id') && Object.hasOwn(map, 'capabilities')));
    fc.assert(
      fc.property(withNulls, (map) => {
        const { value, facts, problems } = parseCapabilities(map);
        expect(problems).toEqual([]);
        const isFact = ([name, entry]: [string, unknown]) =>
          entry === null && !knownCapabilityNames.has(name);
        const expected = entriesOf(map)
          .filter((member) => !isFact(member))
          .map(([name, entry]) => [name, entry ?? { isCapable: false, interventionIds: [] }]);
        expect(entriesOf(value)).toEqual(expected);
        expect(entriesOf(facts)).toEqual(entriesOf(map).filter(isFact));
      }),
      runs,
    );
  });
});

describe('capabilities as the API schema allows them', () => {
  it.each(deviceTypes)('come back for any %s, capabilities and facts apart', (type) => {
    const capabilityNames = specCapabilityNames(type);
    const factNamesOfType = specFactNames(type);
    fc.assert(
      fc.property(fc.uuid(), capabilitiesArbitrary(type), (id, capabilities) => {
        const pick = (names: readonly string[]) =>
          entriesOf(capabilities).filter(([name]) => names.includes(name));
        const { value, facts, problems } = parseCapabilities(capabilities);
        expect(problems).toEqual([]);
        expect(entriesOf(value)).toEqual(pick(capabilityNames));
        expect(entriesOf(facts)).toEqual(pick(factNamesOfType));
        const device = parseDevice({ id, vendor: 'DAIKIN', capabilities });
        expect(device.problems).toEqual([]);
        expect(entriesOf(device.value.capabilities)).toEqual(pick(capabilityNames));
        expect(entriesOf(device.value.facts ?? {})).toEqual(pick(factNamesOfType));
      }),
      { numRuns: 200 },
    );
  });
});
