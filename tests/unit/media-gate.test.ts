/**
 * What keeps uploads from crowding the server: at most N encodes at once and a short line behind
 * them (the rest are told 'busy' at once), and a served-file cache bounded by bytes.
 */
import { describe, expect, it } from 'vitest';
import { createFileCache } from '../../server/media/fileCache.ts';
import { createGate } from '../../server/media/gate.ts';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the encode gate', () => {
  it('runs 2 at once, lines up 1 more, and turns the next away at once; the line moves as tasks end', async () => {
    const gate = createGate(2, 1);
    let running = 0;
    let most = 0;
    const ends = [deferred(), deferred(), deferred()];
    const task = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      await ends[i]!.promise;
      running--;
      return i;
    };
    const runs = [0, 1, 2].map((i) => gate.run(task(i)));
    expect(await gate.run(task(0))).toEqual({ ok: false });
    ends[0]!.resolve();
    expect(await runs[0]).toEqual({ ok: true, value: 0 });
    ends[1]!.resolve();
    ends[2]!.resolve();
    expect(await Promise.all(runs.slice(1))).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 2 },
    ]);
    expect(most).toBe(2);
    // Everything ended: the gate takes two again.
    expect(await gate.run(() => Promise.resolve('again'))).toEqual({ ok: true, value: 'again' });
  });

  it('frees the slot of a task that throws', async () => {
    const gate = createGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('decoder failed')))).rejects.toThrow('decoder failed');
    expect(await gate.run(() => Promise.resolve(1))).toEqual({ ok: true, value: 1 });
  });
});

describe('the served-file cache', () => {
  const file = (n: number) => ({ bytes: new Uint8Array(n) });

  it('keeps the most recently used files within its byte budget', () => {
    const cache = createFileCache<{ bytes: Uint8Array }>(100);
    cache.set('a', file(25));
    cache.set('b', file(25));
    cache.set('c', file(25));
    cache.get('a');
    cache.set('d', file(25));
    cache.set('e', file(25)); // 125 bytes: the least recently used (b) goes
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => cache.get(k) !== undefined)).toEqual([true, false, true, true, true]);
  });

  it('does not keep a file larger than a quarter of the budget', () => {
    const cache = createFileCache<{ bytes: Uint8Array }>(100);
    cache.set('big', file(26));
    expect(cache.get('big')).toBeUndefined();
  });
});
