export { catalogue } from './bundled.js';
export {
  type Catalogue,
  type CreateCatalogueOptions,
  createCatalogue,
  entriesByVendor,
  entryFromIntervention,
  getEntry,
  hasEntry,
  mergeInterventions,
} from './catalogue.js';
export { bundledEntries } from './entries.js';
export { interventionFacts } from './facts.js';
export { guidanceEnUS } from './guidance/en-US.js';
export type { GuidanceModule, InterventionFacts, InterventionGuidance } from './types.js';
