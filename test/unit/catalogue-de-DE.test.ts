import { describe, expect, it } from 'vitest';
import { guidanceDeDE } from '../../src/catalogue/guidance/de-DE.js';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import type { InterventionGuidance } from '../../src/catalogue/types.js';

/**
 * Strings that may stay the same in both languages because they are only a brand or product
 * name. Empty today: every de-DE string is a German sentence or title.
 */
const sameInBothLanguages: ReadonlySet<string> = new Set<string>();

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

function pair(id: string): [en: InterventionGuidance, de: InterventionGuidance] {
  const en = guidanceEnUS[id];
  const de = guidanceDeDE[id];
  if (!en || !de) throw new Error(`no en-US or de-DE guidance for ${id}`);
  return [en, de];
}

const ids = Object.keys(guidanceEnUS);

describe('de-DE guidance', () => {
  it('has exactly the ids of en-US, in the same order', () => {
    expect(Object.keys(guidanceDeDE)).toEqual(ids);
  });

  it.each(ids)('%s has the shape of en-US', (id) => {
    const [en, de] = pair(id);
    expect(de.preconditions).toHaveLength(en.preconditions.length);
    expect(de.steps).toHaveLength(en.steps.length);
    expect(de.steps.map((step) => step.place)).toEqual(en.steps.map((step) => step.place));
    // A detail is a translation of the en-US detail, so one is there exactly when the other is.
    expect(de.steps.map((step) => step.detail !== undefined)).toEqual(
      en.steps.map((step) => step.detail !== undefined),
    );
  });

  it.each(ids)('%s is translated: every string non-empty and unlike en-US', (id) => {
    const [en, de] = pair(id);
    const english = new Map(stringsOf(en));
    const german = stringsOf(de);
    expect(german.map(([where]) => where)).toEqual([...english.keys()]);
    for (const [where, value] of german) {
      expect(value.trim().length, `${id} ${where}`).toBeGreaterThan(0);
      if (!sameInBothLanguages.has(value)) {
        expect(value, `${id} ${where}`).not.toBe(english.get(where));
      }
    }
  });

  it.each(ids)('%s is plain text, with no HTML or Markdown', (id) => {
    const [, de] = pair(id);
    for (const [where, value] of stringsOf(de)) {
      expect(value, `${id} ${where}`).not.toContain('<');
      expect(value, `${id} ${where}`).not.toContain('**');
      expect(value, `${id} ${where}`).not.toContain('](');
      expect(value, `${id} ${where}`).not.toMatch(/`|^#|^[-*] /);
      expect(value, `${id} ${where}`).toBe(value.trim());
    }
  });
});
