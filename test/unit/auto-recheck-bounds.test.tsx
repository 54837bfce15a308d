import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterventionChecklist, type InterventionChecklistAutoRecheck } from '../../src/index.js';
import { volkswagenId4 } from '../fixtures/devices.js';

/** `autoRecheck` given bad values: never a tight loop of checks, never a crash. */

afterEach(() => vi.useRealTimers());

async function checksAfter(setting: unknown, ms: number): Promise<number> {
  vi.useFakeTimers();
  const onRecheck = vi.fn().mockResolvedValue(undefined);
  render(
    <InterventionChecklist
      capabilities={volkswagenId4}
      onRecheck={onRecheck}
      autoRecheck={setting as InterventionChecklistAutoRecheck}
    />,
  );
  // A second at a time, each in its own act(), so React runs the effect that schedules the
  // next check between one check and the next, as it does in a browser.
  for (let elapsed = 0; elapsed < ms; elapsed += 1000) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(Math.min(1000, ms - elapsed));
    });
  }
  return onRecheck.mock.calls.length;
}

describe('autoRecheck with bad values', () => {
  it.each([0, -5, 1])(
    'waits at least a second between checks with interval %s',
    async (interval) => {
      // 1 s, then 2 s, then 4 s: three checks in 7 s, none sooner.
      expect(await checksAfter({ interval }, 999)).toBe(0);
    },
  );

  it('makes at most the checks it may, a second apart at the least, with interval 0', async () => {
    expect(await checksAfter({ interval: 0, maxAttempts: 3 }, 60_000)).toBe(3);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '10', null])(
    'takes the default of 30 s for interval %s',
    async (interval) => {
      const early = await checksAfter({ interval }, 29_999);
      expect(early).toBe(0);
    },
  );

  it.each([Number.NaN, -1, '3'])(
    'takes the default of 6 checks for maxAttempts %s',
    async (maxAttempts) => {
      // 1 + 2 + 4 + 8 + 16 + 32 s: six checks in 63 s, and no seventh for a long while after.
      expect(await checksAfter({ interval: 1000, maxAttempts }, 10 * 60_000)).toBe(6);
    },
  );

  it('makes no check at all with maxAttempts 0', async () => {
    expect(await checksAfter({ interval: 1000, maxAttempts: 0 }, 60_000)).toBe(0);
  });
});
