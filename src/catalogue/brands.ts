import type { VendorRegistry } from './vendors.js';

/**
 * The brand facts BrandBadge draws, kept apart from the rest of the vendor registry so a badge
 * ships only what it shows. One entry per vendor code of the API's vendor enums (version
 * 2024-10-01), keyed by the code as the API spells it (`SKODA`, `Deye`). Per code: the brand
 * colour (three hex digits without `#`: the mark is a simple monogram, not a logo), then the
 * name as the maker writes it and, where the derived letters would read badly, the monogram. A
 * bare colour means the name is the code in title case (`AUDI` → "Audi", `Deye` → "Deye"),
 * which keeps the table small.
 */
const brandTable: Record<
  string,
  string | readonly [color: string, name: string, monogram?: string]
> = {
  // Vehicles (VehicleVendor).
  ACURA: '333',
  ALFAROMEO: ['b02', 'Alfa Romeo'],
  ALPINE: '05b',
  AUDI: 'b13',
  BMW: ['26c', 'BMW'],
  BYD: ['c02', 'BYD'],
  CADILLAC: '123',
  CHEVROLET: 'da4',
  CHRYSLER: '125',
  CITROEN: ['d22', 'Citroën'],
  CUPRA: ['953', 'CUPRA'],
  DACIA: '665',
  DODGE: 'd02',
  DS: ['222', 'DS Automobiles'],
  FIAT: '923',
  FORD: '015',
  GMC: ['c00', 'GMC'],
  HONDA: 'c00',
  HYUNDAI: '036',
  JAGUAR: '222',
  JEEP: '444',
  KIA: '012',
  LANCIA: '036',
  LANDROVER: ['053', 'Land Rover'],
  LEXUS: '222',
  LUCID: '222',
  MAZDA: '222',
  MERCEDES: ['222', 'Mercedes-Benz'],
  MG: ['c13', 'MG'],
  MINI: ['222', 'MINI'],
  NIO: ['078', 'NIO'],
  NISSAN: 'b03',
  OPEL: 'ff1',
  PEUGEOT: '125',
  POLESTAR: '222',
  PORSCHE: 'd02',
  RAM: '111',
  RENAULT: 'fc3',
  RIVIAN: 'fb0',
  SEAT: ['e52', 'SEAT'],
  SKODA: ['133', 'ŠKODA'],
  SUBARU: '037',
  TESLA: 'c00',
  TOYOTA: 'd01',
  VAUXHALL: 'd01',
  VOLKSWAGEN: ['025', 'Volkswagen', 'VW'],
  VOLVO: '035',
  XPENG: ['333', 'XPENG'],
  // Chargers (ChargerVendor).
  ALFEN: 'e80',
  CHARGEAMPS: ['0aa', 'Charge Amps'],
  CHARGEPOINT: ['e70', 'ChargePoint'],
  EASEE: '333',
  ENELX: ['05f', 'Enel X'],
  EO: ['0b7', 'EO Charging'],
  EVBOX: ['0a5', 'EVBox'],
  GARO: ['c12', 'GARO'],
  GOE: ['5b2', 'go-e'],
  HEIDELBERG: '036',
  HYPERVOLT: '123',
  KEBA: ['d01', 'KEBA'],
  MYENERGI: ['4bb', 'myenergi'],
  OHME: '0a8',
  PODPOINT: ['2b6', 'Pod Point'],
  SCHNEIDER: ['3d5', 'Schneider Electric'],
  WALLBOX: '2ca',
  ZAPTEC: '034',
  // Heating, ventilation and air conditioning (HvacVendor).
  ADAX: '222',
  BOSCH: 'e01',
  DAIKIN: '09d',
  ECOBEE: ['3b4', 'ecobee'],
  FUJITSU: 'e01',
  HONEYWELL: 'd03',
  MICROMATIC: ['059', 'Micro Matic'],
  MILL: '222',
  MITSUBISHI: ['e01', 'Mitsubishi Electric'],
  NEST: ['48e', 'Google Nest'],
  NETATMO: '234',
  NIBE: ['e01', 'NIBE'],
  PANASONIC: '04c',
  RESIDEO: '234',
  SENSIBO: '0b8',
  TADO: ['f80', 'tado°'],
  TOSHIBA: 'e00',
  // Solar inverters, home batteries and meters (InverterVendor, BatteryVendor, MeterVendor).
  AFORE: '06b',
  APSYSTEMS: ['27b', 'APsystems'],
  CSISolar: ['c01', 'CSI Solar'],
  Deye: '16b',
  ENPHASE: 'e72',
  FOXESS: ['e30', 'FoxESS'],
  FRONIUS: 'd02',
  GIVENERGY: ['0a6', 'GivEnergy'],
  GOODWE: ['e01', 'GoodWe'],
  GROWATT: 'fa0',
  Hoymiles: '07c',
  HUAWEI: 'c01',
  INVT: ['d01', 'INVT'],
  SMA: ['c00', 'SMA'],
  SOFAR: ['09e', 'SOFAR'],
  SOLAREDGE: ['d03', 'SolarEdge'],
  SOLARK: ['f70', 'Sol-Ark'],
  SOLAX: ['07c', 'SolaX'],
  SOLIS: 'e90',
  SOLPLANET: '2a6',
  SUNGROW: 'e40',
  SUNSYNK: 'fc0',
  TSUN: ['08c', 'TSUN'],
};

/** A vendor's brand as BrandBadge shows it. */
export interface Brand {
  /**
   * The vendor code: as the API's vendor enums spell it for a known vendor (`SKODA`, `Deye`),
   * as given otherwise.
   */
  code: string;
  /** The brand as the maker writes it (`ŠKODA`), or a name derived from an unknown code. */
  name: string;
  /** The brand colour as `#rgb` or `#rrggbb`; absent when the library has none for the vendor. */
  color?: string;
  /** One to three letters drawn on the mark. */
  monogram: string;
  /**
   * `true` for a vendor the bundled registry or the registry passed in lists, `false` for a
   * code neither lists (its name is derived from the code).
   */
  known: boolean;
}

/** Every vendor code the registry knows, spelled as the API spells it. */
export const knownVendorCodes: readonly string[] = /* @__PURE__ */ Object.keys(brandTable);

/** Upper-case key → the API's spelling, so `DEYE`, `deye` and `Deye` all find `Deye`. */
let spellings: Map<string, string> | undefined;

/** The API's spelling of a known code, from its registry key; `undefined` for an unknown one. */
export function knownSpelling(key: string): string | undefined {
  spellings ??= new Map(knownVendorCodes.map((code) => [code.toUpperCase(), code]));
  return spellings.get(key);
}

/** What separates words in a vendor code or a brand name. */
const wordBreak = /[\s_.-]+/;

/** `LAND_ROVER` → "Land Rover": a readable name for a code the registry does not list. */
export function nameFromCode(code: string): string {
  return code
    .split(wordBreak)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

/**
 * The letters drawn on a mark: a short upper-case first word whole (`MG`, `DS Automobiles` →
 * "DS", `BMW`), otherwise the initials of the first two words (`Land Rover` → "LR",
 * `ŠKODA` → "Š").
 */
export function monogramOf(name: string): string {
  const words = name.split(wordBreak).filter(Boolean);
  const first = words[0] ?? '';
  if (/^[A-Z]{2,3}$/.test(first)) return first;
  const initials = words.slice(0, 2).map((word) => firstCharacter(word).toUpperCase());
  return initials.join('') || '?';
}

/**
 * One segmenter for every mark, made on first use rather than at import: building one per word
 * cost more than all the rest of a device's plan.
 */
let segmenter: Intl.Segmenter | undefined;

/** The first character as a reader sees it: a whole flag or emoji sequence, an accented letter. */
function firstCharacter(word: string): string {
  // No ASCII character joins the one before it (accents, joiners and variation selectors are
  // not ASCII), and CR LF, the one ASCII pair read as one character, never sits in a word:
  // both split words. So a word that starts with ASCII followed by ASCII, or by nothing,
  // starts with that one character, and needs no segmenter.
  if (word.charCodeAt(0) < 128 && !(word.charCodeAt(1) > 127)) return word.charAt(0);
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(word).containing(0)?.segment ?? '';
}

/** A code as given, without invisible format characters (zero-width spaces, direction marks). */
function visibleCode(code: string): string {
  return code.replace(/\p{Cf}/gu, '').trim();
}

/** The registry key for a vendor code: visible, trimmed, upper case; `undefined` when empty. */
export function normaliseVendorCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  return visibleCode(code).toUpperCase() || undefined;
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * A registry's entry for a key. A registry may come from a cache or across a network, so
 * anything that is not an object, there or in its place, reads as no entry. Keys are upper
 * case, so none can name an `Object.prototype` member (`constructor`, `__proto__`).
 */
export function listedEntry(registry: unknown, key: string): Fields | undefined {
  const entry: unknown = (registry as { vendors?: Fields } | null | undefined)?.vendors?.[key];
  return typeof entry === 'object' && entry !== null ? (entry as Fields) : undefined;
}

/** An entry's field when it is a non-empty string; anything else reads as absent. */
export function textOf(entry: Fields, field: string): string | undefined {
  const value = entry[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const hexColor = /^#([0-9a-f]{3}){1,2}$/i;

/**
 * The brand behind a code, for any input: a known code (case and surrounding spaces ignored)
 * gets its registry entry, any other non-empty string a name derived from it, and anything
 * else `undefined`, for the caller to show as an unknown brand.
 *
 * With a `registry` (from `mergeVendorHealth`), its entry for the code wins field by field over
 * the bundled one; a field it lacks, or holds in an unusable form, keeps the bundled value.
 */
export function getBrand(code: unknown, registry?: VendorRegistry): Brand | undefined {
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
