import { describe, expect, it } from 'vitest';
import {
  parseCapabilities,
  parseDevice,
  parseDevices,
  parseInterventions,
} from '../../src/model/parse.js';
import { describeValue, formatProblem } from '../../src/model/problems.js';
import {
  allDeviceFixtures,
  hvacDaikin,
  malformedDevice,
  nullEntriesVehicle,
  teslaSample,
  unknownIdsVehicle,
  volkswagenId4,
} from '../fixtures/devices.js';
import { cupraInterventionId, interventionsApiResponse } from '../fixtures/interventions-api.js';
import { allSpecFactNames } from './api-schema.js';

const tesla = 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe';
const missing = { isCapable: false, interventionIds: [] };
const capable = { isCapable: true, interventionIds: [] };

/** The problems as the lines a host would log, to compare paths and messages at once. */
const lines = (result: { problems: Parameters<typeof formatProblem>[0][] }) =>
  result.problems.map(formatProblem);

describe('describeValue and formatProblem', () => {
  it('describes each kind of value', () => {
    expect(describeValue(42)).toBe('got 42');
    expect(describeValue('text')).toBe('got "text"');
    expect(describeValue(null)).toBe('got null');
    expect(describeValue(undefined)).toBe('got nothing');
    expect(describeValue(true)).toBe('got true');
    expect(describeValue([1])).toBe('got an array');
    expect(describeValue({ a: 1 })).toBe('got an object');
    expect(describeValue(10n)).toBe('got 10n');
    expect(describeValue(Symbol('s'))).toBe('got a symbol');
    expect(describeValue(() => 1)).toBe('got a function');
    expect(describeValue(new Date(0))).toBe('got an object');
  });

  it('shortens long strings and escapes quotes and line breaks', () => {
    expect(describeValue('a'.repeat(100))).toBe(`got "${'a'.repeat(39)}…"`);
    expect(describeValue('say "hi"\n')).toBe('got "say \\"hi\\"\\n"');
  });

  it('formats a problem as path, colon, message', () => {
    const problem = {
      path: 'chargeState.interventionIds[1]',
      message: 'expected a string, got 42',
    };
    expect(formatProblem(problem)).toBe(
      'chargeState.interventionIds[1]: expected a string, got 42',
    );
  });
});

describe('parseCapabilities', () => {
  it('reads a capabilities map as given', () => {
    const input = {
      chargeState: { isCapable: false, interventionIds: [tesla] },
      information: { isCapable: true, interventionIds: [] },
    };
    expect(parseCapabilities(input)).toEqual({ value: input, facts: {}, problems: [] });
  });

  it('reads the capabilities of a whole device, with paths from the device', () => {
    expect(parseCapabilities(teslaSample).value).toEqual(teslaSample.capabilities);
    const result = parseCapabilities({ id: 'x', capabilities: { location: 3 } });
    expect(result.value).toEqual({ location: missing });
    expect(lines(result)).toEqual([
      'capabilities.location: expected a capability object or null, got 3',
    ]);
  });

  it('reads a device with no capabilities as none, without a problem', () => {
    expect(parseCapabilities({ id: 'inverter', capabilities: null })).toEqual({
      value: {},
      facts: {},
      problems: [],
    });
    expect(lines(parseCapabilities({ id: 'a', capabilities: 'none' }))).toEqual([
      'capabilities: expected an object of capabilities, got "none"',
    ]);
  });

  it('reads a map with a capability named `capabilities` as a map, not a device', () => {
    const input = { capabilities: { isCapable: true, interventionIds: [] }, odometer: null };
    expect(parseCapabilities(input)).toEqual({
      value: { capabilities: capable, odometer: missing },
      facts: {},
      problems: [],
    });
  });

  it('reads a null entry as missing without a problem (older API versions)', () => {
    expect(parseCapabilities({ smartCharging: null })).toEqual({
      value: { smartCharging: missing },
      facts: {},
      problems: [],
    });
  });

  it('reports an entry that is not an object and keeps it as missing', () => {
    const result = parseCapabilities({ odometer: 7, location: 'yes', chargeState: [] });
    expect(result.value).toEqual({ odometer: missing, location: missing, chargeState: missing });
    expect(lines(result)).toEqual([
      'odometer: expected a capability object or null, got 7',
      'location: expected a capability object or null, got "yes"',
      'chargeState: expected a capability object or null, got an array',
    ]);
  });

  it('keeps the good entries beside a bad one', () => {
    const result = parseCapabilities({ odometer: 7, information: capable });
    expect(result.value).toEqual({ odometer: missing, information: capable });
    expect(result.problems).toHaveLength(1);
  });

  it("reads 'true' and 'false' strings for isCapable with a problem", () => {
    const result = parseCapabilities({
      a: { isCapable: 'true', interventionIds: [] },
      b: { isCapable: ' False ', interventionIds: [] },
    });
    expect(result.value).toEqual({ a: capable, b: missing });
    expect(lines(result)).toEqual([
      'a.isCapable: expected a boolean, got "true"; read as true',
      'b.isCapable: expected a boolean, got " False "; read as false',
    ]);
  });

  it('reads any other isCapable as false with a problem', () => {
    const result = parseCapabilities({
      a: { isCapable: 'yes', interventionIds: [] },
      b: { isCapable: 1, interventionIds: [] },
      c: { interventionIds: [] },
    });
    expect(result.value).toEqual({ a: missing, b: missing, c: missing });
    expect(lines(result)).toEqual([
      'a.isCapable: expected a boolean, got "yes"; read as false',
      'b.isCapable: expected a boolean, got 1; read as false',
      'c.isCapable: expected a boolean, got nothing; read as false',
    ]);
  });

  it('reads missing interventionIds as none, reported only when not capable', () => {
    const result = parseCapabilities({
      works: { isCapable: true },
      worksNull: { isCapable: true, interventionIds: null },
      unclear: { isCapable: false },
      unclearNull: { isCapable: false, interventionIds: null },
    });
    expect(result.value).toEqual({
      works: capable,
      worksNull: capable,
      unclear: missing,
      unclearNull: missing,
    });
    expect(lines(result)).toEqual([
      'unclear.interventionIds: expected an array of intervention ids, got nothing; read as none',
      'unclearNull.interventionIds: expected an array of intervention ids, got null; read as none',
    ]);
  });

  it('reports interventionIds that are not an array, even on a capable entry', () => {
    const result = parseCapabilities({
      a: { isCapable: false, interventionIds: 'abc' },
      b: { isCapable: true, interventionIds: { 0: 'abc' } },
    });
    expect(result.value).toEqual({ a: missing, b: capable });
    expect(lines(result)).toEqual([
      'a.interventionIds: expected an array of intervention ids, got "abc"; read as none',
      'b.interventionIds: expected an array of intervention ids, got an object; read as none',
    ]);
  });

  it('drops ids that are not strings, naming their index', () => {
    const result = parseCapabilities({
      chargeState: { isCapable: false, interventionIds: [tesla, 42, null, { id: tesla }] },
    });
    expect(result.value).toEqual({ chargeState: { isCapable: false, interventionIds: [tesla] } });
    expect(lines(result)).toEqual([
      'chargeState.interventionIds[1]: expected a string, got 42',
      'chargeState.interventionIds[2]: expected a string, got null',
      'chargeState.interventionIds[3]: expected a string, got an object',
    ]);
  });

  it('drops blank ids, trims the others and merges repeats silently', () => {
    const result = parseCapabilities({
      chargeState: { isCapable: false, interventionIds: ['', ` ${tesla}\n`, tesla, '  ', 'b'] },
    });
    expect(result.value).toEqual({
      chargeState: { isCapable: false, interventionIds: [tesla, 'b'] },
    });
    expect(lines(result)).toEqual([
      'chargeState.interventionIds[0]: expected a non-empty string, got ""',
      'chargeState.interventionIds[3]: expected a non-empty string, got "  "',
    ]);
  });

  it('reports a hole in a sparse array like a missing id', () => {
    const ids: string[] = [];
    ids[1] = tesla;
    const result = parseCapabilities({ chargeState: { isCapable: false, interventionIds: ids } });
    expect(result.value.chargeState?.interventionIds).toEqual([tesla]);
    expect(lines(result)).toEqual([
      'chargeState.interventionIds[0]: expected a string, got nothing',
    ]);
  });

  it('keeps the ids listed on a capable entry as given', () => {
    const input = { location: { isCapable: true, interventionIds: [tesla] } };
    expect(parseCapabilities(input)).toEqual({ value: input, facts: {}, problems: [] });
  });

  it('keeps unknown capability names, and ignores unknown fields of an entry', () => {
    const result = parseCapabilities({
      batteryHealth: { isCapable: true, interventionIds: [], since: '2024-01-01' },
    });
    expect(result).toEqual({ value: { batteryHealth: capable }, facts: {}, problems: [] });
  });

  it('writes keys that are not identifiers in brackets', () => {
    const result = parseCapabilities({
      'charge state': { isCapable: 1, interventionIds: [] },
      '': { isCapable: 2, interventionIds: [] },
      'a fact': () => 3,
    });
    expect(lines(result)).toEqual([
      '["charge state"].isCapable: expected a boolean, got 1; read as false',
      '[""].isCapable: expected a boolean, got 2; read as false',
      '["a fact"]: expected a capability object or a JSON value, got a function; left out',
    ]);
  });

  it('reports input that is not an object at (root) and reads no capabilities', () => {
    for (const [input, got] of [
      [null, 'null'],
      [[], 'an array'],
      ['chargeState', '"chargeState"'],
      [42, '42'],
      [undefined, 'nothing'],
    ] as const) {
      expect(parseCapabilities(input)).toEqual({
        value: {},
        facts: {},
        problems: [{ path: '(root)', message: `expected an object of capabilities, got ${got}` }],
      });
    }
  });

  it('does not throw on values JSON cannot hold', () => {
    const date = new Date(0);
    const map = new Map();
    const input = {
      information: () => 1,
      chargeState: 10n,
      location: Symbol('x'),
      odometer: date,
      fn: () => 1,
      big: 10n,
      sym: Symbol('x'),
      date,
      map,
      [Symbol('hidden')]: capable,
    };
    const result = parseCapabilities(input);
    // Known capabilities are read as capabilities, whatever they hold.
    expect(result.value).toEqual({
      information: missing,
      chargeState: missing,
      location: missing,
      odometer: missing,
    });
    // Other members are facts: objects are kept as given, values JSON cannot hold left out.
    expect(result.facts).toEqual({ date, map });
    expect(lines(result)).toEqual([
      'information: expected a capability object or null, got a function',
      'chargeState: expected a capability object or null, got 10n',
      'location: expected a capability object or null, got a symbol',
      'odometer.isCapable: expected a boolean, got nothing; read as false',
      'odometer.interventionIds: expected an array of intervention ids, got nothing; read as none',
      'fn: expected a capability object or a JSON value, got a function; left out',
      'big: expected a capability object or a JSON value, got 10n; left out',
      'sym: expected a capability object or a JSON value, got a symbol; left out',
    ]);
  });

  it('keeps __proto__, constructor and prototype as own names without polluting', () => {
    const input = JSON.parse(
      '{"__proto__":{"isCapable":true,"interventionIds":["p"]},' +
        '"constructor":{"isCapable":false,"interventionIds":["c"]},' +
        '"prototype":{"isCapable":false,"interventionIds":[]},' +
        '"toString":{"isCapable":true,"interventionIds":[]},"hasOwnProperty":null,' +
        '"capableModes":["HEAT"]}',
    );
    const result = parseCapabilities(input);
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.value)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
    ]);
    expect(Object.keys(result.facts)).toEqual(['hasOwnProperty', 'capableModes']);
    expect(Object.getPrototypeOf(result.facts)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.facts, 'hasOwnProperty')?.value).toBeNull();
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toEqual({
      isCapable: true,
      interventionIds: ['p'],
    });
    expect(result.value.constructor).toEqual({ isCapable: false, interventionIds: ['c'] });
    expect(result.value.prototype).toEqual(missing);
    expect(({} as Record<string, unknown>).isCapable).toBeUndefined();
    expect(({} as Record<string, unknown>).interventionIds).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isCapable');
  });

  it('reads fields of an entry only from the entry itself, not its prototype', () => {
    const entry = Object.create({ isCapable: true, interventionIds: [tesla] });
    const result = parseCapabilities({ location: entry });
    expect(result.value).toEqual({ location: missing });
    expect(result.problems.map((problem) => problem.path)).toEqual([
      'location.isCapable',
      'location.interventionIds',
    ]);
  });
});

describe('device facts', () => {
  const hvac = (members: Record<string, unknown>) => ({
    setFollowSchedule: capable,
    setPermanentHold: missing,
    ...members,
  });

  it("reads an HVAC unit's modes and setpoint ranges as facts, not capabilities", () => {
    const { capableModes, coolSetpointRange, heatSetpointRange, setpointDifferenceRange } =
      hvacDaikin.capabilities;
    expect(parseCapabilities(hvacDaikin)).toEqual({
      value: { setFollowSchedule: capable, setPermanentHold: capable },
      facts: { capableModes, coolSetpointRange, heatSetpointRange, setpointDifferenceRange },
      problems: [],
    });
  });

  it('reads null facts as null, without a problem', () => {
    const result = parseCapabilities(
      hvac({
        capableModes: null,
        coolSetpointRange: null,
        heatSetpointRange: { min: null, max: null },
        setpointDifferenceRange: null,
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.facts).toEqual({
      capableModes: null,
      coolSetpointRange: null,
      heatSetpointRange: { min: null, max: null },
      setpointDifferenceRange: null,
    });
    expect(Object.keys(result.value)).toEqual(['setFollowSchedule', 'setPermanentHold']);
  });

  it('keeps modes it does not know, trimmed and each once, and drops what is no mode', () => {
    const result = parseCapabilities(
      hvac({ capableModes: ['HEAT', 'DRY', ' COOL ', 42, '', 'HEAT'] }),
    );
    expect(result.facts).toEqual({ capableModes: ['HEAT', 'DRY', 'COOL'] });
    expect(lines(result)).toEqual([
      'capableModes[3]: expected a string, got 42',
      'capableModes[4]: expected a non-empty string, got ""',
    ]);
  });

  it('reports facts of another shape by their path and leaves them out', () => {
    const result = parseCapabilities(
      hvac({
        capableModes: 42,
        coolSetpointRange: 'warm',
        heatSetpointRange: [10, 30],
        setpointDifferenceRange: { isCapable: true, interventionIds: [] },
      }),
    );
    expect(result.facts).toEqual({ setpointDifferenceRange: { min: null, max: null } });
    expect(Object.keys(result.value)).toEqual(['setFollowSchedule', 'setPermanentHold']);
    expect(lines(result)).toEqual([
      'capableModes: expected an array of HVAC modes or null, got 42; left out',
      'coolSetpointRange: expected a range { min, max } or null, got "warm"; left out',
      'heatSetpointRange: expected a range { min, max } or null, got an array; left out',
      'setpointDifferenceRange.min: expected a number or null, got nothing; read as null',
      'setpointDifferenceRange.max: expected a number or null, got nothing; read as null',
    ]);
  });

  it('reads bounds that are no number as null, with a problem', () => {
    const result = parseCapabilities(
      hvac({
        coolSetpointRange: { min: 'x', max: 30 },
        heatSetpointRange: { min: Number.NaN, max: Number.POSITIVE_INFINITY },
      }),
    );
    expect(result.facts).toEqual({
      coolSetpointRange: { min: null, max: 30 },
      heatSetpointRange: { min: null, max: null },
    });
    expect(lines(result)).toEqual([
      'coolSetpointRange.min: expected a number or null, got "x"; read as null',
      'heatSetpointRange.min: expected a number or null, got NaN; read as null',
      'heatSetpointRange.max: expected a number or null, got Infinity; read as null',
    ]);
  });

  it('keeps members of other shapes as facts, as a later API version may add them', () => {
    const later = {
      fanSpeeds: ['LOW', 'HIGH'],
      maxPower: 2000,
      firmware: '1.2.3',
      eco: true,
      humidityRange: { min: 30, max: 60 },
      zone: null,
    };
    const newFeature = { isCapable: false, interventionIds: [tesla] };
    const result = parseCapabilities(hvac({ ...later, setFanSpeed: newFeature }));
    expect(result.problems).toEqual([]);
    expect(result.facts).toEqual(later);
    // A member shaped like a capability is one, known or not.
    expect(result.value).toEqual({
      setFollowSchedule: capable,
      setPermanentHold: missing,
      setFanSpeed: newFeature,
    });
  });

  it('gives a device its facts only when it has some, with paths from the device', () => {
    expect(parseDevice(hvacDaikin).value.facts).toEqual(parseCapabilities(hvacDaikin).facts);
    expect(parseDevice(teslaSample).value).not.toHaveProperty('facts');
    const broken = { id: 'a', capabilities: hvac({ capableModes: 42 }) };
    expect(parseDevice(broken).value).not.toHaveProperty('facts');
    const fleet = parseDevices([
      hvacDaikin,
      { id: 'b', capabilities: hvac({ heatSetpointRange: { min: 'x', max: 2 } }) },
    ]);
    expect(fleet.value.map((device) => device.facts)).toEqual([
      parseCapabilities(hvacDaikin).facts,
      { heatSetpointRange: { min: null, max: 2 } },
    ]);
    expect(lines(fleet)).toEqual([
      '[1].capabilities.heatSetpointRange.min: expected a number or null, got "x"; read as null',
    ]);
  });
});

describe('parseInterventions', () => {
  const minimal = (id: unknown, title: unknown = 'Do it') => ({
    id,
    resolution: { title, description: '', access: 'Remote', agent: 'User' },
  });

  it('reads the live response fixture without problems', () => {
    const result = parseInterventions(interventionsApiResponse);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(interventionsApiResponse);
    expect(result.value.map((intervention) => intervention.id)).toContain(cupraInterventionId);
  });

  it('reads one intervention, an array, and a { data } wrapper alike', () => {
    const one = interventionsApiResponse[0];
    expect(parseInterventions(one)).toEqual({ value: [one], problems: [] });
    expect(parseInterventions([one])).toEqual({ value: [one], problems: [] });
    expect(parseInterventions({ data: [one], pagination: { after: null } })).toEqual({
      value: [one],
      problems: [],
    });
  });

  it('reports input of another shape at (root)', () => {
    expect(parseInterventions('x')).toEqual({
      value: [],
      problems: [
        {
          path: '(root)',
          message:
            'expected an intervention, an array of interventions or { data: [...] }, got "x"',
        },
      ],
    });
  });

  it('reports a wrapper whose data is not an array', () => {
    expect(lines(parseInterventions({ data: null }))).toEqual([
      'data: expected an array, got null',
    ]);
  });

  it('drops entries without a usable id, naming the path', () => {
    const result = parseInterventions([
      minimal('a'),
      minimal(7),
      minimal('  '),
      {},
      'nope',
      minimal(' b '),
    ]);
    expect(result.value.map((intervention) => intervention.id)).toEqual(['a', 'b']);
    expect(lines(result)).toEqual([
      '[1].id: expected a string, got 7; the intervention is dropped',
      '[2].id: expected a non-empty string, got "  "; the intervention is dropped',
      '[3].id: expected a string, got nothing; the intervention is dropped',
      '[4]: expected an intervention object, got "nope"',
    ]);
  });

  it('uses data[i] paths for a wrapper and plain paths for one intervention', () => {
    expect(lines(parseInterventions({ data: [minimal('a', 7)] }))).toEqual([
      'data[0].resolution.title: expected a string, got 7',
    ]);
    expect(lines(parseInterventions(minimal('a', 7)))).toEqual([
      'resolution.title: expected a string, got 7',
    ]);
  });

  it('defaults missing fields to empty strings and a missing vendor to none, without a problem', () => {
    const result = parseInterventions([minimal('a')]);
    expect(result).toEqual({
      value: [
        {
          id: 'a',
          vendor: null,
          vendorType: null,
          brand: null,
          domain: '',
          resolution: { title: 'Do it', description: '', access: 'Remote', agent: 'User' },
        },
      ],
      problems: [],
    });
    expect(result.value[0]).not.toHaveProperty('introducedAt');
  });

  it('trims fields but keeps the vendor code and the Markdown description as given', () => {
    const result = parseInterventions({
      id: ' a ',
      vendor: ' tesla ',
      vendorType: 'vehicle',
      brand: 'Tesla',
      introducedAt: ' 2023-03-16T00:00:00 ',
      domain: 'Device',
      resolution: {
        title: ' Enable ',
        description: '  indented code\n\nline  \nbreak  ',
        access: 'Physical',
        agent: 'User',
      },
    });
    expect(result.problems).toEqual([]);
    expect(result.value[0]).toEqual({
      id: 'a',
      vendor: 'tesla',
      vendorType: 'vehicle',
      brand: 'Tesla',
      introducedAt: '2023-03-16T00:00:00',
      domain: 'Device',
      resolution: {
        title: 'Enable',
        description: '  indented code\n\nline  \nbreak  ',
        access: 'Physical',
        agent: 'User',
      },
    });
  });

  it('keeps values of open enums that the library does not know', () => {
    const result = parseInterventions({
      id: 'a',
      domain: 'Credentials',
      resolution: { title: 'Sign in again', access: 'Hybrid', agent: 'Dealer' },
    });
    expect(result.problems).toEqual([]);
    expect(result.value[0]?.domain).toBe('Credentials');
    expect(result.value[0]?.resolution).toEqual({
      title: 'Sign in again',
      description: '',
      access: 'Hybrid',
      agent: 'Dealer',
    });
  });

  it('reports wrong types and reads them as empty strings, or as no vendor', () => {
    const result = parseInterventions([
      {
        id: 'a',
        vendor: 3,
        vendorType: ['vehicle'],
        brand: true,
        introducedAt: 20230316,
        domain: {},
        resolution: { title: 7, description: { md: 'x' }, access: 1, agent: null },
      },
    ]);
    expect(result.value).toEqual([
      {
        id: 'a',
        vendor: null,
        vendorType: null,
        brand: null,
        domain: '',
        resolution: { title: '', description: '', access: '', agent: '' },
      },
    ]);
    expect(lines(result)).toEqual([
      '[0].vendor: expected a string, got 3',
      '[0].vendorType: expected a string, got an array',
      '[0].brand: expected a string, got true',
      '[0].domain: expected a string, got an object',
      '[0].resolution.title: expected a string, got 7',
      '[0].resolution.description: expected a string, got an object',
      '[0].resolution.access: expected a string, got 1',
      '[0].introducedAt: expected a string, got 20230316',
    ]);
  });

  it('reports a missing or blank title, and a missing resolution', () => {
    const result = parseInterventions([
      { id: 'a', resolution: {} },
      { id: 'b', resolution: { title: ' ' } },
      { id: 'c' },
    ]);
    expect(result.value.map((intervention) => intervention.resolution)).toEqual([
      { title: '', description: '', access: '', agent: '' },
      { title: '', description: '', access: '', agent: '' },
      { title: '', description: '', access: '', agent: '' },
    ]);
    expect(lines(result)).toEqual([
      '[0].resolution.title: expected a string, got nothing',
      '[1].resolution.title: expected a non-empty string, got " "',
      '[2].resolution: expected an object, got nothing',
    ]);
  });

  it('keeps the last of repeated ids, in the place of the first, with a problem', () => {
    const result = parseInterventions([
      minimal('a', 'First'),
      minimal('b'),
      minimal('a', 'Second'),
      minimal('a', 'Third'),
    ]);
    expect(result.value.map((intervention) => intervention.id)).toEqual(['a', 'b']);
    expect(result.value[0]?.resolution.title).toBe('Third');
    expect(lines(result)).toEqual([
      '[2].id: repeats the id at [0]; this later entry is kept',
      '[3].id: repeats the id at [2]; this later entry is kept',
    ]);
  });
});

describe('parseDevice and parseDevices', () => {
  it('reads a device with its optional fields', () => {
    const result = parseDevice({
      id: ' car-1 ',
      vendor: 'TESLA',
      type: 'vehicle',
      name: ' Family car ',
      capabilities: teslaSample.capabilities,
    });
    expect(result).toEqual({
      value: {
        id: 'car-1',
        vendor: 'TESLA',
        type: 'vehicle',
        name: 'Family car',
        capabilities: teslaSample.capabilities,
      },
      problems: [],
    });
  });

  it('turns a numeric id into a string, with a problem', () => {
    const result = parseDevice({ id: 42, capabilities: {} });
    expect(result.value).toEqual({ id: '42', capabilities: {} });
    expect(lines(result)).toEqual(['id: expected a string, got 42; read as "42"']);
  });

  it('generates an id from the index when it is missing or unusable', () => {
    const result = parseDevices([{ id: 'a' }, {}, { id: '' }, { id: Number.NaN }]);
    expect(result.value.map((device) => device.id)).toEqual([
      'a',
      'device-1',
      'device-2',
      'device-3',
    ]);
    expect(lines(result)).toEqual([
      '[1].id: expected a non-empty string, got nothing; read as "device-1"',
      '[2].id: expected a non-empty string, got ""; read as "device-2"',
      '[3].id: expected a non-empty string, got NaN; read as "device-3"',
    ]);
  });

  it('leaves out blank optional fields and reports wrong types', () => {
    const result = parseDevice({ id: 'a', vendor: '', type: 7, name: null });
    expect(result.value).toEqual({ id: 'a', capabilities: {} });
    expect(lines(result)).toEqual(['type: expected a string, got 7']);
  });

  it('reads missing or null capabilities as none, without a problem', () => {
    expect(parseDevice({ id: 'inverter', capabilities: null })).toEqual({
      value: { id: 'inverter', capabilities: {} },
      problems: [],
    });
    expect(parseDevice({ id: 'inverter' }).problems).toEqual([]);
  });

  it('prefixes capability problems with the device path', () => {
    const capabilities = { chargeState: { isCapable: false, interventionIds: [tesla, 42] } };
    expect(lines(parseDevices([{ id: 'a', capabilities }]))).toEqual([
      '[0].capabilities.chargeState.interventionIds[1]: expected a string, got 42',
    ]);
    expect(lines(parseDevices({ data: [{ id: 'a', capabilities: 'none' }] }))).toEqual([
      'data[0].capabilities: expected an object of capabilities, got "none"',
    ]);
    expect(lines(parseDevice({ id: 'a', capabilities }))).toEqual([
      'capabilities.chargeState.interventionIds[1]: expected a string, got 42',
    ]);
  });

  it('reads input that is not an object as a placeholder device', () => {
    expect(parseDevice('x')).toEqual({
      value: { id: 'device-0', capabilities: {} },
      problems: [{ path: '(root)', message: 'expected a device object, got "x"' }],
    });
  });

  it('drops fleet entries that are not objects and keeps the rest', () => {
    const result = parseDevices([teslaSample, 3, null, volkswagenId4]);
    expect(result.value.map((device) => device.id)).toEqual([teslaSample.id, volkswagenId4.id]);
    expect(lines(result)).toEqual([
      '[1]: expected a device object, got 3; the entry is dropped',
      '[2]: expected a device object, got null; the entry is dropped',
    ]);
  });

  it('reports a fleet of another shape at (root)', () => {
    expect(parseDevices(teslaSample)).toEqual({
      value: [],
      problems: [
        {
          path: '(root)',
          message: 'expected an array of devices or { data: [...] }, got an object',
        },
      ],
    });
  });
});

describe('device fixtures', () => {
  const valid = Object.entries(allDeviceFixtures).filter(([name]) => name !== 'malformedDevice');

  it.each(valid)('%s parses without problems', (_name, fixture) => {
    const result = parseDevice(fixture);
    expect(result.problems).toEqual([]);
    expect(result.value.id).toBe(fixture.id);
    expect(result.value.vendor).toBe(fixture.vendor);
    // The members the API's schema calls facts are the device's facts; the rest, capabilities.
    const members = Object.entries(fixture.capabilities);
    const capabilities = Object.fromEntries(
      members
        .filter(([name]) => !allSpecFactNames.has(name))
        .map(([name, entry]) => [name, entry ?? missing]),
    );
    const facts = members.filter(([name]) => allSpecFactNames.has(name));
    expect(result.value.capabilities).toEqual(capabilities);
    expect(result.value.facts).toEqual(facts.length > 0 ? Object.fromEntries(facts) : undefined);
  });

  it('reads all of them as a fleet', () => {
    const fixtures = Object.values(allDeviceFixtures);
    const result = parseDevices(fixtures);
    expect(result.value).toHaveLength(fixtures.length);
    const malformedAt = `[${fixtures.indexOf(malformedDevice)}].`;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.path.startsWith(malformedAt))).toBe(true);
  });

  it('reads the null entries of the older BMW payload as missing', () => {
    const { value } = parseDevice(nullEntriesVehicle);
    expect(value.capabilities.smartCharging).toEqual(missing);
    expect(value.capabilities.setMaxCurrent).toEqual(missing);
  });

  it('keeps the unknown vendor, capability name and ids', () => {
    const { value } = parseDevice(unknownIdsVehicle);
    expect(value.vendor).toBe('LYNKCO');
    expect(value.capabilities.batteryHealth).toEqual({
      isCapable: false,
      interventionIds: ['e2d4f6a8-0b1c-4d3e-9f5a-7b9c1d3e5f7a'],
    });
  });

  it('reads the malformed device with exactly the expected problems', () => {
    const renault = '4245f5e6-e806-4de4-bb65-8673adecea83';
    const result = parseDevice(malformedDevice);
    expect(result.value).toEqual({
      id: malformedDevice.id,
      vendor: 'RENAULT',
      capabilities: {
        information: missing,
        chargeState: missing,
        location: { isCapable: false, interventionIds: [renault] },
        odometer: missing,
        startCharging: capable,
        stopCharging: { isCapable: false, interventionIds: [renault] },
        smartCharging: { isCapable: false, interventionIds: [renault] },
        setMaxCurrent: missing,
      },
    });
    expect(lines(result)).toEqual([
      'capabilities.information.isCapable: expected a boolean, got "yes"; read as false',
      'capabilities.chargeState.interventionIds: expected an array of intervention ids, got "abc"; read as none',
      'capabilities.location.interventionIds[0]: expected a string, got 42',
      'capabilities.location.interventionIds[2]: expected a string, got null',
      'capabilities.odometer: expected a capability object or null, got 7',
      'capabilities.startCharging.isCapable: expected a boolean, got "true"; read as true',
      'capabilities.stopCharging.interventionIds[1]: expected a non-empty string, got ""',
      'capabilities.smartCharging.isCapable: expected a boolean, got nothing; read as false',
    ]);
    expect(parseCapabilities(malformedDevice).problems).toEqual(result.problems);
  });
});
