/** Laying host or regional wording over built-in messages, with no React and no browser globals. */

/** Any part of the messages, with every string optional, for overriding built-in text. */
export type MessageOverrides<T> = {
  [K in keyof T]?: T[K] extends string ? string : MessageOverrides<T[K]>;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `base` with every defined string of each override laid over it. Plural forms (objects with
 * an `other` form) are replaced whole, since another language has other forms.
 */
export function mergeMessages<T>(base: T, ...overrides: (MessageOverrides<T> | undefined)[]): T {
  let result = base;
  for (const override of overrides) {
    if (!isPlainObject(override) || !isPlainObject(result)) continue;
    const merged: Record<string, unknown> = { ...result };
    for (const [key, value] of Object.entries(override)) {
      if (value === undefined || !Object.hasOwn(merged, key)) continue;
      const current = merged[key];
      const replaceWhole = !isPlainObject(value) || Object.hasOwn(value, 'other');
      if (replaceWhole) {
        // A host without types may send anything: only strings, or plural forms made of
        // strings, can replace strings.
        const usable = isPlainObject(value)
          ? Object.values(value).every((form) => typeof form === 'string')
          : typeof value === 'string';
        if (usable && typeof value === typeof current) merged[key] = value;
      } else if (isPlainObject(current)) {
        merged[key] = mergeMessages(current, value as MessageOverrides<typeof current>);
      }
    }
    result = merged as T;
  }
  return result;
}
