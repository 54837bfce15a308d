import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  getBrand,
  getVendor,
  mergeVendorHealth,
  type VendorRegistry,
} from '../../src/index.js';

/** One entry of `GET /health/vehicles` (or chargers, hvacs) as the API sends it. */
function health(vendor: string, displayName: string, portalName: string, linkingStatus = 'READY') {
  return { vendor, displayName, status: 'READY', portalName, linkingStatus };
}

/** The paths of a merge's problems, in order. */
const pathsOf = (input: unknown) => mergeVendorHealth(input).problems.map(({ path }) => path);

describe('mergeVendorHealth: what the API says wins', () => {
  it('takes names and portals from the health endpoint, and keeps the brand colour', () => {
    const { value, problems } = mergeVendorHealth([
      health('SKODA', 'Škoda', 'MyŠkoda App'),
      health('Deye', 'Deye Inverters', 'Deye Cloud'),
    ]);
    expect(problems).toEqual([]);
    expect(getVendor('skoda', value)).toMatchObject({
      code: 'SKODA',
      name: 'Škoda',
      portal: 'MyŠkoda App',
      color: getVendor('SKODA')?.color,
      monogram: 'Š',
      known: true,
    });
    expect(getVendor('DEYE', value)).toMatchObject({
      code: 'Deye',
      name: 'Deye Inverters',
      portal: 'Deye Cloud',
    });
    expect(getBrand(' deye ', value)?.name).toBe('Deye Inverters');
  });

  it('leaves vendors the endpoint did not list as the bundled registry has them', () => {
    const { value } = mergeVendorHealth([health('SKODA', 'Škoda', 'MyŠkoda App')]);
    expect(getVendor('AUDI', value)).toEqual(getVendor('AUDI'));
    expect(Object.keys(value.vendors)).toEqual(['SKODA']);
  });

  it("keeps a brand's own monogram whatever the API calls it", () => {
    const { value } = mergeVendorHealth([health('VOLKSWAGEN', 'Volkswagen Group', 'We Connect')]);
    expect(getBrand('VOLKSWAGEN', value)).toMatchObject({
      name: 'Volkswagen Group',
      monogram: 'VW',
    });
  });

  it('adds a vendor only the API knows, named as the API names it, with a neutral mark', () => {
    const before = getVendor('ACME_EV');
    expect(before).toMatchObject({ name: 'Acme Ev', known: false });
    const { value, problems } = mergeVendorHealth({
      charger: [health('ACME_EV', 'Acme EV', 'Acme Home')],
    });
    expect(problems).toEqual([]);
    const vendor = getVendor('acme_ev', value);
    expect(vendor).toMatchObject({
      code: 'ACME_EV',
      name: 'Acme EV',
      monogram: 'AE',
      portal: 'Acme Home',
      deviceTypes: ['charger'],
      known: true,
    });
    expect(vendor?.color).toBeUndefined();
  });

  it('keeps status and linking status per kind of device', () => {
    const { value } = mergeVendorHealth({
      vehicle: [health('TESLA', 'Tesla', 'Tesla app', 'OUTAGE')],
      charger: [{ ...health('TESLA', 'Tesla', 'Tesla app'), status: 'ELEVATED_ERROR_RATE' }],
    });
    expect(getVendor('TESLA', value)?.health).toEqual([
      { deviceType: 'vehicle', status: 'READY', linkingStatus: 'OUTAGE' },
      { deviceType: 'charger', status: 'ELEVATED_ERROR_RATE', linkingStatus: 'READY' },
    ]);
    // Tesla makes more than vehicles and chargers: the bundled kinds stay.
    expect(getVendor('TESLA', value)?.deviceTypes).toEqual(getVendor('TESLA')?.deviceTypes);
  });

  it('adds the kind of device an endpoint reports on to a vendor not known to make it', () => {
    const { value } = mergeVendorHealth({ charger: [health('VOLVO', 'Volvo', 'Volvo Cars')] });
    expect(getVendor('VOLVO', value)?.deviceTypes).toEqual(['vehicle', 'charger']);
  });

  it('merges over an earlier registry: a new report replaces the one for the same kind', () => {
    const first = mergeVendorHealth({
      vehicle: [health('KIA', 'Kia', 'Kia Connect', 'OUTAGE')],
      charger: [health('EASEE', 'Easee', 'Easee app')],
    }).value;
    const { value } = mergeVendorHealth(
      { vehicle: [health('KIA', 'Kia', 'Kia Connect', 'READY')] },
      { registry: first },
    );
    expect(getVendor('KIA', value)?.health).toEqual([
      { deviceType: 'vehicle', status: 'READY', linkingStatus: 'READY' },
    ]);
    expect(getVendor('EASEE', value)?.health).toEqual(getVendor('EASEE', first)?.health);
    // The registry passed in is not changed.
    expect(getVendor('KIA', first)?.health?.[0]?.linkingStatus).toBe('OUTAGE');
  });

  it('survives a JSON round trip unchanged, as passing it to a client component needs', () => {
    const { value } = mergeVendorHealth({
      vehicle: [health('SKODA', 'Škoda', 'MyŠkoda App'), health('NEWCAR', 'New Car', 'New App')],
      hvac: [health('TADO', 'tado°', 'tado° app', 'ELEVATED_ERROR_RATE')],
    });
    const copy: VendorRegistry = JSON.parse(JSON.stringify(value));
    expect(copy).toStrictEqual(value);
    for (const code of ['SKODA', 'NEWCAR', 'TADO', 'AUDI']) {
      expect(getVendor(code, copy)).toStrictEqual(getVendor(code, value));
    }
  });
});

describe('mergeVendorHealth: untrusted input', () => {
  it('reports malformed entries by their path and keeps the good ones', () => {
    const { value, problems } = mergeVendorHealth([
      null,
      { vendor: 42, displayName: 'x' },
      { vendor: ' \u200b ', displayName: 'x' },
      { vendor: 'KIA', displayName: '  ', portalName: 7, status: 'DOWN', linkingStatus: null },
      'SKODA',
      health('SKODA', 'Škoda', 'MyŠkoda App'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      '[0]: expected a vendor health object, got null; the entry is dropped',
      '[1].vendor: expected a string, got 42; the entry is dropped',
      '[2].vendor: expected a non-empty string, got " \u200b "; the entry is dropped',
      '[3].displayName: expected a non-empty string, got "  "; read as "Kia"',
      '[3].portalName: expected a string, got 7; read as "Kia Connect"',
      '[3].status: expected READY, ELEVATED_ERROR_RATE or OUTAGE, got "DOWN"; left out',
      '[3].linkingStatus: expected READY, ELEVATED_ERROR_RATE or OUTAGE, got null; left out',
      '[4]: expected a vendor health object, got "SKODA"; the entry is dropped',
    ]);
    expect(getVendor('KIA', value)).toMatchObject({ name: 'Kia', portal: 'Kia Connect' });
    expect(getVendor('KIA', value)?.health).toBeUndefined();
    expect(getVendor('SKODA', value)?.name).toBe('Škoda');
  });

  it('says when a vendor the library does not know comes without a portal', () => {
    const { value, problems } = mergeVendorHealth([{ vendor: 'NEWCO', displayName: 'NewCo' }]);
    expect(problems.map(formatProblem)).toContain(
      '[0].portalName: expected a string, got nothing; no portal',
    );
    expect(getVendor('NEWCO', value)).toMatchObject({ name: 'NewCo', known: true });
    expect(getVendor('NEWCO', value)?.portal).toBeUndefined();
  });

  it('names bodies given by kind in the paths, and reports what is not a body', () => {
    expect(
      pathsOf({
        charger: [{ ...health('EASEE', 'Easee', 'Easee app'), status: 'SLOW' }],
        trucks: [health('VOLVO', 'Volvo', 'Volvo Cars')],
        vehicle: 'not a list',
      }),
    ).toEqual(['charger[0].status', 'trucks', 'vehicle']);
  });

  it('reads a body under a kind it does not know, without giving its vendors that kind', () => {
    const { value } = mergeVendorHealth({ trucks: [health('ACME', 'Acme', 'Acme app')] });
    expect(getVendor('ACME', value)).toMatchObject({ name: 'Acme', deviceTypes: [] });
  });

  it('keeps the later entry when a body lists a vendor twice, and says so', () => {
    const { value, problems } = mergeVendorHealth([
      health('KIA', 'Kia', 'Kia Connect'),
      health('kia', 'Kia Motors', 'Kia Connect'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      '[1].vendor: repeats the vendor at [0]; this later entry is kept',
    ]);
    expect(getVendor('KIA', value)?.name).toBe('Kia Motors');
  });

  it.each([
    ['null', null],
    ['a string', 'READY'],
    ['a number', 3],
  ])('reads %s as no health, with a problem at the root', (_, input) => {
    const registry = mergeVendorHealth([health('KIA', 'Kia Motors', 'Kia Connect')]).value;
    const { value, problems } = mergeVendorHealth(input, { registry });
    expect(problems.map(({ path }) => path)).toEqual(['(root)']);
    expect(value).toStrictEqual(registry);
  });

  it('keeps prototype keys as vendor codes and never touches Object.prototype', () => {
    const { value } = mergeVendorHealth(
      JSON.parse('[{"vendor":"__proto__","displayName":"Proto","portalName":"P"}]'),
    );
    expect(getVendor('__proto__', value)).toMatchObject({ name: 'Proto', portal: 'P' });
    expect(Object.keys(value.vendors)).toEqual(['__PROTO__']);
    expect(Object.getPrototypeOf(value.vendors)).toBe(Object.prototype);
    expect(getVendor('constructor', value)?.known).toBe(false);
  });

  it('reads a broken registry as the bundled one, field by field', () => {
    const broken = {
      vendors: {
        KIA: { name: 42, color: 'red; background: url(x)', deviceTypes: 'vehicle', portal: {} },
        AUDI: 'not an entry',
        SKODA: { name: 'Škoda', health: 'fine' },
      },
    } as unknown as VendorRegistry;
    const kia = getVendor('KIA');
    expect(getVendor('KIA', broken)).toMatchObject({
      name: kia?.name,
      color: kia?.color,
      portal: kia?.portal,
      deviceTypes: kia?.deviceTypes,
    });
    expect(getVendor('AUDI', broken)).toEqual(getVendor('AUDI'));
    expect(getVendor('SKODA', broken)).toMatchObject({ name: 'Škoda', portal: 'MyŠkoda' });
    expect(getVendor('SKODA', broken)?.health).toBeUndefined();
    for (const registry of [null, 'x', 7, { vendors: null }, { vendors: [] }]) {
      expect(getVendor('KIA', registry as unknown as VendorRegistry)).toEqual(kia);
    }
    // Merging over it keeps only what a lookup can read.
    const { value } = mergeVendorHealth([], { registry: broken });
    expect(Object.keys(value.vendors).sort()).toEqual(['KIA', 'SKODA']);
    expect(getVendor('KIA', value)).toEqual(getVendor('KIA', broken));
  });
});
