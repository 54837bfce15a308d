import type { CatalogueEntry, StepPlace } from '../model/intervention.js';

/**
 * Where an intervention is done, for its one-line summary: at a dealer when a third party must
 * do it, at the device for physical work, otherwise in the app (or on the web when every step
 * is on the web). `undefined` when the entry says nothing about it.
 */
export function placeOf(entry: CatalogueEntry | undefined): StepPlace | undefined {
  if (!entry) return undefined;
  const { access, agent } = entry.resolution;
  if (agent === 'ThirdParty') return 'dealer';
  if (access === 'Physical') return entry.vendorType === 'vehicle' ? 'vehicle' : 'device';
  if (access === 'Remote') {
    const places = entry.steps.map((step) => step.place);
    return places.length > 0 && places.every((place) => place === 'web') ? 'web' : 'app';
  }
  return undefined;
}
