import type { DeviceType } from '../model/device.js';
import { type Brand, getBrand, knownVendorCodes, normaliseVendorCode } from './brands.js';

/** The app or web portal the owner of each vendor's devices signs in to. */
const portals: Record<string, string> = {
  AUDI: 'myAudi',
  BMW: 'My BMW',
  CITROEN: 'MyCitroën',
  CUPRA: 'My CUPRA',
  DACIA: 'My Dacia',
  DS: 'MyDS',
  FIAT: 'FIAT app',
  FORD: 'FordPass',
  HONDA: 'My Honda+',
  HYUNDAI: 'Bluelink',
  JAGUAR: 'Jaguar Remote',
  JEEP: 'Jeep app',
  KIA: 'Kia Connect',
  LANDROVER: 'Land Rover Remote',
  MERCEDES: 'Mercedes me',
  MG: 'MG iSMART',
  MINI: 'MINI app',
  NISSAN: 'NissanConnect',
  OPEL: 'myOpel',
  PEUGEOT: 'MyPeugeot',
  PORSCHE: 'My Porsche',
  RENAULT: 'My Renault',
  SEAT: 'My SEAT',
  SKODA: 'MyŠkoda',
  TESLA: 'Tesla app',
  TOYOTA: 'MyToyota',
  VAUXHALL: 'MyVauxhall',
  VOLKSWAGEN: 'Volkswagen app',
  VOLVO: 'Volvo Cars',
  CHARGEAMPS: 'Charge Amps app',
  EASEE: 'Easee app',
  EO: 'EO app',
  EVBOX: 'EVBox Connect',
  WALLBOX: 'myWallbox',
  ZAPTEC: 'Zaptec app',
  ADAX: 'Adax WiFi',
  ECOBEE: 'ecobee app',
  HONEYWELL: 'Honeywell Home',
  MICROMATIC: 'Micro Matic app',
  MILL: 'Millheat',
  MITSUBISHI: 'MELCloud',
  NEST: 'Google Home',
  SENSIBO: 'Sensibo app',
  TADO: 'tado° app',
  ENPHASE: 'Enphase App',
  EMA: 'EMA app',
  FRONIUS: 'Solar.web',
  GOODWE: 'SEMS Portal',
  GROWATT: 'ShinePhone',
  HUAWEI: 'FusionSolar',
  SMA: 'Sunny Portal',
  SOLAREDGE: 'mySolarEdge',
  SOLIS: 'SolisCloud',
};

/** Which vendors make which kinds of device, as the API's vendor lists group them. */
const codesByDeviceType: Record<DeviceType, string> = {
  vehicle:
    'AUDI BMW CITROEN CUPRA DACIA DS FIAT FORD HONDA HYUNDAI JAGUAR JEEP KIA LANDROVER MERCEDES MG MINI NISSAN OPEL PEUGEOT PORSCHE RENAULT SEAT SKODA TESLA TOYOTA VAUXHALL VOLKSWAGEN VOLVO',
  charger: 'CHARGEAMPS EASEE EO EVBOX WALLBOX ZAPTEC',
  hvac: 'ADAX ECOBEE HONEYWELL MICROMATIC MILL MITSUBISHI NEST SENSIBO TADO',
  inverter: 'ENPHASE EMA FRONIUS GOODWE GROWATT HUAWEI SMA SOLAREDGE SOLIS',
  battery: '',
  meter: '',
};

/** What the library knows about one vendor: its brand, its portal and its kinds of device. */
export interface VendorInfo extends Brand {
  /** The app or web portal the owner signs in to (`MyŠkoda`); absent for an unknown vendor. */
  portal?: string;
  /** The kinds of device this vendor makes that the API connects; empty when unknown. */
  deviceTypes: readonly DeviceType[];
}

/** Vendor code → the kinds of device it makes, built once from the table above. */
let deviceTypesByCode: Map<string, DeviceType[]> | undefined;

function deviceTypesOf(code: string): DeviceType[] {
  if (!deviceTypesByCode) {
    deviceTypesByCode = new Map();
    for (const [type, codes] of Object.entries(codesByDeviceType) as [DeviceType, string][]) {
      for (const vendor of codes.split(' ').filter(Boolean)) {
        deviceTypesByCode.set(vendor, [...(deviceTypesByCode.get(vendor) ?? []), type]);
      }
    }
  }
  return deviceTypesByCode.get(code) ?? [];
}

/**
 * The vendor behind a code, for any input; `undefined` when the code is empty or not a string.
 * An unknown code still gets a readable name derived from it.
 */
export function getVendor(code: unknown): VendorInfo | undefined {
  const brand = getBrand(code);
  if (!brand) return undefined;
  const key = normaliseVendorCode(code) ?? '';
  const portal = Object.hasOwn(portals, key) ? portals[key] : undefined;
  return { ...brand, ...(portal ? { portal } : {}), deviceTypes: deviceTypesOf(key) };
}

/** Every vendor the library knows, by code. Frozen: read only. */
export const vendors: Readonly<Record<string, Readonly<VendorInfo>>> = Object.freeze(
  Object.fromEntries(knownVendorCodes.map((code) => [code, getVendor(code) as VendorInfo])),
);
