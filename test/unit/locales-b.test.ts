import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/en-US/index.js';
import { type PluralForms, plural } from '../../src/i18n/format.js';
import { allLocales } from '../../src/i18n/locales/index.js';
import { jaJP } from '../../src/i18n/locales/ja-JP.js';
import { ltLT } from '../../src/i18n/locales/lt-LT.js';
import { lvLV } from '../../src/i18n/locales/lv-LV.js';
import { nbNO } from '../../src/i18n/locales/nb-NO.js';
import { nlBE } from '../../src/i18n/locales/nl-BE.js';
import { nlNL } from '../../src/i18n/locales/nl-NL.js';
import { plPL } from '../../src/i18n/locales/pl-PL.js';
import { ptPT } from '../../src/i18n/locales/pt-PT.js';
import { roRO } from '../../src/i18n/locales/ro-RO.js';
import { svSE } from '../../src/i18n/locales/sv-SE.js';
import type { Messages } from '../../src/i18n/messages.js';

/** Strings that are rightly the same as in en-US: punctuation, and nothing else so far. */
const shared = [', ', ' · '];

const locales: [string, Messages, readonly string[]][] = [
  ['ja-JP', jaJP, shared],
  ['lt-LT', ltLT, shared],
  ['lv-LV', lvLV, shared],
  ['nb-NO', nbNO, shared],
  ['nl-NL', nlNL, shared],
  ['nl-BE', nlBE, shared],
  ['pl-PL', plPL, shared],
  ['pt-PT', ptPT, shared],
  ['ro-RO', roRO, shared],
  ['sv-SE', svSE, shared],
];

const allCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

type Node = string | { [key: string]: Node };

function isPlural(node: Node): node is Record<string, string> {
  return (
    typeof node === 'object' &&
    'other' in node &&
    Object.keys(node).every((key) => allCategories.has(key))
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** A translated string beside the en-US string it translates, at `path`. */
interface Leaf {
  path: string;
  text: unknown;
  reference: string;
}

/**
 * Walks en-US and a translation together: every shape difference is a problem, every string a
 * leaf. Plural objects have exactly the locale's categories, which may differ from en-US's.
 */
function walk(reference: Node, translated: unknown, path: string, categories: string[]) {
  const problems: string[] = [];
  const leaves: Leaf[] = [];
  const visit = (ref: Node, node: unknown, at: string) => {
    if (typeof ref === 'string') {
      if (typeof node !== 'string') problems.push(`${at}: expected a string`);
      leaves.push({ path: at, text: node, reference: ref });
      return;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${at}: expected an object`);
      return;
    }
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    if (isPlural(ref)) {
      // The locale's own categories, whatever English has: Japanese has no "one", Polish adds
      // "few" and "many".
      for (const category of categories) {
        if (!(category in record)) problems.push(`${at}.${category}: missing plural category`);
      }
      for (const key of keys) {
        if (!categories.includes(key)) {
          problems.push(`${at}.${key}: not a plural category of this locale`);
        }
        leaves.push({
          path: `${at}.${key}`,
          text: record[key],
          reference: ref[key] ?? ref.other ?? '',
        });
      }
      return;
    }
    for (const key of Object.keys(ref)) {
      if (!(key in record)) problems.push(`${at}.${key}: missing`);
      else visit(ref[key] as Node, record[key], `${at}.${key}`);
    }
    for (const key of keys) {
      if (!(key in ref)) problems.push(`${at}.${key}: not in en-US`);
    }
  };
  visit(reference, translated, path);
  return { problems, leaves };
}

/** Every plural object in the messages, with its path. */
function plurals(node: Node, path: string): [string, PluralForms][] {
  if (typeof node === 'string') return [];
  if (isPlural(node)) return [[path, node as PluralForms]];
  return Object.entries(node).flatMap(([key, child]) => plurals(child, `${path}.${key}`));
}

/** The locales test/unit/locales-a.test.ts checks; en-US is the reference itself. */
const checkedInA = ['da-DK', 'de-DE', 'en-GB', 'es-ES', 'fi-FI', 'fr-FR', 'it-IT'];

describe('the locale checks', () => {
  it('leave no locale the library ships unchecked', () => {
    const checked = [...checkedInA, ...locales.map(([locale]) => locale), 'en-US'];
    expect(checked.sort()).toEqual(allLocales.map((messages) => messages.locale).sort());
  });
});

describe.each(locales)('%s messages', (locale, messages, allowed) => {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const { problems, leaves } = walk(enUS as Node, messages, 'messages', categories);

  it('name their locale', () => {
    expect(messages.locale).toBe(locale);
  });

  it('have exactly the en-US keys, and every plural category of the locale', () => {
    expect(problems).toEqual([]);
  });

  it('have no empty string', () => {
    const empty = leaves.filter(({ text }) => typeof text !== 'string' || text.trim() === '');
    expect(empty.map(({ path }) => path)).toEqual([]);
  });

  it('keep the placeholders of en-US and add none', () => {
    const wrong = leaves
      .filter(({ text, reference }) => {
        const got = placeholders(String(text));
        const want = placeholders(reference);
        return got.join() !== want.join();
      })
      .map(({ path, text, reference }) => `${path}: "${String(text)}" vs "${reference}"`);
    expect(wrong).toEqual([]);
  });

  it('translate every string but the allowed ones', () => {
    const untranslated = leaves
      // A template of placeholders and punctuation only ("{control}: {title}") has no words.
      .filter(
        ({ text, reference }) =>
          text === reference &&
          /\p{L}/u.test(reference.replace(/\{\w+\}/g, '')) &&
          !allowed.includes(reference),
      )
      .map(({ path, text }) => `${path}: "${String(text)}"`);
    expect(untranslated).toEqual([]);
  });

  it('fill every plural form for counts across the categories', () => {
    const unfilled: string[] = [];
    for (const [path, forms] of plurals(messages as Node, 'messages')) {
      for (const count of [0, 1, 2, 3, 5, 11, 20, 21, 101, 1_000_000]) {
        const text = plural(forms, count, locale, { done: 0, total: count, titles: 'A' });
        if (/\{\w+\}/.test(text)) unfilled.push(`${path} (${count}): ${text}`);
      }
    }
    expect(unfilled).toEqual([]);
  });
});
