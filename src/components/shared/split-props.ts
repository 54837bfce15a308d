/**
 * Splits a component's props into its hook's options and the rest, which go to the root
 * element. `keys` names every option (a `Record` over the options' keys, so a new option that
 * is not listed fails to compile instead of landing on the DOM).
 */
export function splitProps<P extends object, K extends keyof P>(
  props: P,
  keys: Readonly<Record<K, true>>,
): [Pick<P, K>, Omit<P, K>] {
  const options = {} as Pick<P, K>;
  const rest = {} as Record<PropertyKey, unknown>;
  for (const key of Object.keys(props) as (keyof P)[]) {
    if (Object.hasOwn(keys, key))
      (options as Record<PropertyKey, unknown>)[key as PropertyKey] = props[key];
    else rest[key as PropertyKey] = props[key];
  }
  return [options, rest as Omit<P, K>];
}
