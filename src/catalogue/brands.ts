/**
 * The brand facts BrandBadge draws, kept apart from the rest of the vendor registry so a badge
 * ships only what it shows. Per vendor code: the brand colour (three hex digits without `#`:
 * the mark is a simple monogram, not a logo), then the name as the maker writes it and, where
 * the derived letters would read badly, the monogram. A bare colour means the name is the code
 * in title case (`AUDI` → "Audi"), which keeps the table small.
 */
const brandTable: Record<
  string,
  string | readonly [color: string, name: string, monogram?: string]
> = {
  AUDI: 'b13',
  BMW: ['26c', 'BMW'],
  CITROEN: ['d22', 'Citroën'],
  CUPRA: ['953', 'CUPRA'],
  DACIA: '665',
  DS: ['222', 'DS Automobiles'],
  FIAT: '923',
  FORD: '015',
  HONDA: 'c00',
  HYUNDAI: '036',
  JAGUAR: '222',
  JEEP: '444',
  KIA: '012',
  LANDROVER: ['053', 'Land Rover'],
  MERCEDES: ['222', 'Mercedes-Benz'],
  MG: ['c13', 'MG'],
  MINI: ['222', 'MINI'],
  NISSAN: 'b03',
  OPEL: 'ff1',
  PEUGEOT: '125',
  PORSCHE: 'd02',
  RENAULT: 'fc3',
  SEAT: ['e52', 'SEAT'],
  SKODA: ['133', 'ŠKODA'],
  TESLA: 'c00',
  TOYOTA: 'd01',
  VAUXHALL: 'd01',
  VOLKSWAGEN: ['025', 'Volkswagen', 'VW'],
  VOLVO: '035',
  CHARGEAMPS: ['0aa', 'Charge Amps'],
  EASEE: '333',
  EO: ['0b7', 'EO Charging'],
  EVBOX: ['0a5', 'EVBox'],
  WALLBOX: '2ca',
  ZAPTEC: '034',
  ADAX: '222',
  ECOBEE: ['3b4', 'ecobee'],
  HONEYWELL: 'd03',
  MICROMATIC: ['059', 'Micro Matic'],
  MILL: '222',
  MITSUBISHI: ['e01', 'Mitsubishi Electric'],
  NEST: ['48e', 'Google Nest'],
  SENSIBO: '0b8',
  TADO: ['f80', 'tado°'],
  ENPHASE: 'e72',
  EMA: ['27b', 'APsystems EMA'],
  FRONIUS: 'd02',
  GOODWE: ['e01', 'GoodWe'],
  GROWATT: 'fa0',
  HUAWEI: 'c01',
  SMA: ['c00', 'SMA'],
  SOLAREDGE: ['d03', 'SolarEdge'],
  SOLIS: 'e90',
};

/** A vendor's brand as BrandBadge shows it. */
export interface Brand {
  /** The vendor code, upper case for a known vendor (`SKODA`), as given otherwise. */
  code: string;
  /** The brand as the maker writes it (`ŠKODA`), or a name derived from an unknown code. */
  name: string;
  /** The brand colour as `#rgb`; absent for an unknown vendor. */
  color?: string;
  /** One to three letters drawn on the mark. */
  monogram: string;
  /** `false` for a code the registry does not list. */
  known: boolean;
}

/** Every vendor code the registry knows. */
export const knownVendorCodes: readonly string[] = /* @__PURE__ */ Object.keys(brandTable);

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

/** The first character as a reader sees it: a whole flag or emoji sequence, an accented letter. */
function firstCharacter(word: string): string {
  return new Intl.Segmenter().segment(word)[Symbol.iterator]().next().value?.segment ?? '';
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

/**
 * The brand behind a code, for any input: a known code (case and surrounding spaces ignored)
 * gets its registry entry, any other non-empty string a name derived from it, and anything
 * else `undefined`, for the caller to show as an unknown brand.
 */
export function getBrand(code: unknown): Brand | undefined {
  const key = normaliseVendorCode(code);
  if (key === undefined) return undefined;
  const entry = Object.hasOwn(brandTable, key) ? brandTable[key] : undefined;
  if (entry) {
    const [color, name = nameFromCode(key), monogram] = typeof entry === 'string' ? [entry] : entry;
    return {
      code: key,
      name,
      color: `#${color}`,
      monogram: monogram ?? monogramOf(name),
      known: true,
    };
  }
  const given = visibleCode(code as string);
  const name = nameFromCode(given) || given;
  return { code: given, name, monogram: monogramOf(name), known: false };
}
