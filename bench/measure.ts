// Sampling shared by the Node and the browser benchmarks.

export interface Sampling {
  /** Rounds run first and thrown away, so the code is compiled and caches are warm. */
  warmup: number;
  /** Rounds kept. */
  runs: number;
}

/** A garbage collection now, when the engine exposes it (`--expose-gc`). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs each case once per round, `warmup + runs` rounds, and keeps the last `runs` samples of
 * each. A case times what it means to time and returns milliseconds. The order of the cases
 * rotates every round, so drift (other processes, heap growth) does not favour any case, and a
 * collection before every sample keeps one case's garbage out of the next one's time.
 */
export function sample(
  cases: Readonly<Record<string, () => number>>,
  { warmup, runs }: Sampling,
): Record<string, number[]> {
  const names = Object.keys(cases);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round += 1) {
    for (let offset = 0; offset < names.length; offset += 1) {
      const name = names[(round + offset) % names.length] as string;
      collectGarbage();
      const ms = (cases[name] as () => number)();
      if (round >= warmup) samples[name]?.push(ms);
    }
  }
  return samples;
}
