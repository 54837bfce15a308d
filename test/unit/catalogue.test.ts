import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import { createCatalogue, type Intervention, mergeInterventions } from '../../src/index.js';

const teslaMobileAccess = 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe';

function liveIntervention(overrides: Partial<Intervention> = {}): Intervention {
  return {
    id: teslaMobileAccess,
    vendor: 'TESLA',
    vendorType: 'vehicle',
    brand: 'Tesla',
    domain: 'Device',
    resolution: {
      title: 'Allow Mobile Access',
      description: 'Live words.',
      access: 'Physical',
      agent: 'User',
    },
    ...overrides,
  };
}

describe('createCatalogue', () => {
  it('looks entries up by id and by vendor, ignoring case in the vendor', () => {
    expect(catalogue.get(teslaMobileAccess)?.resolution.title).toBe(
      'Enable Mobile Access in vehicle',
    );
    expect(catalogue.has(teslaMobileAccess)).toBe(true);
    expect(catalogue.has('not-an-id')).toBe(false);
    expect(catalogue.get('not-an-id')).toBeUndefined();
    expect(catalogue.byVendor('VOLKSWAGEN')).toHaveLength(8);
    expect(catalogue.byVendor(' audi ')).toHaveLength(7);
    expect(catalogue.byVendor('NOBODY')).toEqual([]);
  });

  it('takes bare API interventions, with no steps and the vendor portal to open', () => {
    const own = createCatalogue([liveIntervention({ id: 'x-1', vendor: 'SKODA' })]);
    expect(own.get('x-1')).toMatchObject({ steps: [], preconditions: [], portal: 'MyŠkoda' });
  });

  it('lets a later entry with the same id replace an earlier one', () => {
    const own = createCatalogue([
      liveIntervention({ id: 'x-1' }),
      liveIntervention({ id: 'x-1', brand: 'Second' }),
    ]);
    expect(own.entries).toHaveLength(1);
    expect(own.get('x-1')?.brand).toBe('Second');
  });

  it('does not treat inherited object keys as ids', () => {
    expect(catalogue.get('constructor')).toBeUndefined();
    expect(catalogue.has('__proto__')).toBe(false);
  });
});

describe('mergeInterventions', () => {
  it('lets live text win and keeps the bundled steps', () => {
    const merged = mergeInterventions(catalogue, [liveIntervention()]);
    const entry = merged.get(teslaMobileAccess);
    expect(entry?.resolution.title).toBe('Allow Mobile Access');
    expect(entry?.resolution.description).toBe('Live words.');
    expect(entry?.steps).toEqual(catalogue.get(teslaMobileAccess)?.steps);
    expect(entry?.steps.length).toBeGreaterThan(1);
    expect(entry?.portal).toBe(catalogue.get(teslaMobileAccess)?.portal);
    expect(entry?.unlocks).toContain('chargeState');
  });

  it('keeps bundled text where the live entry has none', () => {
    const merged = mergeInterventions(catalogue, [
      liveIntervention({
        resolution: { title: ' ', description: '', access: 'Physical', agent: 'User' },
      }),
    ]);
    expect(merged.get(teslaMobileAccess)?.resolution.title).toBe('Enable Mobile Access in vehicle');
  });

  it('adds interventions the catalogue does not know, and leaves the original untouched', () => {
    const merged = mergeInterventions(catalogue, [
      liveIntervention({ id: 'new-1', vendor: 'CUPRA' }),
    ]);
    expect(merged.entries).toHaveLength(catalogue.entries.length + 1);
    expect(merged.get('new-1')).toMatchObject({ portal: 'My CUPRA', steps: [] });
    expect(catalogue.has('new-1')).toBe(false);
  });

  it('replaces guidance only when the live entry brings its own', () => {
    const own = {
      ...liveIntervention(),
      steps: [{ text: 'Host step' }],
      preconditions: [],
      unlocks: [],
    };
    const merged = mergeInterventions(catalogue, [own]);
    expect(merged.get(teslaMobileAccess)?.steps).toEqual([{ text: 'Host step' }]);
    expect(merged.get(teslaMobileAccess)?.preconditions).toEqual(
      catalogue.get(teslaMobileAccess)?.preconditions,
    );
  });
});
