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

/** Adds a problem; a read for a plan (no list) writes none. */
function report(problems: Sink, path: string, message: string): void {
  problems?.push({ path: path === '' ? rootPath : path, message });
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
  path: string | LazyPath,
  problems: ParseProblem[],
  rule: TextRule = noRule,
): string | undefined {
  const value = own(fields, key);
  if (value === undefined || value === null) {
    return rule.required ? failText(value, 'a string', key, path, problems, rule) : undefined;
  }
  if (typeof value !== 'string') return failText(value, 'a string', key, path, problems, rule);
  const text = rule.keepSpace ? value : value.trim();
  if (rule.required && text.trim() === '') {
    return failText(value, 'a non-empty string', key, path, problems, rule);
  }
  return text;
}

/** The rule of a field that is optional, trimmed, and has nothing more to say when wrong. */
const noRule: TextRule = {};

/** Reports a string field that {@link readText} cannot use; gives `undefined`. */
function failText(
  value: unknown,
  what: string,
  key: string,
  path: string | LazyPath,
  problems: ParseProblem[],
  rule: TextRule,
): undefined {
  const message = expected(what, value);
  const at = childPath(typeof path === 'string' ? path : path(), key);
  report(problems, at, rule.outcome ? `${message}; ${rule.outcome}` : message);
  return undefined;
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

/**
 * A device's capabilities as read, in the order of the record `parseCapabilities` builds from
 * them: the names, and the reading of each at the same index. The plan functions walk these
 * lists rather than building a record and reading it back.
 */
export interface CapabilityList {
  readonly names: readonly string[];
  readonly capabilities: readonly Capability[];
}

/** A device's `capabilities` object, read: its capabilities, and its other members as facts. */
interface Members {
  names: string[];
  capabilities: Capability[];
  facts: Record<string, unknown>;
}

function noMembers(): Members {
  return { names: [], capabilities: [], facts: {} };
}

/**
 * Where problems go while reading capabilities. `undefined` reads for a plan only: no problems
 * are written, facts are skipped, and a capable entry's ids are not read (a plan lists none
 * for it), so a plan pays for nothing it throws away.
 */
type Sink = ParseProblem[] | undefined;

/**
 * A path built only when a problem needs it: capabilities are read for every device of a fleet,
 * and nearly all of them are well formed.
 */
type LazyPath = () => string;

const rootLazyPath: LazyPath = () => '';

/**
 * The capabilities of a device. None at all (missing or `null`) is normal for older solar
 * inverters, so it reads as an empty map without a problem.
 */
function readDeviceCapabilities(device: Fields, path: LazyPath, problems: Sink): Members {
  const capabilities = own(device, 'capabilities');
  if (capabilities === undefined || capabilities === null) return noMembers();
  return readMembers(capabilities, () => childPath(path(), 'capabilities'), problems);
}

/** A device's capabilities, or a whole device's: the one rule of {@link parseCapabilities}. */
function readCapabilitiesInput(input: unknown, problems: Sink): Members {
  return isDevicePayload(input)
    ? readDeviceCapabilities(input, rootLazyPath, problems)
    : readMembers(input, rootLazyPath, problems);
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
  const members = readCapabilitiesInput(input, problems);
  return {
    value: toRecord(members.names, members.capabilities),
    facts: members.facts,
    problems,
  };
}

/**
 * The capabilities {@link parseCapabilities} reads from the same input, as lists, for a plan:
 * without problems or facts, and with no ids for capable entries.
 */
export function readCapabilityList(input: unknown): CapabilityList {
  return readCapabilitiesInput(input, undefined);
}

/**
 * A record of names and values, as `Object.fromEntries` builds it from the pairs, without
 * making the pairs. A name `Object.prototype` answers (`__proto__`, `toString`) is defined
 * rather than assigned: assigning `__proto__` would set the prototype, and assigning over a
 * frozen `Object.prototype` member throws.
 */
function toRecord<T>(names: readonly string[], values: readonly T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (let index = 0; index < names.length; index++) {
    define(record, names[index] as string, values[index] as T);
  }
  return record;
}

/** Sets a member of a record built here, as {@link toRecord} says. */
function define<T>(record: Record<string, T>, name: string, value: T): void {
  if (name in Object.prototype) {
    Object.defineProperty(record, name, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else record[name] = value;
}

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

/**
 * One pass over the members: each is told apart, checked and copied once, into the lists it
 * belongs to; nothing is copied before it is known to be kept.
 */
function readMembers(input: unknown, path: LazyPath, problems: Sink): Members {
  const members = noMembers();
  if (!isFields(input)) {
    report(problems, path(), expected('an object of capabilities', input));
    return members;
  }
  // Whether an array index came after another name, which only an exotic object (a proxy)
  // can list: a record lists array indices first.
  let seenName = false;
  let outOfOrder = false;
  // The names first, then each value: Object.entries would make a pair per member, a quarter
  // of a plan's time. The two read the same for data; they differ only for a getter that
  // deletes a later member while it is read (Object.entries skips that member, this reads it
  // as missing).
  const keys = Object.keys(input);
  for (let index = 0; index < keys.length; index++) {
    const name = keys[index] as string;
    const entry = input[name];
    // Known names decide by name, whatever the value; other names by the value's shape.
    const isFact = Object.hasOwn(factReaders, name);
    if (capabilityNames.has(name) || (!isFact && isCapabilityShaped(entry))) {
      if (isArrayIndex(name)) outOfOrder ||= seenName;
      else seenName = true;
      members.names.push(name);
      members.capabilities.push(readCapability(entry, path, name, problems));
      continue;
    }
    if (!problems) continue;
    const at = () => childPath(path(), name);
    const fact = isFact
      ? factReaders[name as keyof typeof factReaders](entry, at, problems)
      : readOtherFact(entry, at, problems);
    if (fact !== leftOut) define(members.facts, name, fact);
  }
  if (outOfOrder) inRecordOrder(members);
  return members;
}

/** Whether an object key is an array index, which every record lists first, in order. */
function isArrayIndex(key: string): boolean {
  return key.charCodeAt(0) < 58 && /^(0|[1-9]\d*)$/.test(key) && +key < 2 ** 32 - 1;
}

/** Puts the capabilities in the order of the record built from them: array indices first. */
function inRecordOrder(members: Members): void {
  const record = toRecord(members.names, members.capabilities);
  members.names = Object.keys(record);
  members.capabilities = members.names.map((name) => record[name] as Capability);
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
  return readNames(value, problems, path);
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

/** The path of a field of the capability `name` (`chargeState.isCapable`), built on demand. */
function fieldPath(parent: LazyPath, name: string, field?: string): string {
  const capability = childPath(parent(), name);
  return field === undefined ? capability : childPath(capability, field);
}

/** What a plan reads for a capable entry: that it works. Never handed out. */
const capableForPlan: Capability = Object.freeze({
  isCapable: true,
  interventionIds: Object.freeze([]),
});

function readCapability(
  entry: unknown,
  parent: LazyPath,
  name: string,
  problems: Sink,
): Capability {
  if (entry === null) return missingCapability();
  if (!isFields(entry)) {
    report(problems, fieldPath(parent, name), expected('a capability object or null', entry));
    return missingCapability();
  }
  const isCapable = readIsCapable(own(entry, 'isCapable'), parent, name, problems);
  if (isCapable && !problems) return capableForPlan;
  const ids = own(entry, 'interventionIds');
  return {
    isCapable,
    interventionIds: readInterventionIds(ids, parent, name, problems, isCapable),
  };
}

function readIsCapable(value: unknown, parent: LazyPath, name: string, problems: Sink): boolean {
  if (typeof value === 'boolean') return value;
  const isCapable = typeof value === 'string' && value.trim().toLowerCase() === 'true';
  const message = `${expected('a boolean', value)}; read as ${isCapable}`;
  report(problems, fieldPath(parent, name, 'isCapable'), message);
  return isCapable;
}

function readInterventionIds(
  value: unknown,
  parent: LazyPath,
  name: string,
  problems: Sink,
  isCapable: boolean,
): string[] {
  const isAbsent = value === undefined || value === null;
  if (!Array.isArray(value)) {
    if (!isAbsent || !isCapable) {
      const message = `${expected('an array of intervention ids', value)}; read as none`;
      report(problems, fieldPath(parent, name, 'interventionIds'), message);
    }
    return [];
  }
  return readNames(value, problems, parent, name, 'interventionIds');
}

/**
 * Up to this many names, a repeat is found by looking through the names kept so far; beyond
 * it, by a set, so that a long hostile list costs linear time.
 */
const namesWithoutSet = 16;

/**
 * A list to collect names in, kept between calls with its room. A list that grows by `push`
 * keeps room for more, which every capability of a fleet would carry: names are collected here
 * and copied out at their exact length. Taken while in use, so a getter that parses again gets
 * a list of its own; a list grown long is let go.
 */
let spareNames: string[] | undefined;

/**
 * The non-blank strings of an array, trimmed, each once; anything else is dropped with a
 * problem at its index (at `path`, or at the field `field` of the capability `name` under it).
 */
function readNames(
  value: readonly unknown[],
  problems: Sink,
  path: LazyPath,
  name?: string,
  field?: string,
): string[] {
  const names = spareNames ?? [];
  spareNames = undefined;
  // The names kept are names[0 … count - 1]; what lies beyond is left from an earlier call.
  let count = 0;
  let seen: Set<string> | undefined;
  // An index loop, not forEach: holes in a sparse array are reported like any missing entry.
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    const trimmed = typeof item === 'string' ? item.trim() : '';
    if (trimmed !== '') {
      if (seen) {
        if (seen.has(trimmed)) continue;
        seen.add(trimmed);
      } else if (isAmong(names, count, trimmed)) continue;
      else if (count === namesWithoutSet) seen = new Set([...names.slice(0, count), trimmed]);
      names[count++] = trimmed;
      continue;
    }
    const what = typeof item === 'string' ? 'a non-empty string' : 'a string';
    const at = name === undefined ? path() : fieldPath(path, name, field);
    report(problems, childPath(at, index), expected(what, item));
  }
  const kept = names.slice(0, count);
  if (count <= namesWithoutSet) spareNames = names;
  return kept;
}

/** Whether `name` is among the first `count` names. */
function isAmong(names: readonly string[], count: number, name: string): boolean {
  for (let index = 0; index < count; index++) if (names[index] === name) return true;
  return false;
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
  return { value: readDevice(input, rootLazyPath, 0, problems), problems };
}

/**
 * Reads the devices of a fleet: an array, or a paginated wrapper `{ data: [...] }`. Each entry is
 * read as {@link parseDevice} does, with paths such as `[3].capabilities.chargeState` and
 * generated ids `device-<index in the input>`; entries that are not objects are dropped with a
 * problem. Ids that repeat are kept as given: which one is right is for the host to say.
 */
export function parseDevices(input: unknown): Parsed<Device[]> {
  return readDevices(input, undefined);
}

/**
 * {@link parseDevices}, handing each device to `visit` as soon as it is read, with its
 * capabilities also as the lists they were read into: a fleet's plan walks them then, without
 * reading the device's record again or keeping the lists.
 */
export function readFleet(
  input: unknown,
  visit: (device: Device, list: CapabilityList) => void,
): Parsed<Device[]> {
  return readDevices(input, visit);
}

type DeviceVisitor = ((device: Device, list: CapabilityList) => void) | undefined;

function readDevices(input: unknown, visit: DeviceVisitor): Parsed<Device[]> {
  const problems: ParseProblem[] = [];
  const value: Device[] = [];
  let entries: readonly unknown[];
  // Where the entries sit: `[3]` in an array, `data[3]` in a paginated wrapper.
  let base: string;
  if (Array.isArray(input)) {
    entries = input;
    base = '';
  } else if (isFields(input) && Object.hasOwn(input, 'data') && !Object.hasOwn(input, 'id')) {
    const data = own(input, 'data');
    if (!Array.isArray(data)) {
      report(problems, 'data', expected('an array', data));
      return { value, problems };
    }
    entries = data;
    base = 'data';
  } else {
    report(problems, '', expected('an array of devices or { data: [...] }', input));
    return { value, problems };
  }
  // An index loop: holes in a sparse array are read as `undefined` entries.
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (isFields(entry)) {
      value.push(readDevice(entry, () => childPath(base, index), index, problems, visit));
    } else {
      const message = `${expected('a device object', entry)}; the entry is dropped`;
      report(problems, childPath(base, index), message);
    }
  }
  return { value, problems };
}

function generatedDeviceId(index: number): string {
  return `device-${index}`;
}

/** The text fields of a device, in the order they are read. */
const deviceTextKeys = ['vendor', 'type', 'name'] as const;

function readDevice(
  fields: Fields,
  path: LazyPath,
  index: number,
  problems: ParseProblem[],
  visit?: DeviceVisitor,
): Device {
  const device: Device = {
    id: readDeviceId(own(fields, 'id'), path, index, problems),
    capabilities: {},
  };
  for (const key of deviceTextKeys) {
    const text = readText(fields, key, path, problems);
    if (text) device[key] = text;
  }
  const members = readDeviceCapabilities(fields, path, problems);
  device.capabilities = toRecord(members.names, members.capabilities);
  if (Object.keys(members.facts).length > 0) device.facts = members.facts;
  visit?.(device, members);
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
  report(problems, childPath(path(), 'id'), `${expected(what, value)}; read as ${quote(id)}`);
  return id;
}
