import { describe, expect, it } from 'vitest';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import { guidanceFrFR } from '../../src/catalogue/guidance/fr-FR.js';
import type { InterventionGuidance } from '../../src/catalogue/types.js';

/**
 * Strings allowed to read the same in both languages because they are only a brand or product
 * name. None today: every fr-FR string is a sentence or a translated title.
 */
const sameInBothLanguages: ReadonlySet<string> = new Set<string>([]);

const ids = Object.keys(guidanceEnUS);

/** Every string of one entry, each with a path that names it in a failure. */
function stringsOf(id: string, entry: InterventionGuidance): [string, string][] {
  return [
    [`${id}.title`, entry.title],
    [`${id}.description`, entry.description],
    ...entry.preconditions.map((text, i): [string, string] => [`${id}.preconditions[${i}]`, text]),
    ...entry.steps.flatMap((step, i): [string, string][] => [
      [`${id}.steps[${i}].text`, step.text],
      ...(step.detail === undefined
        ? []
        : [[`${id}.steps[${i}].detail`, step.detail] as [string, string]]),
    ]),
  ];
}

function frEntry(id: string): InterventionGuidance {
  const entry = guidanceFrFR[id];
  if (entry === undefined) throw new Error(`fr-FR has no guidance for ${id}`);
  return entry;
}

describe('fr-FR guidance', () => {
  it('has exactly the en-US ids, in the same order', () => {
    expect(ids).toHaveLength(24);
    expect(Object.keys(guidanceFrFR)).toEqual(ids);
  });

  it.each(ids)('%s keeps the shape of en-US', (id) => {
    const en = guidanceEnUS[id] as InterventionGuidance;
    const fr = frEntry(id);
    expect(fr.preconditions).toHaveLength(en.preconditions.length);
    expect(fr.steps).toHaveLength(en.steps.length);
    expect(fr.steps.map((step) => step.place)).toEqual(en.steps.map((step) => step.place));
    expect(fr.steps.map((step) => step.detail === undefined)).toEqual(
      en.steps.map((step) => step.detail === undefined),
    );
  });

  it.each(ids)('%s is translated: every string non-empty and unlike en-US', (id) => {
    const en = new Map(stringsOf(id, guidanceEnUS[id] as InterventionGuidance));
    for (const [path, text] of stringsOf(id, frEntry(id))) {
      expect(text.trim(), path).not.toBe('');
      if (!sameInBothLanguages.has(text)) expect(text, path).not.toBe(en.get(path));
    }
  });

  it.each(ids)('%s has no HTML or Markdown and follows French spacing', (id) => {
    for (const [path, text] of stringsOf(id, frEntry(id))) {
      for (const forbidden of ['<', '**', '](']) expect(text, path).not.toContain(forbidden);
      // A no-break space (U+00A0 or U+202F), never a plain one, before : ; ? ! % and inside « ».
      expect(text, path).not.toMatch(/ [:;?!%»]|« /);
      expect(text, path).not.toMatch(/[^\s\u00a0\u202f][:;?!»]|«[^\u00a0\u202f]/u);
      expect(text, path).not.toMatch(/^\s|\s$/);
    }
  });
});
