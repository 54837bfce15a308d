import { describe, expect, it } from 'vitest';
import { catalogue, entriesByVendor, getEntry, hasEntry } from '../../src/catalogue/index.js';
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
    expect(getEntry(catalogue, teslaMobileAccess)?.resolution.title).toBe(
      'Enable Mobile Access in vehicle',
    );
    expect(hasEntry(catalogue, teslaMobileAccess)).toBe(true);
    expect(hasEntry(catalogue, 'not-an-id')).toBe(false);
    expect(getEntry(catalogue, 'not-an-id')).toBeUndefined();
    expect(entriesByVendor(catalogue, 'VOLKSWAGEN')).toHaveLength(8);
    expect(entriesByVendor(catalogue, ' audi ')).toHaveLength(7);
    expect(entriesByVendor(catalogue, 'NOBODY')).toEqual([]);
  });

  it('takes bare API interventions, with no steps and the vendor portal to open', () => {
    const own = createCatalogue([liveIntervention({ id: 'x-1', vendor: 'SKODA' })]);
    expect(getEntry(own, 'x-1')).toMatchObject({ steps: [], preconditions: [], portal: 'MyŠkoda' });
  });

  it('lets a later entry with the same id replace an earlier one', () => {
    const own = createCatalogue([
      liveIntervention({ id: 'x-1' }),
      liveIntervention({ id: 'x-1', brand: 'Second' }),
    ]);
    expect(own.entries).toHaveLength(1);
    expect(getEntry(own, 'x-1')?.brand).toBe('Second');
  });

  it('does not treat inherited object keys as ids', () => {
    expect(getEntry(catalogue, 'constructor')).toBeUndefined();
    expect(hasEntry(catalogue, '__proto__')).toBe(false);
  });
});

describe('mergeInterventions', () => {
  it('lets live text win and keeps the bundled steps', () => {
    const merged = mergeInterventions(catalogue, [liveIntervention()]);
    const entry = getEntry(merged, teslaMobileAccess);
    expect(entry?.resolution.title).toBe('Allow Mobile Access');
    expect(entry?.resolution.description).toBe('Live words.');
    expect(entry?.steps).toEqual(getEntry(catalogue, teslaMobileAccess)?.steps);
    expect(entry?.steps.length).toBeGreaterThan(1);
    expect(entry?.portal).toBe(getEntry(catalogue, teslaMobileAccess)?.portal);
    expect(entry?.unlocks).toContain('chargeState');
  });

  it('keeps bundled text where the live entry has none', () => {
    const merged = mergeInterventions(catalogue, [
      liveIntervention({
        resolution: { title: ' ', description: '', access: 'Physical', agent: 'User' },
      }),
    ]);
    expect(getEntry(merged, teslaMobileAccess)?.resolution.title).toBe(
      'Enable Mobile Access in vehicle',
    );
  });

  it('adds interventions the catalogue does not know, and leaves the original untouched', () => {
    const merged = mergeInterventions(catalogue, [
      liveIntervention({ id: 'new-1', vendor: 'CUPRA' }),
    ]);
    expect(merged.entries).toHaveLength(catalogue.entries.length + 1);
    expect(getEntry(merged, 'new-1')).toMatchObject({ portal: 'My CUPRA', steps: [] });
    expect(hasEntry(catalogue, 'new-1')).toBe(false);
  });

  it('replaces guidance only when the live entry brings its own', () => {
    const own = {
      ...liveIntervention(),
      steps: [{ text: 'Host step' }],
      preconditions: [],
      unlocks: [],
    };
    const merged = mergeInterventions(catalogue, [own]);
    expect(getEntry(merged, teslaMobileAccess)?.steps).toEqual([{ text: 'Host step' }]);
    expect(getEntry(merged, teslaMobileAccess)?.preconditions).toEqual(
      getEntry(catalogue, teslaMobileAccess)?.preconditions,
    );
  });
});
