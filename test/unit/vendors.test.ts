import { describe, expect, it } from 'vitest';
import { monogramOf, nameFromCode } from '../../src/catalogue/brands.js';
import { getVendor, vendors } from '../../src/index.js';
import { contrastRatio, markText, readableTextOn } from '../../src/styles/color.js';

const domainBriefCodes = {
  vehicle:
    'AUDI BMW CITROEN CUPRA DACIA DS FIAT FORD HONDA HYUNDAI JAGUAR JEEP KIA LANDROVER MERCEDES MG MINI NISSAN OPEL PEUGEOT PORSCHE RENAULT SEAT SKODA TESLA TOYOTA VAUXHALL VOLKSWAGEN VOLVO',
  charger: 'CHARGEAMPS EASEE EO EVBOX WALLBOX ZAPTEC',
  hvac: 'ADAX ECOBEE HONEYWELL MICROMATIC MILL MITSUBISHI NEST SENSIBO TADO',
  solarInverter: 'ENPHASE EMA FRONIUS GOODWE GROWATT HUAWEI SMA SOLAREDGE SOLIS',
} as const;

describe('vendor registry', () => {
  for (const [type, codes] of Object.entries(domainBriefCodes)) {
    it(`lists every ${type} vendor of the domain brief with its facts`, () => {
      for (const code of codes.split(' ')) {
        const vendor = vendors[code];
        expect(vendor, code).toBeDefined();
        expect(vendor?.name.length, code).toBeGreaterThan(0);
        expect(vendor?.portal?.length, code).toBeGreaterThan(0);
        expect(vendor?.color, code).toMatch(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
        expect(vendor?.deviceTypes, code).toContain(type);
      }
    });
  }

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
