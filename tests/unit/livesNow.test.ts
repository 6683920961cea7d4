/**
 * The landing page's read of the lives on air (server/live/livesNow.ts): at most one read of the
 * directory per window however many pages are asked for, and a failed read is not served again.
 */
import { describe, expect, it } from 'vitest';
import type { LiveSummary } from '../../shared/api/live.ts';
import { memoLivesNow } from '../../server/live/livesNow.ts';

describe('memoLivesNow', () => {
  it('reads once per window, then again once the window has passed', async () => {
    let now = 0;
    let reads = 0;
    const memo = memoLivesNow(async () => [{ liveId: `read-${++reads}` } as LiveSummary], 2000, () => now);
    const first = await Promise.all([memo(), memo(), memo()]);
    expect(reads).toBe(1);
    expect(first.map((l) => l[0]!.liveId)).toEqual(['read-1', 'read-1', 'read-1']);
    now = 1999;
    expect((await memo())[0]!.liveId).toBe('read-1');
    now = 2000;
    expect((await memo())[0]!.liveId).toBe('read-2');
  });

  it('does not keep a failed read: the next page asks the directory again', async () => {
    let fail = true;
    const memo = memoLivesNow(async () => {
      if (fail) throw new Error('presence down');
      return [];
    }, 2000, () => 0);
    await expect(memo()).rejects.toThrow('presence down');
    fail = false;
    await expect(memo()).resolves.toEqual([]);
  });
});
