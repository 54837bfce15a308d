import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/en-US/index.js';
import { allLocales } from '../../src/i18n/locales/index.js';
import { capabilityNamesByDeviceType } from '../../src/index.js';
import { deviceTypes, specCapabilityNames } from './api-schema.js';

describe('the capability names of each device type', () => {
  it('cover exactly the device types of the API', () => {
    expect(Object.keys(capabilityNamesByDeviceType).sort()).toEqual([...deviceTypes].sort());
  });

  it.each(deviceTypes)('are those of the API for %s, in its order', (type) => {
    const names: readonly string[] = capabilityNamesByDeviceType[type];
    expect(names).toEqual(specCapabilityNames(type));
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
