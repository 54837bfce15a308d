import { describe, expect, it } from 'vitest';
import { guidanceEnUS } from '../../src/catalogue/guidance/en-US.js';
import type { GuidanceModule, InterventionGuidance } from '../../src/catalogue/types.js';

/** Every string of one guidance entry, named by where it sits (`step 2 detail`). */
export function stringsOf(guidance: InterventionGuidance): [where: string, value: string][] {
  return [
    ['title', guidance.title],
    ['description', guidance.description],
    ...guidance.preconditions.map((value, i): [string, string] => [`precondition ${i}`, value]),
    ...guidance.steps.flatMap((step, i): [string, string][] => [
      [`step ${i}`, step.text],
      ...(step.detail === undefined ? [] : [[`step ${i} detail`, step.detail] as [string, string]]),
    ]),
    ['success sign', guidance.successSign],
    ...(guidance.waiting === undefined ? [] : [['waiting', guidance.waiting] as [string, string]]),
    ...(guidance.alternatives ?? []).map((way, i): [string, string] => [
      `alternative ${i} (${way.case})`,
      way.text,
    ]),
  ];
}

interface TranslationChecks {
  /**
   * Strings that may read the same in both languages because they hold only a brand or product
   * name; add one with a reason rather than loosening the check.
   */
  sameInBothLanguages?: ReadonlySet<string>;
  /** The language's own rules for one string (typography, say). */
  eachString?: (value: string, where: string) => void;
}

/**
 * What every translation of the bundled guidance keeps from en-US: the same interventions in
 * the same order, the same shape (steps, places, details, preconditions, other ways, waiting),
 * every string filled, translated and plain text (no HTML or Markdown, no stray spaces).
 */
export function describeGuidanceTranslation(
  locale: string,
  guidance: GuidanceModule,
  checks: TranslationChecks = {},
) {
  const ids = Object.keys(guidanceEnUS);
  const pair = (id: string): [InterventionGuidance, InterventionGuidance] => {
    const translated = guidance[id];
    if (!translated) throw new Error(`no ${locale} guidance for ${id}`);
    return [guidanceEnUS[id] as InterventionGuidance, translated];
  };

  describe(`${locale} guidance`, () => {
    it('has exactly the ids of en-US, in the same order', () => {
      expect(ids).toHaveLength(24);
      expect(Object.keys(guidance)).toEqual(ids);
    });

    it.each(ids)('%s keeps the shape of en-US', (id) => {
      const [en, translated] = pair(id);
      expect(translated.preconditions).toHaveLength(en.preconditions.length);
      expect(translated.steps.map((step) => step.place)).toEqual(en.steps.map((s) => s.place));
      // A detail translates the en-US detail, so one is there exactly when the other is.
      expect(translated.steps.map((step) => step.detail !== undefined)).toEqual(
        en.steps.map((step) => step.detail !== undefined),
      );
      // The same other ways, for the same cases, and a wait exactly where en-US has one.
      expect((translated.alternatives ?? []).map((way) => way.case)).toEqual(
        (en.alternatives ?? []).map((way) => way.case),
      );
      expect(translated.waiting !== undefined).toBe(en.waiting !== undefined);
    });

    it.each(ids)('%s is translated: every string filled and unlike en-US', (id) => {
      const [en, translated] = pair(id);
      const english = new Map(stringsOf(en));
      for (const [where, value] of stringsOf(translated)) {
        expect(value.trim(), `${id} ${where}`).not.toBe('');
        if (checks.sameInBothLanguages?.has(value)) continue;
        expect(value, `${id} ${where}`).not.toBe(english.get(where));
      }
    });

    it.each(ids)('%s is plain text: no HTML, no Markdown, no stray spaces', (id) => {
      const [, translated] = pair(id);
      for (const [where, value] of stringsOf(translated)) {
        const at = `${id} ${where}`;
        for (const markup of ['<', '**', '](', '`']) expect(value, at).not.toContain(markup);
        expect(value, at).not.toMatch(/^#|^[-*] /);
        expect(value, at).toBe(value.trim());
        checks.eachString?.(value, at);
      }
    });
  });
}
