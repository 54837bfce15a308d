import type { DeviceType } from '../model/device.js';
import {
  type Brand,
  getBrand,
  knownSpelling,
  knownVendorCodes,
  normaliseVendorCode,
} from './brands.js';

/**
 * The app or web portal the owner of each vendor's devices signs in to, by the API's code.
 * Only where the maker names one plainly; a vendor left out reads "the maker's app" in the UI.
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
  MERCEDES: 'Mercedes me',
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

/** What the library knows about one vendor: its brand, its portal and its kinds of device. */
export interface VendorInfo extends Brand {
  /** The app or web portal the owner signs in to (`MyŠkoda`); absent when none is named. */
  portal?: string;
  /** The kinds of device this vendor makes that the API connects; empty when unknown. */
  deviceTypes: readonly DeviceType[];
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
 */
export function getVendor(code: unknown): VendorInfo | undefined {
  const brand = getBrand(code);
  if (!brand) return undefined;
  const key = normaliseVendorCode(code) ?? '';
  const spelled = knownSpelling(key);
  const portal =
    spelled !== undefined && Object.hasOwn(portals, spelled) ? portals[spelled] : undefined;
  return { ...brand, ...(portal ? { portal } : {}), deviceTypes: deviceTypesOf(key) };
}

/** Every vendor the library knows, by code as the API spells it. Frozen: read only. */
export const vendors: Readonly<Record<string, Readonly<VendorInfo>>> = Object.freeze(
  Object.fromEntries(knownVendorCodes.map((code) => [code, getVendor(code) as VendorInfo])),
);
