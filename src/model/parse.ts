/**
 * Reading device and intervention payloads that come from outside the host's control: an API
 * response, a cache, a host's own mapping. Every parser here returns a usable value for any
 * input, keeps every entry it can use, and lists the rest as problems instead of throwing, so one
 * bad entry never hides the good ones from the owner.
 */

import {
  type Capability,
  capabilityNamesByDeviceType,
  type Device,
  type DeviceFacts,
  type hvacFactNames,
} from './capabilities.js';
import type { Intervention, InterventionResolution } from './intervention.js';
import {
  childPath,
  describeValue,
  type Parsed,
  type ParseProblem,
  quote,
  rootPath,
} from './problems.js';

type Fields = Readonly<Record<string, unknown>>;

/** Any non-array object: API payloads, null-prototype objects and host class instances alike. */
function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property only, so a key such as `constructor` or `toString` in the input never
 * picks up something from `Object.prototype`.
 */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function report(problems: ParseProblem[], path: string, message: string): void {
  problems.push({ path: path === '' ? rootPath : path, message });
}

function expected(what: string, value: unknown): string {
  return `expected ${what}, ${describeValue(value)}`;
}

/** How {@link readText} treats one string field. */
interface TextRule {
  /** Missing, null and blank are problems too, not just a wrong type. */
  required?: boolean;
  /** Keep surrounding white space (Markdown uses it); other fields are trimmed. */
  keepSpace?: boolean;
  /** What happens to the value when the field is wrong, appended to the message. */
  outcome?: string;
}

/** Reads a string field; a missing or wrong field gives `undefined` for the caller to default. */
function readText(
  fields: Fields,
  key: string,
  path: string,
  problems: ParseProblem[],
  rule: TextRule = {},
): string | undefined {
  const value = own(fields, key);
  const fail = (what: string) => {
    const message = expected(what, value);
    report(problems, childPath(path, key), rule.outcome ? `${message}; ${rule.outcome}` : message);
    return undefined;
  };
  if (value === undefined || value === null) return rule.required ? fail('a string') : undefined;
  if (typeof value !== 'string') return fail('a string');
  const text = rule.keepSpace ? value : value.trim();
  if (rule.required && text.trim() === '') return fail('a non-empty string');
  return text;
}

/**
 * Lists the entries of a collection payload with their paths: a bare array, or a paginated
 * wrapper `{ data: [...] }`. Gives `undefined` when the input is neither, so callers can accept
 * other shapes. Holes in sparse arrays are read as `undefined` entries.
 */
function listEntries(
  input: unknown,
  problems: ParseProblem[],
): Array<[entry: unknown, path: string]> | undefined {
  if (Array.isArray(input)) {
    return Array.from(input, (entry, index) => [entry, childPath('', index)]);
  }
  if (!isFields(input) || !Object.hasOwn(input, 'data') || Object.hasOwn(input, 'id')) return;
  const data = own(input, 'data');
  if (Array.isArray(data)) {
    return Array.from(data, (entry, index) => [entry, childPath('data', index)]);
  }
  report(problems, 'data', expected('an array', data));
  return [];
}

// Capabilities

/** The reading of an entry the device does not have: `null` from older API versions, or junk. */
function missingCapability(): Capability {
  return { isCapable: false, interventionIds: [] };
}

/** Every capability name of every device type: whatever their value, they are capabilities. */
const capabilityNames: ReadonlySet<string> = new Set(
  Object.values(capabilityNamesByDeviceType).flat(),
);

/**
 * Whether the input is a whole device rather than a capabilities map: its `capabilities` is not
 * itself a capability entry (a map may name a feature `capabilities`), and it is either an
 * object or sits beside an `id`, as in a device with no capabilities at all.
 */
export function isDevicePayload(input: unknown): input is Fields {
  if (!isFields(input) || !Object.hasOwn(input, 'capabilities')) return false;
  const capabilities = own(input, 'capabilities');
  if (isFields(capabilities)) return !Object.hasOwn(capabilities, 'isCapable');
  return Object.hasOwn(input, 'id');
}

/** A device's `capabilities` object, read: its capabilities, and its other members as facts. */
interface Members {
  capabilities: Record<string, Capability>;
  facts: Record<string, unknown>;
}

/**
 * The capabilities of a device. None at all (missing or `null`) is normal for older solar
 * inverters, so it reads as an empty map without a problem.
 */
function readDeviceCapabilities(device: Fields, path: string, problems: ParseProblem[]): Members {
  const capabilities = own(device, 'capabilities');
  if (capabilities === undefined || capabilities === null) return { capabilities: {}, facts: {} };
  return readMembers(capabilities, () => childPath(path, 'capabilities'), problems);
}

/** What {@link parseCapabilities} returns: the capabilities, the facts, and the problems. */
export interface ParsedCapabilities extends Parsed<Record<string, Capability>> {
  /**
   * The members that are not capabilities: an HVAC unit's `capableModes` and setpoint ranges,
   * and members of other shapes a later API version may add. Empty when there are none.
   */
  facts: DeviceFacts;
}

/**
 * Reads a device's capabilities, or a whole device that has them.
 *
 * The `capabilities` object holds capabilities (`{ isCapable, interventionIds }`) and facts about
 * the device, which are kept apart in `facts` and never read as features:
 * - a name the library knows as a capability is one, whatever its value;
 * - the HVAC facts are checked against the API's schema: `capableModes` is an array of mode
 *   names or `null` (unknown modes are kept, as the API adds them; entries that are not
 *   non-blank strings are dropped with a problem); `coolSetpointRange`, `heatSetpointRange` and
 *   `setpointDifferenceRange` are `{ min, max }` of numbers or `null`, or `null` (a bound that
 *   is missing or of another type reads as `null`, with a problem); a value of another shape
 *   is left out with a problem;
 * - any other name is a capability when its value is an object with `isCapable` or
 *   `interventionIds`, and otherwise a fact, kept as given (values JSON cannot hold, such as
 *   functions, are left out with a problem).
 *
 * Every capability name is kept, known or not, so a new feature still shows. Per capability:
 * - `null` (older API versions) reads as a feature the device does not have, with no problem;
 * - anything else that is not an object is reported and read the same way;
 * - `isCapable` must be a boolean; the strings `'true'` and `'false'` are read as such, anything
 *   else as `false`, both with a problem;
 * - `interventionIds` missing or `null` reads as none, reported only when `isCapable` is false,
 *   because only then does the absence decide between "blocked" and "missing";
 * - ids are trimmed; non-strings and blank strings are dropped with a problem at their index;
 *   repeated ids are merged silently (they change nothing);
 * - ids listed on a capable entry are kept as given: the feature works either way.
 *
 * Given a whole device, its `capabilities` are read as {@link parseDevice} reads them (none at
 * all is no problem). Paths are relative to the input: `chargeState.isCapable`, or
 * `capabilities.chargeState.isCapable` for a device.
 */
export function parseCapabilities(input: unknown): ParsedCapabilities {
  const problems: ParseProblem[] = [];
  const { capabilities, facts } = isDevicePayload(input)
    ? readDeviceCapabilities(input, '', problems)
    : readMembers(input, () => '', problems);
  return { value: capabilities, facts, problems };
}

/**
 * A path built only when a problem needs it: capabilities are read for every device of a fleet,
 * and nearly all of them are well formed.
 */
type LazyPath = () => string;

/** Marks a fact that could not be read: it is left out. */
const leftOut = Symbol('left out');

type FactReader = (value: unknown, path: LazyPath, problems: ParseProblem[]) => unknown;

/** The facts the API's schema defines, each with its reader. */
const factReaders: Readonly<Record<(typeof hvacFactNames)[number], FactReader>> = {
  capableModes: readModes,
  coolSetpointRange: readRange,
  heatSetpointRange: readRange,
  setpointDifferenceRange: readRange,
};

function readMembers(input: unknown, path: LazyPath, problems: ParseProblem[]): Members {
  if (!isFields(input)) {
    report(problems, path(), expected('an object of capabilities', input));
    return { capabilities: {}, facts: {} };
  }
  const capabilities: [string, Capability][] = [];
  const facts: [string, unknown][] = [];
  for (const [name, entry] of Object.entries(input)) {
    const at = () => childPath(path(), name);
    // Known names decide by name, whatever the value; other names by the value's shape.
    const isFact = Object.hasOwn(factReaders, name);
    if (capabilityNames.has(name) || (!isFact && isCapabilityShaped(entry))) {
      capabilities.push([name, readCapability(entry, at, problems)]);
      continue;
    }
    const fact = isFact
      ? factReaders[name as keyof typeof factReaders](entry, at, problems)
      : readOtherFact(entry, at, problems);
    if (fact !== leftOut) facts.push([name, fact]);
  }
  // Object.fromEntries defines own properties, so `__proto__` stays a member name.
  return { capabilities: Object.fromEntries(capabilities), facts: Object.fromEntries(facts) };
}

/** An entry a later API version may add as a capability: it has a capability's fields. */
function isCapabilityShaped(entry: unknown): boolean {
  return (
    isFields(entry) &&
    (Object.hasOwn(entry, 'isCapable') || Object.hasOwn(entry, 'interventionIds'))
  );
}

/** A member of unknown meaning: kept as given when JSON could hold it. */
function readOtherFact(value: unknown, path: LazyPath, problems: ParseProblem[]): unknown {
  const isJson =
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    typeof value === 'object' ||
    (typeof value === 'number' && Number.isFinite(value));
  if (isJson) return value;
  report(problems, path(), `${expected('a capability object or a JSON value', value)}; left out`);
  return leftOut;
}

function readModes(value: unknown, path: LazyPath, problems: ParseProblem[]): unknown {
  if (value === null) return null;
  if (!Array.isArray(value)) {
    report(problems, path(), `${expected('an array of HVAC modes or null', value)}; left out`);
    return leftOut;
  }
  return readNames(value, path, problems);
}

function readRange(value: unknown, path: LazyPath, problems: ParseProblem[]): unknown {
  if (value === null) return null;
  if (!isFields(value)) {
    report(problems, path(), `${expected('a range { min, max } or null', value)}; left out`);
    return leftOut;
  }
  const bound = (key: 'min' | 'max'): number | null => {
    const given = own(value, key);
    if (given === null) return null;
    if (typeof given === 'number' && Number.isFinite(given)) return given;
    report(
      problems,
      childPath(path(), key),
      `${expected('a number or null', given)}; read as null`,
    );
    return null;
  };
  return { min: bound('min'), max: bound('max') };
}

function readCapability(entry: unknown, path: LazyPath, problems: ParseProblem[]): Capability {
  if (entry === null) return missingCapability();
  if (!isFields(entry)) {
    report(problems, path(), expected('a capability object or null', entry));
    return missingCapability();
  }
  const isCapable = readIsCapable(
    own(entry, 'isCapable'),
    () => childPath(path(), 'isCapable'),
    problems,
  );
  const ids = own(entry, 'interventionIds');
  const idsPath = () => childPath(path(), 'interventionIds');
  return { isCapable, interventionIds: readInterventionIds(ids, idsPath, problems, isCapable) };
}

function readIsCapable(value: unknown, path: LazyPath, problems: ParseProblem[]): boolean {
  if (typeof value === 'boolean') return value;
  const isCapable = typeof value === 'string' && value.trim().toLowerCase() === 'true';
  report(problems, path(), `${expected('a boolean', value)}; read as ${isCapable}`);
  return isCapable;
}

function readInterventionIds(
  value: unknown,
  path: LazyPath,
  problems: ParseProblem[],
  isCapable: boolean,
): string[] {
  const isAbsent = value === undefined || value === null;
  if (!Array.isArray(value)) {
    if (!isAbsent || !isCapable) {
      report(problems, path(), `${expected('an array of intervention ids', value)}; read as none`);
    }
    return [];
  }
  return readNames(value, path, problems);
}

/**
 * The non-blank strings of an array, trimmed, each once; anything else is dropped with a
 * problem at its index.
 */
function readNames(value: readonly unknown[], path: LazyPath, problems: ParseProblem[]): string[] {
  const names = new Set<string>();
  // An index loop, not forEach: holes in a sparse array are reported like any missing entry.
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item === 'string' && item.trim() !== '') names.add(item.trim());
    else {
      const what = typeof item === 'string' ? 'a non-empty string' : 'a string';
      report(problems, childPath(path(), index), expected(what, item));
    }
  }
  return [...names];
}

// Interventions

/**
 * Reads interventions from the live API: an array (`GET /interventions`), one intervention
 * (`GET /interventions/{id}`), or a paginated wrapper `{ data: [...] }`.
 *
 * Each intervention needs a non-blank string `id`, or it is dropped with a problem. Other fields
 * are trimmed strings, kept as given even when the value is new to the library (vendors,
 * `domain`, `access` and `agent` gain values without notice); a missing field reads as `''`, a
 * wrong type is reported and read as `''`. `vendor`, `vendorType` and `brand` read as `null`
 * when `null`, missing or blank: the API's intervention that no brand is tied to. A wrong type
 * there is reported and read as `null`. `resolution.title` is required (reported when missing
 * or blank). `resolution.description` is Markdown, kept untrimmed and unrendered.
 * `resolution.action` (`Link`, or `null`) is kept as given, and left out when absent.
 * `introducedAt` is left out when absent. When an id repeats, the last entry wins, in the place
 * of the first, with a problem.
 *
 * Paths: `[2].resolution.title` for an array, `data[2]…` for a wrapper, `resolution.title` for
 * one intervention.
 */
export function parseInterventions(input: unknown): Parsed<Intervention[]> {
  const problems: ParseProblem[] = [];
  const entries = listEntries(input, problems) ?? (isFields(input) ? [[input, '']] : undefined);
  if (!entries) {
    const shapes = 'an intervention, an array of interventions or { data: [...] }';
    report(problems, '', expected(shapes, input));
    return { value: [], problems };
  }
  const byId = new Map<string, { intervention: Intervention; path: string }>();
  for (const [entry, path] of entries) {
    const intervention = readIntervention(entry, path, problems);
    if (!intervention) continue;
    const earlier = byId.get(intervention.id);
    if (earlier) {
      const message = `repeats the id at ${earlier.path || rootPath}; this later entry is kept`;
      report(problems, childPath(path, 'id'), message);
    }
    byId.set(intervention.id, { intervention, path });
  }
  return { value: Array.from(byId.values(), ({ intervention }) => intervention), problems };
}

function readIntervention(
  entry: unknown,
  path: string,
  problems: ParseProblem[],
): Intervention | undefined {
  if (!isFields(entry)) {
    report(problems, path, expected('an intervention object', entry));
    return;
  }
  const outcome = 'the intervention is dropped';
  const id = readText(entry, 'id', path, problems, { required: true, outcome });
  if (id === undefined) return;
  const text = (key: string) => readText(entry, key, path, problems) ?? '';
  // `null` marks an intervention not tied to one brand; a missing or blank value says no more.
  const nullable = (key: string) => readText(entry, key, path, problems) || null;
  const intervention: Intervention = {
    id,
    vendor: nullable('vendor'),
    vendorType: nullable('vendorType'),
    brand: nullable('brand'),
    domain: text('domain'),
    resolution: readResolution(own(entry, 'resolution'), childPath(path, 'resolution'), problems),
  };
  const introducedAt = readText(entry, 'introducedAt', path, problems);
  if (introducedAt) intervention.introducedAt = introducedAt;
  return intervention;
}

function readResolution(
  value: unknown,
  path: string,
  problems: ParseProblem[],
): InterventionResolution {
  if (!isFields(value)) {
    report(problems, path, expected('an object', value));
    return { title: '', description: '', access: '', agent: '' };
  }
  const resolution: InterventionResolution = {
    title: readText(value, 'title', path, problems, { required: true }) ?? '',
    description: readText(value, 'description', path, problems, { keepSpace: true }) ?? '',
    access: readText(value, 'access', path, problems) ?? '',
    agent: readText(value, 'agent', path, problems) ?? '',
  };
  if (own(value, 'action') === null) resolution.action = null;
  else {
    const action = readText(value, 'action', path, problems);
    if (action !== undefined) resolution.action = action || null;
  }
  return resolution;
}

// Devices

/**
 * Reads one device. `id` should be a non-blank string: a finite number is turned into one, and
 * anything else is replaced by `device-0`, both with a problem. `vendor`, `type` and `name` are
 * trimmed strings, left out when absent or blank, reported when of another type. A missing or
 * `null` `capabilities` reads as none without a problem (older solar inverters had none); the
 * rest follows {@link parseCapabilities}, with paths such as `capabilities.chargeState`: the
 * device's `capabilities` are its features only, and the other members of its `capabilities`
 * object (an HVAC unit's modes and setpoint ranges) are its `facts`, present when it has any.
 * Anything that is not an object gives a device `device-0` with no capabilities.
 */
export function parseDevice(input: unknown): Parsed<Device> {
  const problems: ParseProblem[] = [];
  if (!isFields(input)) {
    report(problems, '', expected('a device object', input));
    return { value: { id: generatedDeviceId(0), capabilities: {} }, problems };
  }
  return { value: readDevice(input, '', 0, problems), problems };
}

/**
 * Reads the devices of a fleet: an array, or a paginated wrapper `{ data: [...] }`. Each entry is
 * read as {@link parseDevice} does, with paths such as `[3].capabilities.chargeState` and
 * generated ids `device-<index in the input>`; entries that are not objects are dropped with a
 * problem. Ids that repeat are kept as given: which one is right is for the host to say.
 */
export function parseDevices(input: unknown): Parsed<Device[]> {
  const problems: ParseProblem[] = [];
  const entries = listEntries(input, problems);
  if (!entries) {
    report(problems, '', expected('an array of devices or { data: [...] }', input));
    return { value: [], problems };
  }
  const value: Device[] = [];
  entries.forEach(([entry, path], index) => {
    if (isFields(entry)) value.push(readDevice(entry, path, index, problems));
    else report(problems, path, `${expected('a device object', entry)}; the entry is dropped`);
  });
  return { value, problems };
}

function generatedDeviceId(index: number): string {
  return `device-${index}`;
}

function readDevice(fields: Fields, path: string, index: number, problems: ParseProblem[]): Device {
  const device: Device = {
    id: readDeviceId(own(fields, 'id'), () => childPath(path, 'id'), index, problems),
    capabilities: {},
  };
  for (const key of ['vendor', 'type', 'name'] as const) {
    const text = readText(fields, key, path, problems);
    if (text) device[key] = text;
  }
  const { capabilities, facts } = readDeviceCapabilities(fields, path, problems);
  device.capabilities = capabilities;
  if (Object.keys(facts).length > 0) device.facts = facts;
  return device;
}

function readDeviceId(
  value: unknown,
  path: LazyPath,
  index: number,
  problems: ParseProblem[],
): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  const id = isNumber ? String(value) : generatedDeviceId(index);
  const what = isNumber ? 'a string' : 'a non-empty string';
  report(problems, path(), `${expected(what, value)}; read as ${quote(id)}`);
  return id;
}
