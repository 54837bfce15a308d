import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/en-US/index.js';
import { daDK } from '../../src/i18n/locales/da-DK.js';
import { deDE } from '../../src/i18n/locales/de-DE.js';
import { enGB } from '../../src/i18n/locales/en-GB.js';
import { esES } from '../../src/i18n/locales/es-ES.js';
import { fiFI } from '../../src/i18n/locales/fi-FI.js';
import { frFR } from '../../src/i18n/locales/fr-FR.js';
import { itIT } from '../../src/i18n/locales/it-IT.js';
import type { Messages } from '../../src/i18n/messages.js';

/**
 * Each locale, and the values it may share with en-US because they are genuinely the same in
 * that language. `null`: exempt from the comparison (en-GB is meant to be mostly the same).
 */
const locales: [Messages, readonly string[] | null][] = [
  [daDK, [', ', ' · ']],
  [deDE, [', ', ' · ']],
  [enGB, null],
  [esES, [', ', ' · ']],
  [fiFI, [', ', ' · ']],
  [frFR, [', ', ' · ', 'Production']],
  [itIT, [', ', ' · ']],
];

const pluralCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

type Tree = { [key: string]: Tree | string };

/** en-US marks plural messages with `other`; no other object in the messages has that key. */
const isPlural = (node: Tree) => Object.hasOwn(node, 'other');

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** Every string of `messages` beside its en-US counterpart, with its path. */
function pairs(reference: Tree, translated: Tree, path: string[] = []) {
  const out: { path: string; en: string; value: unknown }[] = [];
  for (const [key, en] of Object.entries(reference)) {
    const value = translated[key];
    if (typeof en === 'string') {
      out.push({ path: [...path, key].join('.'), en, value });
    } else if (isPlural(en) && typeof value === 'object') {
      // Compare every form the translation has with the matching en-US form, else `other`.
      for (const [form, text] of Object.entries(value)) {
        const enForm = en[form] ?? en.other;
        if (typeof enForm === 'string') {
          out.push({ path: [...path, key, form].join('.'), en: enForm, value: text });
        }
      }
    } else if (typeof value === 'object') {
      out.push(...pairs(en, value, [...path, key]));
    }
  }
  return out;
}

/** Every plural message of `messages`, with its path. */
function plurals(reference: Tree, translated: Tree, path: string[] = []) {
  const out: { path: string; forms: Tree }[] = [];
  for (const [key, en] of Object.entries(reference)) {
    const value = translated[key];
    if (typeof en === 'string' || typeof value !== 'object') continue;
    if (isPlural(en)) out.push({ path: [...path, key].join('.'), forms: value });
    else out.push(...plurals(en, value, [...path, key]));
  }
  return out;
}

/** Where the key structure differs from en-US's; plural messages may have other categories. */
function structureErrors(reference: Tree, translated: unknown, path: string[] = []): string[] {
  const here = path.join('.') || '(root)';
  if (typeof translated !== 'object' || translated === null) return [`${here}: not an object`];
  const node = translated as Record<string, unknown>;
  if (isPlural(reference)) {
    return Object.keys(node)
      .filter((key) => !pluralCategories.has(key))
      .map((key) => `${here}.${key}: not a plural category`);
  }
  const errors: string[] = [];
  const keys = new Set([...Object.keys(reference), ...Object.keys(node)]);
  for (const key of keys) {
    const at = [...path, key];
    const en = reference[key];
    if (en === undefined) errors.push(`${at.join('.')}: not in en-US`);
    else if (!Object.hasOwn(node, key)) errors.push(`${at.join('.')}: missing`);
    else if (typeof en === 'string') {
      if (typeof node[key] !== 'string') errors.push(`${at.join('.')}: not a string`);
    } else errors.push(...structureErrors(en, node[key], at));
  }
  return errors;
}

const reference = enUS as unknown as Tree;

describe.each(locales)('$locale messages', (messages, sameAsEnglish) => {
  const tree = messages as unknown as Tree;
  const strings = pairs(reference, tree);

  it('have exactly en-US’s keys', () => {
    expect(structureErrors(reference, tree)).toEqual([]);
  });

  it('have a non-empty string everywhere', () => {
    expect(strings.length).toBeGreaterThan(50);
    const bad = strings.filter(({ value }) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(({ path }) => path)).toEqual([]);
  });

  it('keep every en-US placeholder and add none', () => {
    const bad = strings
      .filter(({ en, value }) => {
        const want = [...placeholders(en)].sort();
        const got = [...placeholders(String(value))].sort();
        return want.join() !== got.join();
      })
      .map(({ path, value }) => `${path}: ${String(value)}`);
    expect(bad).toEqual([]);
  });

  it('give every plural message each of the locale’s plural categories', () => {
    const categories = new Intl.PluralRules(messages.locale).resolvedOptions().pluralCategories;
    const found = plurals(reference, tree);
    expect(found.length).toBeGreaterThan(0);
    for (const { path, forms } of found) {
      for (const category of categories) {
        expect(forms[category], `${path}.${category}`).toEqual(expect.any(String));
      }
    }
  });

  it.skipIf(sameAsEnglish === null)('translate every string but the allowed ones', () => {
    const allowed = new Set(sameAsEnglish);
    // A template of placeholders and punctuation only ("{control}: {title}") has no words to
    // translate.
    const same = strings.filter(
      ({ path, en, value }) => path !== 'locale' && value === en && hasWords(en),
    );
    expect(same.filter(({ en }) => !allowed.has(en)).map(({ path }) => path)).toEqual([]);
  });

  it('name their own locale', () => {
    expect(messages.locale).not.toBe('en-US');
    expect(Intl.getCanonicalLocales(messages.locale)).toEqual([messages.locale]);
  });
});

/** Whether a string has words, once its placeholders are taken out. */
function hasWords(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
}
