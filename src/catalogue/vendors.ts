import type { DeviceType } from '../model/device.js';
import {
  type Brand,
  getBrand,
  knownSpelling,
  knownVendorCodes,
  listedEntry,
  normaliseVendorCode,
  textOf,
} from './brands.js';
import { remember } from './remember.js';

/**
 * The app or web portal the owner of each vendor's devices signs in to, by the API's code.
 * Only where the maker names one plainly; a vendor left out reads "the maker's app" in the UI,
 * until the API's health endpoints name it (`portalName`, merged by `mergeVendorHealth`).
 */
const portals: Record<string, string> = {
  AUDI: 'myAudi',
  BMW: 'My BMW',
  CADILLAC: 'myCadillac',
  CHEVROLET: 'myChevrolet',
  CITROEN: 'MyCitroën',
  CUPRA: 'My CUPRA',
  DACIA: 'My Dacia',
  DS: 'MyDS',
  FIAT: 'FIAT app',
  FORD: 'FordPass',
  GMC: 'myGMC',
  HONDA: 'My Honda+',
  HYUNDAI: 'Bluelink',
  JAGUAR: 'Jaguar Remote',
  JEEP: 'Jeep app',
  KIA: 'Kia Connect',
  LANDROVER: 'Land Rover Remote',
  LUCID: 'Lucid app',
  MAZDA: 'MyMazda',
  MERCEDES: 'Mercedes-Benz app',
  MG: 'MG iSMART',
  MINI: 'MINI app',
  NIO: 'NIO App',
  NISSAN: 'NissanConnect',
  OPEL: 'myOpel',
  PEUGEOT: 'MyPeugeot',
  POLESTAR: 'Polestar app',
  PORSCHE: 'My Porsche',
  RENAULT: 'My Renault',
  RIVIAN: 'Rivian app',
  SEAT: 'My SEAT',
  SKODA: 'MyŠkoda',
  SUBARU: 'MySubaru',
  TESLA: 'Tesla app',
  TOYOTA: 'MyToyota',
  VAUXHALL: 'MyVauxhall',
  VOLKSWAGEN: 'Volkswagen app',
  VOLVO: 'Volvo Cars',
  CHARGEAMPS: 'Charge Amps app',
  CHARGEPOINT: 'ChargePoint app',
  EASEE: 'Easee app',
  EO: 'EO app',
  EVBOX: 'EVBox Connect',
  GOE: 'go-e app',
  HYPERVOLT: 'Hypervolt app',
  MYENERGI: 'myenergi app',
  OHME: 'Ohme app',
  PODPOINT: 'Pod Point app',
  WALLBOX: 'myWallbox',
  ZAPTEC: 'Zaptec app',
  ADAX: 'Adax WiFi',
  DAIKIN: 'Daikin Onecta',
  ECOBEE: 'ecobee app',
  HONEYWELL: 'Honeywell Home',
  MICROMATIC: 'Micro Matic app',
  MILL: 'Millheat',
  MITSUBISHI: 'MELCloud',
  NEST: 'Google Home',
  NIBE: 'myUplink',
  PANASONIC: 'Panasonic Comfort Cloud',
  SENSIBO: 'Sensibo app',
  TADO: 'tado° app',
  APSYSTEMS: 'EMA app',
  ENPHASE: 'Enphase App',
  FOXESS: 'FoxCloud',
  FRONIUS: 'Solar.web',
  GIVENERGY: 'GivEnergy app',
  GOODWE: 'SEMS Portal',
  GROWATT: 'ShinePhone',
  Hoymiles: 'S-Miles Cloud',
  HUAWEI: 'FusionSolar',
  SMA: 'Sunny Portal',
  SOLAREDGE: 'mySolarEdge',
  SOLAX: 'SolaX Cloud',
  SOLIS: 'SolisCloud',
  SUNGROW: 'iSolarCloud',
  SUNSYNK: 'Sunsynk Connect',
};

/**
 * Which vendors make which kinds of device: the API's vendor enums (version 2024-10-01), in
 * their order and spelling. A vendor in several enums makes several kinds (`TESLA`).
 */
const codesByDeviceType: Record<DeviceType, string> = {
  vehicle:
    'ACURA AUDI BMW HONDA HYUNDAI JAGUAR LANDROVER KIA MERCEDES MINI NISSAN PEUGEOT PORSCHE RENAULT SEAT SKODA TESLA VOLKSWAGEN VOLVO FORD OPEL DS TOYOTA LEXUS CITROEN CUPRA VAUXHALL FIAT RIVIAN NIO CHEVROLET GMC CADILLAC XPENG POLESTAR SUBARU JEEP MAZDA MG CHRYSLER DODGE RAM ALFAROMEO LANCIA LUCID BYD DACIA ALPINE',
  charger:
    'ZAPTEC EASEE WALLBOX EO CHARGEAMPS EVBOX GOE CHARGEPOINT ENELX TESLA OHME GARO SCHNEIDER PODPOINT KEBA HYPERVOLT MYENERGI HEIDELBERG ALFEN',
  hvac: 'TADO MILL ADAX ECOBEE SENSIBO HONEYWELL RESIDEO MITSUBISHI MICROMATIC NIBE PANASONIC TOSHIBA DAIKIN NEST FUJITSU BOSCH NETATMO',
  inverter:
    'AFORE APSYSTEMS CSISolar Deye ENPHASE FOXESS FRONIUS GIVENERGY GOODWE GROWATT Hoymiles HUAWEI INVT SMA SOFAR SOLAREDGE SOLARK SOLAX SOLIS SOLPLANET SUNGROW SUNSYNK TESLA TSUN',
  battery: 'TESLA ENPHASE GIVENERGY HUAWEI SOLAREDGE SMA FOXESS SOLAX SOLIS',
  meter: 'ENPHASE GIVENERGY HUAWEI TESLA SMA SOLAREDGE FOXESS SOLAX SOLIS',
};

/** A vendor's state as the API's health endpoints report it (`status`, `linkingStatus`). */
export type VendorHealthStatus = 'READY' | 'ELEVATED_ERROR_RATE' | 'OUTAGE';

/** What one of the API's health endpoints said about a vendor. */
export interface VendorHealth {
  /** The kind of device the endpoint reports on (`vehicle` for `GET /health/vehicles`), when known. */
  deviceType?: DeviceType;
  /** Whether the vendor's service works: `READY`, `ELEVATED_ERROR_RATE` or `OUTAGE`. */
  status?: VendorHealthStatus;
  /**
   * Whether owners can link devices of this vendor now: with `ELEVATED_ERROR_RATE` linking may
   * take several attempts, with `OUTAGE` it is not possible.
   */
  linkingStatus?: VendorHealthStatus;
}

/** What the library knows about one vendor: its brand, its portal and its kinds of device. */
export interface VendorInfo extends Brand {
  /** The app or web portal the owner signs in to (`MyŠkoda`); absent when none is named. */
  portal?: string;
  /** The kinds of device this vendor makes that the API connects; empty when unknown. */
  deviceTypes: readonly DeviceType[];
  /**
   * What the API's health endpoints said, one entry per kind of device they reported the vendor
   * for; absent for a registry built without them.
   */
  health?: readonly VendorHealth[];
}

/**
 * Vendors the host has facts about from the API, over the bundled registry: what
 * `mergeVendorHealth` returns. Plain data (no functions, no Map), so it survives JSON and can be
 * passed from a server component to client components. Lookups (`getVendor`, `getBrand`, the
 * components' `vendors` prop) read an entry here first, field by field, then the bundled one.
 */
export interface VendorRegistry {
  /** Entries by the code, trimmed and in upper case (`DEYE`). */
  readonly vendors: Readonly<Record<string, Readonly<VendorInfo>>>;
}

/** Vendor code (upper case) → the kinds of device it makes, built once from the table above. */
let deviceTypesByCode: Map<string, DeviceType[]> | undefined;

function deviceTypesOf(key: string): DeviceType[] {
  if (!deviceTypesByCode) {
    deviceTypesByCode = new Map();
    for (const [type, codes] of Object.entries(codesByDeviceType) as [DeviceType, string][]) {
      for (const code of codes.split(' ')) {
        const vendor = code.toUpperCase();
        deviceTypesByCode.set(vendor, [...(deviceTypesByCode.get(vendor) ?? []), type]);
      }
    }
  }
  return deviceTypesByCode.get(key) ?? [];
}

/**
 * The vendor behind a code, for any input; `undefined` when the code is empty or not a string.
 * Case and surrounding spaces are ignored (`' deye '` finds `Deye`), and an unknown code still
 * gets a readable name derived from it.
 *
 * With a `registry` (from `mergeVendorHealth`), its entry for the code wins field by field over
 * the bundled one, and a vendor only the registry lists is found too.
 */
export function getVendor(code: unknown, registry?: VendorRegistry): VendorInfo | undefined {
  if (typeof code !== 'string') return undefined;
  const bundled = remember(bundledVendors, code, bundledVendor);
  if (!bundled) return undefined;
  // A registry's entry for the code changes the answer; without one, it is the bundled vendor,
  // given to each caller as an object of its own.
  return listedEntry(registry, bundled.key) ? vendorOf(code, registry) : { ...bundled.vendor };
}

/** Bundled vendors already worked out, with their registry key, by the code as given. */
const bundledVendors = new Map<string, { key: string; vendor: Readonly<VendorInfo> }>();

function bundledVendor(code: string) {
  const key = normaliseVendorCode(code);
  return key === undefined ? undefined : { key, vendor: vendorOf(code, undefined) as VendorInfo };
}

function vendorOf(code: string, registry: VendorRegistry | undefined): VendorInfo | undefined {
  const brand = getBrand(code, registry);
  if (!brand) return undefined;
  const key = normaliseVendorCode(code) ?? '';
  const spelled = knownSpelling(key);
  const listed = listedEntry(registry, key);
  const portal =
    (listed && textOf(listed, 'portal')) ??
    (spelled !== undefined && Object.hasOwn(portals, spelled) ? portals[spelled] : undefined);
  const listedTypes = listed?.deviceTypes;
  const deviceTypes = Array.isArray(listedTypes)
    ? listedTypes.filter((type): type is DeviceType => typeof type === 'string')
    : deviceTypesOf(key);
  const health = Array.isArray(listed?.health)
    ? (listed.health as unknown[]).filter(
        (entry): entry is VendorHealth => typeof entry === 'object' && entry !== null,
      )
    : undefined;
  return { ...brand, ...(portal ? { portal } : {}), deviceTypes, ...(health ? { health } : {}) };
}

/** Every vendor the library knows, by code as the API spells it. Frozen: read only. */
export const vendors: Readonly<Record<string, Readonly<VendorInfo>>> = Object.freeze(
  Object.fromEntries(knownVendorCodes.map((code) => [code, getVendor(code) as VendorInfo])),
);
