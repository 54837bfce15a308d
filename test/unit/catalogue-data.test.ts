import { describe, expect, it } from 'vitest';
import { interventionFacts } from '../../src/catalogue/facts.js';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import type { InterventionFacts } from '../../src/catalogue/types.js';
import { vendors } from '../../src/catalogue/vendors.js';
import { vehicleCapabilityNames } from '../../src/model/capabilities.js';
import { teslaSample } from '../fixtures/devices.js';
import { sourceDocumentInterventions } from '../fixtures/source-document.js';
import { stringsOf } from './guidance-translation.js';

const stages = ['account', 'subscription', 'service', 'device', 'update'];
const places = ['app', 'web', 'vehicle', 'device', 'dealer'];
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function factsOf(id: string): InterventionFacts {
  const facts = interventionFacts.find((entry) => entry.id === id);
  if (!facts) throw new Error(`no facts for ${id}`);
  return facts;
}

/** Every string of one en-US guidance entry, named by where it sits. */
function englishStrings(id: string): [where: string, value: string][] {
  const guidance = guidanceEnUS[id];
  return guidance ? stringsOf(guidance) : [];
}

describe('bundled catalogue against the source document', () => {
  it('has the 24 rows of the source fixture, each a UUID', () => {
    expect(sourceDocumentInterventions).toHaveLength(24);
    for (const row of sourceDocumentInterventions) expect(row.id).toMatch(uuid);
  });

  it('lists every source row, in the same order, with the identical id and brand', () => {
    expect(interventionFacts.map(({ id, brand }) => ({ id, brand }))).toEqual(
      sourceDocumentInterventions.map(({ id, brand }) => ({ id, brand })),
    );
  });

  it('uses the identical title in en-US for every source row', () => {
    for (const row of sourceDocumentInterventions) {
      expect(guidanceEnUS[row.id]?.title, row.id).toBe(row.title);
    }
  });

  it('has no id twice', () => {
    const ids = interventionFacts.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has en-US guidance for every id, and none for an id it does not list', () => {
    expect(Object.keys(guidanceEnUS).sort()).toEqual(interventionFacts.map((f) => f.id).sort());
  });
});

describe('intervention facts', () => {
  // The checks below take the known names from the library; this pins that list to the API sample
  // payload, so a wrong list in the library cannot pass its own test.
  it('knows exactly the vehicle capabilities of the API sample, in its order', () => {
    expect(vehicleCapabilityNames).toEqual(Object.keys(teslaSample.capabilities));
  });

  it.each(interventionFacts.map((facts) => [facts.id, facts] as const))(
    '%s has consistent facts',
    (_id, facts) => {
      expect(facts.vendorType).toBe('vehicle');
      const vendor = vendors[facts.vendor];
      expect(vendor, facts.vendor).toBeDefined();
      expect(vendor?.deviceTypes).toContain('vehicle');
      // The source writes brands its own way ("Seat", "ŠKODA"); stripped of accents and case
      // they must still name the vendor.
      const plainBrand = facts.brand.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      expect(plainBrand).toBe(facts.vendor);
      expect(facts.portal).toBe(vendor?.portal);
      expect(['Account', 'Device']).toContain(facts.domain);
      expect(['Remote', 'Physical']).toContain(facts.access);
      expect(['User', 'ThirdParty']).toContain(facts.agent);
      expect(stages).toContain(facts.stage);
      expect(facts.unlocks.length).toBeGreaterThan(0);
      expect(new Set(facts.unlocks).size).toBe(facts.unlocks.length);
      for (const name of facts.unlocks) expect(vehicleCapabilityNames).toContain(name);
    },
  );

  it('matches the domain brief where the brief is firm', () => {
    const tesla = factsOf('c8a9fe78-44fd-482a-bebc-ef6047e6c0fe');
    expect([tesla.domain, tesla.access, tesla.agent]).toEqual(['Device', 'Physical', 'User']);
    expect(tesla.unlocks).toContain('chargeState');
    expect(tesla.stage).toBe('device');

    const ford = factsOf('06197b76-966e-414a-b174-7a00cde49f30');
    expect([ford.domain, ford.access, ford.agent]).toEqual(['Device', 'Physical', 'User']);

    const vwProfile = factsOf('0defa374-8a1a-4eb1-a85f-b7cb09501097');
    expect([vwProfile.domain, vwProfile.access, vwProfile.agent]).toEqual([
      'Account',
      'Remote',
      'User',
    ]);
    expect([...vwProfile.unlocks].sort()).toEqual([...vehicleCapabilityNames].sort());

    const primaryUser = factsOf('d88a46e9-fc8b-4f71-ae50-b8610f4faead');
    expect([primaryUser.domain, primaryUser.access]).toEqual(['Account', 'Physical']);
    expect(primaryUser.stage).toBe('account');

    const bmwGps = factsOf('392fef50-5468-47a0-aa51-0a1b23966585');
    expect([bmwGps.domain, bmwGps.access, bmwGps.agent]).toEqual(['Device', 'Physical', 'User']);
    expect(bmwGps.unlocks).toEqual(['location']);

    expect(factsOf('4802fd2c-4369-4914-a625-c3885d594cf8').stage).toBe('subscription');
    expect(factsOf('b9acf87e-d7c8-426b-80a7-c925b5b90d6f').unlocks).toEqual(['smartCharging']);
    expect(factsOf('94b650dc-ec11-4558-930c-27bb09a42efc').stage).toBe('update');
  });

  it('gives each single online service the capability its name promises', () => {
    const expected: Record<string, string[]> = {
      '9e9af174-03ad-4448-9092-b2988b10cdb0': ['location'],
      '3e861d64-9c00-4c97-9475-a1b4a9881e79': ['chargeState', 'startCharging', 'stopCharging'],
      '4099b5db-b050-40df-a1bb-e3633bf14d1f': ['smartCharging'],
      '394939c1-70bd-42d9-881f-24d15e3610e2': ['location'],
      '27c663b3-a141-4fe8-b6fc-00c0639ba165': ['chargeState', 'startCharging', 'stopCharging'],
      '5fea0c74-0128-4b74-a7b4-53fef332a7fa': ['smartCharging'],
      '88511fef-9e94-4a7b-a1bc-926b06c0e455': ['location'],
    };
    for (const [id, names] of Object.entries(expected)) {
      const facts = factsOf(id);
      expect(facts.stage, id).toBe('service');
      expect([...facts.unlocks].sort(), id).toEqual([...names].sort());
    }
  });
});

describe('en-US guidance', () => {
  it.each(Object.entries(guidanceEnUS))('%s is complete', (_id, guidance) => {
    expect(guidance.title.trim().length).toBeGreaterThan(0);
    expect(guidance.description.trim().length).toBeGreaterThan(0);
    expect(guidance.preconditions.length).toBeGreaterThanOrEqual(1);
    expect(guidance.preconditions.length).toBeLessThanOrEqual(4);
    for (const precondition of guidance.preconditions) {
      expect(precondition.trim().length).toBeGreaterThan(0);
    }
    expect(guidance.steps.length).toBeGreaterThanOrEqual(2);
    expect(guidance.steps.length).toBeLessThanOrEqual(6);
    for (const step of guidance.steps) {
      expect(step.text.trim().length).toBeGreaterThan(0);
      if (step.detail !== undefined) expect(step.detail.trim().length).toBeGreaterThan(0);
      expect(places).toContain(step.place);
    }
  });

  it.each(Object.keys(guidanceEnUS))('%s is plain text, with no HTML or Markdown', (id) => {
    for (const [where, value] of englishStrings(id)) {
      expect(value, `${id} ${where}`).not.toContain('<');
      expect(value, `${id} ${where}`).not.toContain('**');
      expect(value, `${id} ${where}`).not.toContain('](');
      expect(value, `${id} ${where}`).not.toMatch(/`|^#|^[-*] /);
      expect(value, `${id} ${where}`).toBe(value.trim());
    }
  });

  it('names the portal of its facts in at least one step', () => {
    for (const facts of interventionFacts) {
      const steps = guidanceEnUS[facts.id]?.steps ?? [];
      const named = steps.some((step) =>
        `${step.text} ${step.detail ?? ''}`.includes(facts.portal),
      );
      // The car itself offers an update, so its steps need not send the owner to an app.
      if (facts.stage !== 'update') expect(named, facts.id).toBe(true);
    }
  });
});
