/** Plural forms of one message, as `Intl.PluralRules` names them; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{name}` placeholders; a placeholder without a value stays as it is. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

/**
 * One formatter per locale and kind, made on first use: building an `Intl` formatter costs far
 * more than using one, and a fleet view formats thousands of counts.
 */
const formatters = new Map<string, Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The plural form for `count` in `locale`, filled with `{count}` and any other values. */
export function plural(
  forms: PluralForms,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const rules = cached(`plural:${locale}`, () => new Intl.PluralRules(locale));
  const rule = rules.select(count);
  return format(forms[rule] ?? forms.other, { count, ...values });
}

/** A list joined the way the locale joins lists ("Location, Charge state and Odometer"). */
export function list(items: readonly string[], locale: string): string {
  const lists = cached(
    `list:${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );
  return lists.format(items);
}
