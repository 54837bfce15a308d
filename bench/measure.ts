// Sampling shared by the Node and the browser benchmarks.

export interface Sampling {
  /** Rounds run first and thrown away, so the code is compiled and caches are warm. */
  warmup: number;
  /** Rounds kept. */
  runs: number;
}

/**
 * What one run of a case measured: milliseconds, or several figures in milliseconds taken in
 * the same run (a mount, and the layout right after it).
 */
export type Timing = number | Readonly<Record<string, number>>;

/** A garbage collection now, when the engine exposes it (`--expose-gc`). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs each case once per round, `warmup + runs` rounds, and keeps the last `runs` samples of
 * each. A case times what it means to time and returns what it measured. The order of the cases
 * rotates every round, so drift (other processes, heap growth) does not favour any case, and a
 * collection before every sample keeps one case's garbage out of the next one's time.
 */
export function sample<T extends Timing>(
  cases: Readonly<Record<string, () => T>>,
  { warmup, runs }: Sampling,
): Record<string, T[]> {
  const names = Object.keys(cases);
  const samples: Record<string, T[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] as string;
      collectGarbage();
      const measured = (cases[name] as () => T)();
      if (round >= warmup) samples[name]?.push(measured);
    }
  }
  return samples;
}
