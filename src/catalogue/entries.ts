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
    const {
      access,
      agent,
      stage,
      unlocks,
      portal,
      ownerMinutes,
      waitMinutes,
      performedBy,
      links,
      sources,
      checkedAt,
      ...intervention
    } = fact;
    // A wait is shown only with the words that say what it is.
    const wait =
      waitMinutes !== undefined && words.waiting
        ? { text: words.waiting, ...(waitMinutes === null ? {} : { upToMinutes: waitMinutes }) }
        : undefined;
    return [
      {
        ...intervention,
        resolution: { title: words.title, description: words.description, access, agent },
        steps: words.steps,
        preconditions: words.preconditions,
        unlocks,
        portal,
        stage,
        ...(ownerMinutes === null ? {} : { ownerMinutes }),
        ...(wait ? { wait } : {}),
        performedBy,
        successSign: words.successSign,
        ...(words.alternatives && words.alternatives.length > 0
          ? { alternatives: words.alternatives }
          : {}),
        links,
        sources,
        checkedAt,
      },
    ];
  });
}
