import type { CatalogueEntry } from '../model/intervention.js';
import { interventionFacts } from './facts.js';
import type { GuidanceModule, InterventionFacts } from './types.js';

/**
 * Catalogue entries from the bundled facts in one language's words. A fact without guidance
 * in that module is left out rather than shown without words.
 */
export function bundledEntries(
  guidance: GuidanceModule,
  facts: readonly InterventionFacts[] = interventionFacts,
): CatalogueEntry[] {
  return facts.flatMap((fact) => {
    const words = guidance[fact.id];
    if (!words) return [];
    const { access, agent, stage, unlocks, portal, estimatedMinutes, ...intervention } = fact;
    return [
      {
        ...intervention,
        resolution: { title: words.title, description: words.description, access, agent },
        steps: words.steps,
        preconditions: words.preconditions,
        unlocks,
        portal,
        stage,
        ...(estimatedMinutes === undefined ? {} : { estimatedMinutes }),
      },
    ];
  });
}
