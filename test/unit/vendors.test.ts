import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownVendorCodes, monogramOf, nameFromCode } from '../../src/catalogue/brands.js';
import { getBrand, getVendor, vendors } from '../../src/index.js';
import { contrastRatio, markText, readableTextOn } from '../../src/styles/color.js';
import { enodeApiVersion, vendorEnums } from '../fixtures/enode-vendor-enums.js';

/** Every code of the enums, once, with the kinds of device whose enums list it. */
const enumTypesByCode = new Map<string, string[]>();
for (const [type, codes] of Object.entries(vendorEnums)) {
  for (const code of codes) enumTypesByCode.set(code, [...(enumTypesByCode.get(code) ?? []), type]);
}
const enumCodes = [...enumTypesByCode.keys()];

/** Vendors whose owner app the library has named since the first vendor list. */
const namedApps =
  'AUDI BMW CITROEN CUPRA DACIA DS FIAT FORD HONDA HYUNDAI JAGUAR JEEP KIA LANDROVER MERCEDES MG MINI NISSAN OPEL PEUGEOT PORSCHE RENAULT SEAT SKODA TESLA TOYOTA VAUXHALL VOLKSWAGEN VOLVO CHARGEAMPS EASEE EO EVBOX WALLBOX ZAPTEC ADAX ECOBEE HONEYWELL MICROMATIC MILL MITSUBISHI NEST SENSIBO TADO ENPHASE APSYSTEMS FRONIUS GOODWE GROWATT HUAWEI SMA SOLAREDGE SOLIS';

describe(`vendor registry against the API's vendor enums (${enodeApiVersion})`, () => {
  it('lists exactly the codes of the enums, spelled as they are', () => {
    expect([...knownVendorCodes].sort()).toEqual([...enumCodes].sort());
    expect(Object.keys(vendors).sort()).toEqual([...enumCodes].sort());
  });

  it.each(enumCodes)('knows %s: a brand name, a colour and a monogram', (code) => {
    const vendor = getVendor(code);
    expect(vendor).toMatchObject({ code, known: true });
    expect(vendor?.name.trim()).not.toBe('');
    expect(vendor?.color).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
    expect(vendor?.monogram.length).toBeGreaterThan(0);
    expect(getBrand(code)).toMatchObject({ code, name: vendor?.name, color: vendor?.color });
  });

  it.each(enumCodes)('gives %s the device types of the enums that list it', (code) => {
    expect([...(getVendor(code)?.deviceTypes ?? [])].sort()).toEqual(
      [...(enumTypesByCode.get(code) ?? [])].sort(),
    );
  });

  it.each(enumCodes)('finds %s exactly, in any case and with spaces around', (code) => {
    for (const given of [code, code.toLowerCase(), code.toUpperCase(), ` ${code.toLowerCase()} `]) {
      expect(getVendor(given)?.code, given).toBe(code);
      expect(getBrand(given)?.code, given).toBe(code);
    }
  });

  it('finds the mixed-case codes and reports their spelling', () => {
    for (const given of ['Deye', 'DEYE', ' deye ']) {
      expect(getBrand(given)).toMatchObject({ code: 'Deye', name: 'Deye', known: true });
      expect(getVendor(given)).toMatchObject({ code: 'Deye', deviceTypes: ['inverter'] });
    }
    expect(getVendor('csisolar')).toMatchObject({ code: 'CSISolar', name: 'CSI Solar' });
    expect(getVendor('HOYMILES')).toMatchObject({ code: 'Hoymiles', name: 'Hoymiles' });
  });

  it('writes brands as their makers do', () => {
    const names = {
      SKODA: 'ŠKODA',
      CITROEN: 'Citroën',
      TADO: 'tado°',
      CUPRA: 'CUPRA',
      SMA: 'SMA',
      SOLAREDGE: 'SolarEdge',
      ALFAROMEO: 'Alfa Romeo',
      XPENG: 'XPENG',
      GOE: 'go-e',
      MYENERGI: 'myenergi',
      PODPOINT: 'Pod Point',
      FOXESS: 'FoxESS',
      GIVENERGY: 'GivEnergy',
      SOLARK: 'Sol-Ark',
      APSYSTEMS: 'APsystems',
    };
    for (const [code, name] of Object.entries(names))
      expect(getVendor(code)?.name, code).toBe(name);
  });

  it('keeps a maker in several enums one vendor with every kind of device', () => {
    expect(getVendor('TESLA')?.deviceTypes).toEqual([
      'vehicle',
      'charger',
      'inverter',
      'battery',
      'meter',
    ]);
    expect(getVendor('ENPHASE')?.deviceTypes).toEqual(['inverter', 'battery', 'meter']);
  });

  it('names the owner app of the vendors it has named all along', () => {
    for (const code of namedApps.split(' ')) {
      expect(getVendor(code)?.portal?.trim().length, code).toBeGreaterThan(0);
    }
  });

  it.each(Object.values(vendors))('draws $code with text that meets WCAG AA contrast', (vendor) => {
    const background = vendor.color ?? '';
    expect(contrastRatio(readableTextOn(background), background)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast ratios as WCAG defines them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('not a colour', '#ffffff')).toBe(1);
  });

  it('derives names from unknown codes', () => {
    expect(nameFromCode('LAND_ROVER')).toBe('Land Rover');
    expect(nameFromCode('XPENG')).toBe('Xpeng');
    expect(nameFromCode('great-wall motors')).toBe('Great Wall Motors');
    expect(getVendor('LAND_ROVER')).toMatchObject({ name: 'Land Rover', known: false });
  });

  it('has no vendor for empty, invisible or non-string codes', () => {
    for (const bad of ['', '  ', '\u200b', '\u200e\u200f', null, undefined, 7, {}, [], true]) {
      expect(getVendor(bad)).toBeUndefined();
    }
  });

  it('does not mistake inherited object keys for vendors', () => {
    expect(getVendor('constructor')).toMatchObject({ known: false, name: 'Constructor' });
    expect(getVendor('__proto__')).toMatchObject({ known: false });
  });

  it('draws one or two letters on the mark', () => {
    expect(monogramOf('ŠKODA')).toBe('Š');
    expect(monogramOf('Land Rover')).toBe('LR');
    expect(monogramOf('Mercedes-Benz')).toBe('MB');
    expect(monogramOf('')).toBe('?');
    // A flag or an emoji sequence is one character to a reader: never half of one.
    expect(monogramOf('🇳🇴 Motors')).toBe('🇳🇴M');
    expect(monogramOf('👩‍🔧 garage')).toBe('👩‍🔧G');
    expect(monogramOf('e\u0301lan')).toBe('É'.normalize('NFD'));
    expect(getVendor('VOLKSWAGEN')?.monogram).toBe('VW');
  });

  it('never splits a letter from the mark that follows it, after a plain ASCII letter too', () => {
    expect(monogramOf('a\u0301rvore')).toBe('Á'.normalize('NFD'));
    expect(monogramOf('1\uFE0F\u20E3 club')).toBe('1\uFE0F\u20E3C');
    expect(monogramOf('x')).toBe('X');
    expect(monogramOf('go e')).toBe('GE');
    // Whatever the text, each letter drawn is the first whole character of its word.
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.constantFrom('a', 'Z', '1', '\u0301', '\u200D', '\uFE0F', '\u20E3', '\r', '🇳', '🇴', '👩'),
    );
    const word = fc
      .array(piece, { minLength: 1, maxLength: 4 })
      .map((pieces) => pieces.join('').replace(/[\s_.-]+/g, ''))
      .filter((text) => text !== '' && !/^[A-Z]{2,3}$/.test(text));
    const segmenter = new Intl.Segmenter();
    const first = (text: string) =>
      segmenter.segment(text)[Symbol.iterator]().next().value?.segment ?? '';
    fc.assert(
      fc.property(word, (text) => {
        expect(monogramOf(text)).toBe(first(text).toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readableTextOn', () => {
  it('picks the text colour with the higher contrast, across the whole grey ramp', () => {
    for (let v = 0; v <= 255; v += 1) {
      const grey = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      const chosen = readableTextOn(grey);
      const other = chosen === markText.light ? markText.dark : markText.light;
      expect(contrastRatio(chosen, grey), grey).toBeGreaterThanOrEqual(
        contrastRatio(other, grey) - 0.05,
      );
    }
  });
});
