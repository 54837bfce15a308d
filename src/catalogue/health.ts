/**
 * The API's vendor health endpoints (`GET /health/vehicles`, `/health/chargers`,
 * `/health/hvacs`, …) merged over the vendor registry. The API is the source of truth for a
 * vendor's name and portal, so what it says wins over the bundled facts; what it cannot say
 * (brand colour, monogram) stays bundled.
 */

import type { DeviceType } from '../model/device.js';
import {
  childPath,
  describeValue,
  type Parsed,
  type ParseProblem,
  quote,
  rootPath,
} from '../model/problems.js';
import { getBrand, monogramOf, normaliseVendorCode } from './brands.js';
import {
  getVendor,
  type VendorHealth,
  type VendorHealthStatus,
  type VendorInfo,
  type VendorRegistry,
} from './vendors.js';

/** Options for {@link mergeVendorHealth}. */
export interface MergeVendorHealthOptions {
  /**
   * The registry to merge over, such as one an earlier call returned; it is not changed.
   * @default none: the bundled registry alone
   */
  registry?: VendorRegistry;
}

/** The kinds of device a body may be given under, as the API's `VendorType` names them. */
const deviceTypes: readonly DeviceType[] = [
  'vehicle',
  'charger',
  'hvac',
  'inverter',
  'battery',
  'meter',
];

const statuses: readonly VendorHealthStatus[] = ['READY', 'ELEVATED_ERROR_RATE', 'OUTAGE'];

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only: a key such as `constructor` in the input never reads `Object.prototype`. */
function own(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** One body to read: its entries, where it sits in the input, and the kind of device, if said. */
interface Body {
  value: unknown;
  path: string;
  deviceType?: DeviceType;
}

/**
 * Merges what the API's health endpoints say about vendors over the registry, and returns the
 * merged registry with every problem found in the input. Never throws.
 *
 * `health` is the body of one endpoint (an array of `{ vendor, displayName, status,
 * portalName, linkingStatus }`), or several bodies by the kind of device they report on:
 * `{ vehicle: …, charger: …, hvac: … }`. Given by kind, each vendor's `deviceTypes` gain that
 * kind, and its `health` entry says which kind it is for.
 *
 * Per entry, read as untrusted input:
 * - `vendor` must be a non-blank string, or the entry is dropped with a problem; a vendor the
 *   library does not know is added, named by `displayName`, with a neutral mark;
 * - `displayName` and `portalName` win over the bundled name and portal; missing, blank or not
 *   a string, they are reported and the registry's value is kept;
 * - `status` and `linkingStatus` must be `READY`, `ELEVATED_ERROR_RATE` or `OUTAGE`; anything
 *   else is reported and left out;
 * - a vendor listed twice in one body is reported, and the later entry is kept.
 *
 * Paths name the entry as code would reach it: `[2].portalName` in one body,
 * `charger[2].portalName` in bodies by kind. The result is plain data: pass it to `getVendor`,
 * `getBrand`, or the components' `vendors` prop, from a server component if need be.
 */
export function mergeVendorHealth(
  health: unknown,
  options: MergeVendorHealthOptions = {},
): Parsed<VendorRegistry> {
  const problems: ParseProblem[] = [];
  const registry = options.registry;
  const merged: Record<string, VendorInfo> = {};
  // Start from the entries of the given registry that a lookup can read.
  const earlier = isFields(registry) ? own(registry, 'vendors') : undefined;
  if (isFields(earlier)) {
    for (const key of Object.keys(earlier)) {
      // Only entries a lookup can reach: an object, under its code in upper case.
      const vendor = getVendor(key, registry);
      if (vendor && isFields(earlier[key]) && normaliseVendorCode(key) === key) {
        merged[key] = vendor;
      }
    }
  }
  for (const body of bodiesOf(health, problems)) readBody(body, merged, problems);
  return { value: { vendors: merged }, problems };
}

/** The bodies in the input, in its order; a generator, so problems come in that order too. */
function* bodiesOf(health: unknown, problems: ParseProblem[]): Generator<Body> {
  if (Array.isArray(health)) {
    yield { value: health, path: '' };
    return;
  }
  if (!isFields(health)) {
    const shapes = 'an array of vendor health entries, or such arrays by kind of device';
    report(problems, '', `expected ${shapes}, ${describeValue(health)}`);
    return;
  }
  for (const key of Object.keys(health)) {
    const path = childPath('', key);
    const deviceType = deviceTypes.find((type) => type === key);
    if (deviceType) yield { value: health[key], path, deviceType };
    else {
      const kinds = deviceTypes.join(', ');
      report(problems, path, `not a kind of device (${kinds}); its vendors get no device type`);
      yield { value: health[key], path };
    }
  }
}

function report(problems: ParseProblem[], path: string, message: string): void {
  problems.push({ path: path === '' ? rootPath : path, message });
}

/** Vendors merged so far, by registry key. */
type Merged = Record<string, VendorInfo>;

function readBody(body: Body, merged: Merged, problems: ParseProblem[]): void {
  const { value, path } = body;
  if (!Array.isArray(value)) {
    report(problems, path, `expected an array of vendor health entries, ${describeValue(value)}`);
    return;
  }
  const seen = new Map<string, string>();
  // An index loop: holes in a sparse array are reported like any other missing entry.
  for (let index = 0; index < value.length; index++) {
    const entryPath = childPath(path, index);
    const key = readEntry(value[index], entryPath, body.deviceType, merged, problems);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `repeats the vendor at ${first}; this later entry is kept`;
      report(problems, childPath(entryPath, 'vendor'), message);
    } else seen.set(key, entryPath);
  }
}

/** Reads one entry into the registry; gives its registry key, or `undefined` when dropped. */
function readEntry(
  entry: unknown,
  path: string,
  deviceType: DeviceType | undefined,
  merged: Merged,
  problems: ParseProblem[],
): string | undefined {
  const dropped = 'the entry is dropped';
  if (!isFields(entry)) {
    report(problems, path, `expected a vendor health object, ${describeValue(entry)}; ${dropped}`);
    return;
  }
  const code = own(entry, 'vendor');
  const key = normaliseVendorCode(code);
  if (key === undefined) {
    const what = typeof code === 'string' ? 'a non-empty string' : 'a string';
    report(
      problems,
      childPath(path, 'vendor'),
      `expected ${what}, ${describeValue(code)}; ${dropped}`,
    );
    return;
  }
  // What the registry says so far: an earlier entry, the bundled facts, or a derived name.
  const base = getVendor(code, { vendors: merged }) as VendorInfo;
  const name = readText(entry, 'displayName', path, problems, `read as ${quote(base.name)}`);
  const portalOutcome = base.portal ? `read as ${quote(base.portal)}` : 'no portal';
  const portal = readText(entry, 'portalName', path, problems, portalOutcome);
  const status = readStatus(entry, 'status', path, problems);
  const linkingStatus = readStatus(entry, 'linkingStatus', path, problems);

  const named = name ?? base.name;
  // A bundled brand keeps its monogram whatever the API calls it (`VW` for "Volkswagen").
  const monogram = getBrand(code)?.known ? base.monogram : monogramOf(named);
  // A copy: the registry is the host's to keep, apart from the bundled data.
  const deviceTypes = [...base.deviceTypes];
  if (deviceType && !deviceTypes.includes(deviceType)) deviceTypes.push(deviceType);
  const reported: VendorHealth = {
    ...(deviceType ? { deviceType } : {}),
    ...(status ? { status } : {}),
    ...(linkingStatus ? { linkingStatus } : {}),
  };
  // The latest report per kind of device replaces the one before it.
  const health = (base.health ?? []).filter((earlier) => earlier.deviceType !== deviceType);
  if (status || linkingStatus) health.push(reported);
  const vendor: VendorInfo = {
    code: base.code,
    name: named,
    ...(base.color ? { color: base.color } : {}),
    monogram,
    known: true,
    ...((portal ?? base.portal) ? { portal: portal ?? base.portal } : {}),
    deviceTypes,
    ...(health.length > 0 ? { health } : {}),
  };
  merged[key] = vendor;
  return key;
}

/** A string field that must be present and not blank; `undefined`, with a problem, otherwise. */
function readText(
  entry: Fields,
  field: string,
  path: string,
  problems: ParseProblem[],
  outcome: string,
): string | undefined {
  const value = own(entry, field);
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (text) return text;
  const what = typeof value === 'string' ? 'a non-empty string' : 'a string';
  report(problems, childPath(path, field), `expected ${what}, ${describeValue(value)}; ${outcome}`);
  return undefined;
}

function readStatus(
  entry: Fields,
  field: string,
  path: string,
  problems: ParseProblem[],
): VendorHealthStatus | undefined {
  const value = own(entry, field);
  const status = statuses.find((known) => known === value);
  if (status) return status;
  const expected = 'READY, ELEVATED_ERROR_RATE or OUTAGE';
  report(
    problems,
    childPath(path, field),
    `expected ${expected}, ${describeValue(value)}; left out`,
  );
  return undefined;
}
