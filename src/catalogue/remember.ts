/**
 * Remembers what `work` gives for a key in `memory`, for values that depend on the key alone
 * (a vendor code, a capability name): a fleet asks for the same few thousands of times. Keys
 * come from outside, so only keys of up to 64 characters are kept, and at most 256 of them:
 * the memory starts again when full. An `undefined` answer is not kept.
 */
export function remember<T>(memory: Map<string, T>, key: string, work: (key: string) => T): T {
  let value = memory.get(key);
  if (value === undefined) {
    value = work(key);
    if (key.length <= 64 && value !== undefined) {
      if (memory.size >= 256) memory.clear();
      memory.set(key, value);
    }
  }
  return value;
}
