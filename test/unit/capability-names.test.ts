import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/en-US/index.js';
import { allLocales } from '../../src/i18n/locales/index.js';
import { capabilityNamesByDeviceType } from '../../src/index.js';
import { enodeApi20241001 } from '../fixtures/enode-api-2024-10-01.js';

const capabilityRef = '#/components/schemas/Capability';

/** The members of a device type's `capabilities` schema that are Capability objects. */
function specCapabilityNames(schema: { properties: Record<string, unknown> }): string[] {
  return Object.entries(schema.properties)
    .filter(([, member]) => JSON.stringify(member).includes(`"$ref":"${capabilityRef}"`))
    .map(([name]) => name);
}

const specTypes = Object.entries(enodeApi20241001.capabilitiesByDeviceType);

describe('the capability names of each device type', () => {
  it('cover exactly the device types of the API', () => {
    expect(Object.keys(capabilityNamesByDeviceType).sort()).toEqual(
      specTypes.map(([type]) => type).sort(),
    );
  });

  it.each(specTypes)('are those of the API for %s, in its order', (type, schema) => {
    const names: readonly string[] =
      capabilityNamesByDeviceType[type as keyof typeof capabilityNamesByDeviceType];
    expect(names).toEqual(specCapabilityNames(schema));
  });

  it('each have a label and a description in every locale', () => {
    const names = [...new Set(Object.values(capabilityNamesByDeviceType).flat())];
    for (const messages of [enUS, ...allLocales]) {
      const labels: Record<string, string> = messages.capabilityLabels;
      const descriptions: Record<string, string> = messages.capabilityDescriptions;
      const lacking = names.filter((name) => !labels[name]?.trim() || !descriptions[name]?.trim());
      expect(lacking, messages.locale).toEqual([]);
      // And nothing beyond them: a label for a name the API does not send is a stale one.
      expect(Object.keys(labels).sort(), messages.locale).toEqual([...names].sort());
    }
  });
});
