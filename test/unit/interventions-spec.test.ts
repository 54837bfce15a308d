import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/index.js';
import {
  createCatalogue,
  getEntry,
  parseInterventions,
  planInterventions,
} from '../../src/index.js';
import { withLiveInterventions } from '../../src/live/index.js';
import {
  agnosticIntervention,
  audiServiceIntervention,
  specInterventionsResponse,
  teslaRelinkIntervention,
} from '../fixtures/interventions-spec.js';

describe('interventions in both forms of the API schema', () => {
  it('parse with no problems, every field kept, action included', () => {
    const { value, problems } = parseInterventions(specInterventionsResponse);
    expect(problems).toEqual([]);
    expect(value).toEqual(specInterventionsResponse);
    expect(value.map((intervention) => intervention.resolution.action)).toEqual([
      null,
      'Link',
      null,
    ]);
  });

  it('reads an intervention no brand is tied to with a null vendor, type and brand', () => {
    const [agnostic] = parseInterventions(agnosticIntervention).value;
    expect(agnostic).toMatchObject({ vendor: null, vendorType: null, brand: null });
  });

  it('leaves action out where the data predates it, and reports one of the wrong type', () => {
    const { resolution, ...rest } = audiServiceIntervention;
    const { action: _, ...older } = resolution;
    expect(
      parseInterventions({ ...rest, resolution: older }).value[0]?.resolution,
    ).not.toHaveProperty('action');
    const wrong = parseInterventions({ ...rest, resolution: { ...resolution, action: 7 } });
    expect(wrong.problems).toEqual([
      { path: 'resolution.action', message: expect.stringContaining('expected a string') },
    ]);
    expect(wrong.value[0]?.resolution).not.toHaveProperty('action');
  });

  it('reports a vendor of the wrong type by its path, and reads it as no vendor', () => {
    const { value, problems } = parseInterventions({ ...agnosticIntervention, vendor: 42 });
    expect(problems.map((problem) => problem.path)).toEqual(['vendor']);
    expect(value[0]?.vendor).toBeNull();
  });

  it('keeps the action through a live merge', () => {
    const live = withLiveInterventions(catalogue, specInterventionsResponse).catalogue;
    expect(getEntry(live, teslaRelinkIntervention.id)?.resolution.action).toBe('Link');
    expect(getEntry(live, agnosticIntervention.id)).toMatchObject({ vendor: null, steps: [] });
  });
});

describe('planning an intervention no brand is tied to', () => {
  const own = createCatalogue(specInterventionsResponse);
  const capabilities = {
    chargeState: { isCapable: false, interventionIds: [agnosticIntervention.id] },
    smartCharging: { isCapable: false, interventionIds: [teslaRelinkIntervention.id] },
  };

  it("names no brand and no maker's app for it, whatever the device's maker", () => {
    const plan = planInterventions(capabilities, own, { vendor: 'TESLA' });
    const agnostic = plan.items.find((item) => item.id === agnosticIntervention.id);
    expect(agnostic).toBeDefined();
    expect(agnostic).not.toHaveProperty('vendor');
    expect(agnostic).not.toHaveProperty('portal');
    const tesla = plan.items.find((item) => item.id === teslaRelinkIntervention.id);
    expect(tesla).toMatchObject({ vendor: 'TESLA', portal: 'Tesla app' });
  });
});
