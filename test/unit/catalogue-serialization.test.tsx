// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { catalogue as enUS } from '../../src/catalogue/index.js';
import { catalogue as deDE } from '../../src/catalogue/locales/de-DE.js';
import { catalogue as frFR } from '../../src/catalogue/locales/fr-FR.js';
import { catalogue as nbNO } from '../../src/catalogue/locales/nb-NO.js';
import {
  CapabilityStatus,
  type Catalogue,
  createCatalogue,
  entriesByVendor,
  getEntry,
  hasEntry,
  InterventionChecklist,
  planInterventions,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import { volkswagenId4 } from '../fixtures/devices.js';
import { cupraInterventionId, interventionsApiResponse } from '../fixtures/interventions-api.js';

/**
 * Whether a value holds only what React can send from a Server Component to a Client
 * Component and JSON can write: no functions, class instances, symbols, or `undefined` values.
 */
function plainDataProblem(value: unknown, path = 'catalogue'): string | undefined {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = plainDataProblem(item, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return `${path} is a class instance`;
    for (const [key, item] of Object.entries(value)) {
      const problem = plainDataProblem(item, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return `${path} is a ${typeof value}`;
}

const roundTrip = (catalogue: Catalogue): Catalogue => JSON.parse(JSON.stringify(catalogue));

const catalogues: [string, Catalogue][] = [
  ['the bundled en-US catalogue', enUS],
  ['the de-DE catalogue', deDE],
  ['the fr-FR catalogue', frFR],
  ['the nb-NO catalogue', nbNO],
  [
    'a catalogue from createCatalogue',
    createCatalogue(
      [
        {
          id: 'own-1',
          vendor: 'SKODA',
          vendorType: 'vehicle',
          brand: 'ŠKODA',
          domain: 'Account',
          resolution: {
            title: 'Own title',
            description: 'Own words',
            access: 'Remote',
            agent: 'User',
          },
        },
      ],
      { locale: 'cs-CZ' },
    ),
  ],
  [
    'a catalogue merged with live data',
    withLiveInterventions(enUS, interventionsApiResponse, { locale: 'en-GB' }).catalogue,
  ],
];

describe.each(catalogues)('%s', (_, catalogue) => {
  it('is plain data, which React can pass from server to client', () => {
    expect(plainDataProblem(catalogue)).toBeUndefined();
  });

  it('survives a JSON round trip unchanged', () => {
    expect(roundTrip(catalogue)).toStrictEqual(catalogue);
  });

  it('still works as a catalogue after the round trip', () => {
    const copy = roundTrip(catalogue);
    for (const entry of catalogue.entries) {
      expect(getEntry(copy, entry.id)).toStrictEqual(entry);
      expect(hasEntry(copy, entry.id)).toBe(true);
      expect(entriesByVendor(copy, entry.vendor ?? '')).toContainEqual(entry);
    }
    expect(hasEntry(copy, 'not-an-id')).toBe(false);
    const plan = (c: Catalogue) =>
      planInterventions(volkswagenId4.capabilities, c, { vendor: volkswagenId4.vendor });
    expect(plan(copy)).toStrictEqual(plan(catalogue));
  });

  it('renders the same components after the round trip', () => {
    const copy = roundTrip(catalogue);
    const page = (c: Catalogue) =>
      renderToString(
        <>
          <CapabilityStatus capabilities={volkswagenId4} catalogue={c} />
          <InterventionChecklist
            capabilities={volkswagenId4.capabilities}
            vendor={volkswagenId4.vendor}
            catalogue={c}
            defaultExpanded={catalogue.entries.map((entry) => entry.id)}
          />
        </>,
      );
    expect(page(copy)).toBe(page(catalogue));
  });
});

describe('catalogue language', () => {
  it('names the language of each bundled catalogue', () => {
    expect([enUS, deDE, frFR, nbNO].map((c) => c.locale)).toEqual([
      'en-US',
      'de-DE',
      'fr-FR',
      'nb-NO',
    ]);
  });

  it("keeps the catalogue's language through a live merge unless the request's is given", () => {
    expect(withLiveInterventions(deDE, interventionsApiResponse).catalogue.locale).toBe('de-DE');
    expect(
      withLiveInterventions(enUS, interventionsApiResponse, { locale: 'fr-FR' }).catalogue.locale,
    ).toBe('fr-FR');
  });
});

describe('a catalogue that is not well formed', () => {
  it('looks up what it can and skips the rest, without throwing', () => {
    const entry = getEntry(enUS, cupraInterventionId) ?? enUS.entries[0];
    const broken = { entries: [null, 42, { vendor: 'X' }, entry] } as unknown as Catalogue;
    expect(getEntry(broken, entry?.id ?? '')).toBe(entry);
    expect(hasEntry({ entries: null } as unknown as Catalogue, 'x')).toBe(false);
    expect(entriesByVendor({} as Catalogue, 'AUDI')).toEqual([]);
  });
});
