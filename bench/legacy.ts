// planInterventions and planFleet as they were before the fast plan (the code of src/model/parse.ts,
// src/resolve, src/catalogue/brands.ts and src/catalogue/vendors.ts at commit e245040), kept so
// that bench/plans.ts can time today's code against them in the same run, on the same fleet and
// the same machine load, and check that both give the same plans. Nothing in src imports it.
//
// The functions are the old ones unchanged; only what the new code left alone is imported from
// src (problem texts, the catalogue's index, the label tables). The vendor tables are not
// copied: the old lookups read the same facts from the exported `vendors` record, which the new
// code builds from the same tables.

import { knownSpelling, knownVendorCodes, listedEntry, textOf } from '../src/catalogue/brands.js';
import { type Catalogue, getEntry, hasEntry } from '../src/catalogue/catalogue.js';
import {
  vendors as bundledVendors,
  type VendorInfo,
  type VendorRegistry,
} from '../src/catalogue/vendors.js';
import { capabilityLabelsEnUS } from '../src/i18n/en-US/capabilities.js';
import {
  type Capability,
  type CapabilityState,
  capabilityNamesByDeviceType,
  type Device,
  type DeviceFacts,
} from '../src/model/capabilities.js';
import type { DeviceType } from '../src/model/device.js';
import type {
  CatalogueEntry,
  InterventionAccess,
  InterventionStage,
} from '../src/model/intervention.js';
import {
  childPath,
  describeValue,
  type Parsed,
  type ParseProblem,
  quote,
  rootPath,
} from '../src/model/problems.js';
import type {
  FleetDeviceRef,
  FleetGroup,
  FleetOptions,
  FleetPlan,
  InterventionPlan,
  PlanItem,
  PlanOptions,
  ResolvedCapability,
} from '../src/resolve/index.js';
import type { CapabilityTexts } from '../src/resolve/labels.js';
import { appendTo } from '../src/utils/append.js';

// ---------------------------------------------------------------------------------------------
// src/catalogue/brands.ts

interface Brand {
  code: string;
  name: string;
  color?: string;
  monogram: string;
  known: boolean;
}

const wordBreak = /[\s_.-]+/;

function nameFromCode(code: string): string {
  return code
    .split(wordBreak)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

function monogramOf(name: string): string {
  const words = name.split(wordBreak).filter(Boolean);
  const first = words[0] ?? '';
  if (/^[A-Z]{2,3}$/.test(first)) return first;
  const initials = words.slice(0, 2).map((word) => firstCharacter(word).toUpperCase());
  return initials.join('') || '?';
}

function firstCharacter(word: string): string {
  return new Intl.Segmenter().segment(word)[Symbol.iterator]().next().value?.segment ?? '';
}

function visibleCode(code: string): string {
  return code.replace(/\p{Cf}/gu, '').trim();
}

function normaliseVendorCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  return visibleCode(code).toUpperCase() || undefined;
}

const hexColor = /^#([0-9a-f]{3}){1,2}$/i;

function getBrand(code: unknown, registry?: VendorRegistry): Brand | undefined {
  const key = normaliseVendorCode(code);
  if (key === undefined) return undefined;
  const brand = bundledBrand(code as string, key);
  const listed = listedEntry(registry, key);
  if (!listed) return brand;
  const name = textOf(listed, 'name') ?? brand.name;
  const listedColor = textOf(listed, 'color') ?? '';
  const color = hexColor.test(listedColor) ? listedColor : brand.color;
  const monogram =
    textOf(listed, 'monogram') ?? (name === brand.name ? brand.monogram : monogramOf(name));
  return {
    code: textOf(listed, 'code') ?? brand.code,
    name,
    ...(color ? { color } : {}),
    monogram,
    known: true,
  };
}

/**
 * The old brand table, read back from the bundled vendors in its old form: a bare colour where
 * the name and monogram are derived, else the colour, the name and a monogram where it is set.
 */
const brandTable: Record<
  string,
  string | readonly [color: string, name: string, monogram?: string]
> = Object.fromEntries(
  knownVendorCodes.map((code) => {
    const vendor = bundledVendors[code] as VendorInfo;
    const color = (vendor.color ?? '#000').slice(1);
    const derivedMonogram = vendor.monogram === monogramOf(vendor.name);
    if (derivedMonogram && vendor.name === nameFromCode(code)) return [code, color];
    return [code, derivedMonogram ? [color, vendor.name] : [color, vendor.name, vendor.monogram]];
  }),
);

function bundledBrand(code: string, key: string): Brand {
  const spelled = knownSpelling(key);
  const entry = spelled === undefined ? undefined : brandTable[spelled];
  if (spelled !== undefined && entry) {
    const [color, name = nameFromCode(spelled), monogram] =
      typeof entry === 'string' ? [entry] : entry;
    return {
      code: spelled,
      name,
      color: `#${color}`,
      monogram: monogram ?? monogramOf(name),
      known: true,
    };
  }
  const given = visibleCode(code);
  const name = nameFromCode(given) || given;
  return { code: given, name, monogram: monogramOf(name), known: false };
}

// ---------------------------------------------------------------------------------------------
// src/catalogue/vendors.ts

let deviceTypesByCode: Map<string, DeviceType[]> | undefined;

function deviceTypesOf(key: string): DeviceType[] {
  if (!deviceTypesByCode) {
    deviceTypesByCode = new Map();
    for (const code of knownVendorCodes) {
      deviceTypesByCode.set(code.toUpperCase(), [...(bundledVendors[code]?.deviceTypes ?? [])]);
    }
  }
  return deviceTypesByCode.get(key) ?? [];
}

function getVendor(code: unknown, registry?: VendorRegistry): VendorInfo | undefined {
  const brand = getBrand(code, registry);
  if (!brand) return undefined;
  const key = normaliseVendorCode(code) ?? '';
  const spelled = knownSpelling(key);
  const listed = listedEntry(registry, key);
  const portal =
    (listed && textOf(listed, 'portal')) ??
    (spelled !== undefined && Object.hasOwn(bundledVendors, spelled)
      ? bundledVendors[spelled]?.portal
      : undefined);
  const listedTypes = listed?.deviceTypes;
  const deviceTypes = Array.isArray(listedTypes)
    ? listedTypes.filter((type): type is DeviceType => typeof type === 'string')
    : deviceTypesOf(key);
  const health = Array.isArray(listed?.health)
    ? (listed.health as unknown[]).filter(
        (entry): entry is NonNullable<VendorInfo['health']>[number] =>
          typeof entry === 'object' && entry !== null,
      )
    : undefined;
  return { ...brand, ...(portal ? { portal } : {}), deviceTypes, ...(health ? { health } : {}) };
}

// ---------------------------------------------------------------------------------------------
// src/model/parse.ts (capabilities and devices) and src/model/device-input.ts

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

function report(problems: ParseProblem[], path: string, message: string): void {
  problems.push({ path: path === '' ? rootPath : path, message });
}

function expected(what: string, value: unknown): string {
  return `expected ${what}, ${describeValue(value)}`;
}

interface TextRule {
  required?: boolean;
  keepSpace?: boolean;
  outcome?: string;
}

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

function missingCapability(): Capability {
  return { isCapable: false, interventionIds: [] };
}

const capabilityNames: ReadonlySet<string> = new Set(
  Object.values(capabilityNamesByDeviceType).flat(),
);

function isDevicePayload(input: unknown): input is Fields {
  if (!isFields(input) || !Object.hasOwn(input, 'capabilities')) return false;
  const capabilities = own(input, 'capabilities');
  if (isFields(capabilities)) return !Object.hasOwn(capabilities, 'isCapable');
  return Object.hasOwn(input, 'id');
}

function deviceVendor(input: unknown): string | undefined {
  if (!isDevicePayload(input) || !Object.hasOwn(input, 'vendor')) return undefined;
  const { vendor } = input;
  return typeof vendor === 'string' && vendor.trim() !== '' ? vendor : undefined;
}

interface Members {
  capabilities: Record<string, Capability>;
  facts: Record<string, unknown>;
}

function readDeviceCapabilities(device: Fields, path: string, problems: ParseProblem[]): Members {
  const capabilities = own(device, 'capabilities');
  if (capabilities === undefined || capabilities === null) return { capabilities: {}, facts: {} };
  return readMembers(capabilities, () => childPath(path, 'capabilities'), problems);
}

interface ParsedCapabilities extends Parsed<Record<string, Capability>> {
  facts: DeviceFacts;
}

export function parseCapabilities(input: unknown): ParsedCapabilities {
  const problems: ParseProblem[] = [];
  const { capabilities, facts } = isDevicePayload(input)
    ? readDeviceCapabilities(input, '', problems)
    : readMembers(input, () => '', problems);
  return { value: capabilities, facts, problems };
}

type LazyPath = () => string;

const leftOut = Symbol('left out');

type FactReader = (value: unknown, path: LazyPath, problems: ParseProblem[]) => unknown;

const factReaders: Readonly<Record<string, FactReader>> = {
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
    const isFact = Object.hasOwn(factReaders, name);
    if (capabilityNames.has(name) || (!isFact && isCapabilityShaped(entry))) {
      capabilities.push([name, readCapability(entry, at, problems)]);
      continue;
    }
    const fact = isFact
      ? (factReaders[name] as FactReader)(entry, at, problems)
      : readOtherFact(entry, at, problems);
    if (fact !== leftOut) facts.push([name, fact]);
  }
  return { capabilities: Object.fromEntries(capabilities), facts: Object.fromEntries(facts) };
}

function isCapabilityShaped(entry: unknown): boolean {
  return (
    isFields(entry) &&
    (Object.hasOwn(entry, 'isCapable') || Object.hasOwn(entry, 'interventionIds'))
  );
}

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

function readNames(value: readonly unknown[], path: LazyPath, problems: ParseProblem[]): string[] {
  const names = new Set<string>();
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

// ---------------------------------------------------------------------------------------------
// src/resolve/labels.ts

function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  const sentence = words.join(' ');
  return sentence ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : key;
}

function labelTextOf(name: string, texts: CapabilityTexts): string | undefined {
  return Object.hasOwn(texts, name) ? texts[name] : undefined;
}

function capabilityLabel(name: string, labels: CapabilityTexts = capabilityLabelsEnUS): string {
  return labelTextOf(name, labels) ?? labelFromKey(name);
}

// ---------------------------------------------------------------------------------------------
// src/resolve/plan.ts

function statusOf(capability: Capability): CapabilityState {
  if (capability.isCapable) return 'capable';
  return capability.interventionIds.length > 0 ? 'blocked' : 'missing';
}

function resolveCapabilities(
  capabilities: unknown,
  catalogue: Catalogue,
  options: PlanOptions = {},
): ResolvedCapability[] {
  const parsed = parseCapabilities(capabilities).value;
  const names = options.filter
    ? [...new Set(options.filter)].filter(
        (name) => typeof name === 'string' && Object.hasOwn(parsed, name),
      )
    : Object.keys(parsed);
  return names.map((name) => {
    const capability = parsed[name] as Capability;
    const status = statusOf(capability);
    const ids = status === 'blocked' ? capability.interventionIds : [];
    return {
      name,
      label: capabilityLabel(name, options.capabilityLabels),
      status,
      interventionIds: ids,
      interventions: ids.flatMap((id) => getEntry(catalogue, id) ?? []),
      unknownInterventionIds: ids.filter((id) => !hasEntry(catalogue, id)),
    };
  });
}

const stageRank: Record<InterventionStage, number> = {
  account: 0,
  subscription: 1,
  service: 2,
  device: 3,
  update: 4,
};

function stageOf(entry: CatalogueEntry | undefined): InterventionStage | undefined {
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

function compareItems(a: PlanItem, b: PlanItem): number {
  const rank = (item: PlanItem) => (item.stage ? stageRank[item.stage] : 5);
  return (
    rank(a) - rank(b) ||
    accessRank(a.entry?.resolution.access) - accessRank(b.entry?.resolution.access)
  );
}

function planItem(
  id: string,
  unlocks: readonly string[],
  catalogue: Catalogue,
  vendor: unknown,
  vendors?: VendorRegistry,
): PlanItem {
  const entry = getEntry(catalogue, id);
  const agnostic = entry !== undefined && entry.vendor === null;
  const device = entry?.portal === undefined && !agnostic ? getVendor(vendor, vendors) : undefined;
  const vendorCode = entry?.vendor ?? device?.code;
  const portal = entry?.portal ?? device?.portal;
  const stage = stageOf(entry);
  return {
    id,
    known: entry !== undefined,
    unlocks,
    ...(entry ? { entry } : {}),
    ...(vendorCode ? { vendor: vendorCode } : {}),
    ...(portal ? { portal } : {}),
    ...(stage ? { stage } : {}),
  };
}

function unlocksByIntervention(
  blocked: Iterable<readonly [name: string, interventionIds: readonly string[]]>,
): Map<string, string[]> {
  const unlocks = new Map<string, string[]>();
  for (const [name, ids] of blocked) for (const id of ids) appendTo(unlocks, id, name);
  return unlocks;
}

export function planInterventions(
  capabilities: unknown,
  catalogue: Catalogue,
  options: PlanOptions = {},
): InterventionPlan {
  const resolved = resolveCapabilities(capabilities, catalogue, options);
  const vendor = options.vendor ?? deviceVendor(capabilities);
  const unlocks = unlocksByIntervention(resolved.map((c) => [c.name, c.interventionIds]));
  const items = [...unlocks]
    .map(([id, unlocks]) => planItem(id, unlocks, catalogue, vendor, options.vendors))
    .sort(compareItems);
  const withStatus = (status: CapabilityState) => resolved.filter((c) => c.status === status);
  return {
    items,
    capabilities: resolved,
    blocked: withStatus('blocked'),
    capable: withStatus('capable'),
    missing: withStatus('missing'),
  };
}

// ---------------------------------------------------------------------------------------------
// src/resolve/fleet.ts

export function planFleet(
  devices: unknown,
  catalogue: Catalogue,
  options: FleetOptions = {},
): FleetPlan {
  const { value: parsed, problems } = parseDevices(devices);
  const only = options.filter ? new Set(options.filter) : undefined;
  const refsById = new Map<string, FleetDeviceRef[]>();

  for (const device of parsed) {
    const blocked = Object.entries(device.capabilities).flatMap(([name, capability]) =>
      !capability || capability.isCapable || (only && !only.has(name))
        ? []
        : [[name, capability.interventionIds] as const],
    );
    for (const [id, unlocks] of unlocksByIntervention(blocked)) {
      appendTo(refsById, id, { device, unlocks });
    }
  }

  const groups = [...refsById].map(([id, refs]): FleetGroup => {
    const allUnlocks = [...new Set(refs.flatMap((ref) => ref.unlocks))];
    return {
      ...planItem(id, allUnlocks, catalogue, refs[0]?.device.vendor, options.vendors),
      devices: refs,
      blockedCapabilities: refs.reduce((sum, ref) => sum + ref.unlocks.length, 0),
    };
  });
  groups.sort(
    (a, b) =>
      b.devices.length - a.devices.length ||
      b.blockedCapabilities - a.blockedCapabilities ||
      compareItems(a, b),
  );
  return { groups, devices: parsed, problems };
}
