import { describe, expect, it } from 'vitest';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import { guidanceNbNO } from '../../src/catalogue/guidance/nb-NO.js';
import type { InterventionGuidance } from '../../src/catalogue/types.js';

/**
 * Strings that may read the same in both languages because they hold only a brand or product
 * name. None do today; add one here, with a reason, rather than loosening the check.
 */
const sameInBothLanguages: ReadonlySet<string> = new Set<string>([]);

/** Every string of one guidance entry, with a name that says where it sits. */
function stringsOf(guidance: InterventionGuidance): [where: string, value: string][] {
  return [
    ['title', guidance.title],
    ['description', guidance.description],
    ...guidance.preconditions.map((value, i): [string, string] => [`precondition ${i}`, value]),
    ...guidance.steps.flatMap((step, i): [string, string][] => [
      [`step ${i}`, step.text],
      ...(step.detail === undefined ? [] : [[`step ${i} detail`, step.detail] as [string, string]]),
    ]),
  ];
}

function nbOf(id: string): InterventionGuidance {
  const guidance = guidanceNbNO[id];
  if (!guidance) throw new Error(`no nb-NO guidance for ${id}`);
  return guidance;
}

const ids = Object.keys(guidanceEnUS);

describe('nb-NO guidance', () => {
  it('has exactly the ids of en-US, in the same order', () => {
    expect(ids).toHaveLength(24);
    expect(Object.keys(guidanceNbNO)).toEqual(ids);
  });

  it.each(ids)('%s keeps the shape of en-US', (id) => {
    const en = guidanceEnUS[id] as InterventionGuidance;
    const nb = nbOf(id);
    expect(nb.preconditions).toHaveLength(en.preconditions.length);
    expect(nb.steps).toHaveLength(en.steps.length);
    expect(nb.steps.map((step) => step.place)).toEqual(en.steps.map((step) => step.place));
    expect(nb.steps.map((step) => step.detail === undefined)).toEqual(
      en.steps.map((step) => step.detail === undefined),
    );
  });

  it.each(ids)('%s is translated: every string filled and different from en-US', (id) => {
    const en = new Map(stringsOf(guidanceEnUS[id] as InterventionGuidance));
    for (const [where, value] of stringsOf(nbOf(id))) {
      expect(value.trim(), `${id} ${where}`).not.toBe('');
      if (sameInBothLanguages.has(value)) continue;
      expect(value, `${id} ${where}`).not.toBe(en.get(where));
    }
  });

  it.each(ids)('%s holds no HTML or Markdown', (id) => {
    for (const [where, value] of stringsOf(nbOf(id))) {
      expect(value, `${id} ${where}`).not.toContain('<');
      expect(value, `${id} ${where}`).not.toContain('**');
      expect(value, `${id} ${where}`).not.toContain('](');
    }
  });
});
