import type { PluralForms } from '../src/i18n/format.js';
import { allLocales, enUS } from '../src/i18n/locales/index.js';
import type { Messages } from '../src/i18n/messages.js';

/** Every string in `value`, with each run of white space as one space. */
function normalized<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ') as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, normalized(inner)]),
  ) as T;
}

/**
 * The built-in strings of the toolbar's locale, as the stories show them (preview.tsx gives
 * every story a LocaleProvider with all locales). Plays find text by these, so each play checks
 * the same thing in every language of the toolbar. White space is as Testing Library reads
 * text: a run of it, no-break spaces included (French puts one before each colon), is one space.
 */
export function messagesFor(globals: { locale?: unknown }): Messages {
  return normalized(allLocales.find((messages) => messages.locale === globals.locale) ?? enUS);
}

/** An attribute's text with white space as `messagesFor` gives it. */
export function attributeText(element: Element, name: string): string | undefined {
  return element.getAttribute(name)?.replace(/\s+/g, ' ');
}

/** A message with its `{name}` placeholders filled. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * The form of a plural message a reader sees for `count` in the messages' language, filled
 * with `{count}` and `values`.
 */
export function plural(
  messages: Messages,
  forms: PluralForms,
  count: number,
  values: Record<string, string | number> = {},
): string {
  const rule = new Intl.PluralRules(messages.locale).select(count);
  return fill(forms[rule] ?? forms.other, { count, ...values });
}

/** Any count of a plural message ("1 action needed", "3 actions needed"), as a pattern. */
export function anyCount(forms: PluralForms): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = Object.values(forms).map((form) =>
    form
      .split('{count}')
      .map((part) => literal(part).replace(/\\\{\w+\\\}/g, '.+'))
      .join('\\d+'),
  );
  return new RegExp(patterns.join('|'));
}
