export { catalogue } from './bundled.js';
export {
  type Catalogue,
  createCatalogue,
  entryFromIntervention,
  mergeInterventions,
} from './catalogue.js';
export { bundledEntries } from './entries.js';
export { interventionFacts } from './facts.js';
export { guidanceEnUS } from './guidance/en-US.js';
export type { GuidanceModule, InterventionFacts, InterventionGuidance } from './types.js';
