export { bundledEntries, catalogue } from './bundled.js';
export {
  type Catalogue,
  createCatalogue,
  entryFromIntervention,
  mergeInterventions,
} from './catalogue.js';
export { interventionFacts } from './facts.js';
export { guidanceEnUS } from './guidance/en-US.js';
export type { GuidanceModule, InterventionFacts, InterventionGuidance } from './types.js';
