import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLOOD_RULE,
  EMPTY_FLOOD_STATE,
  createBucket,
  noteRejection,
  take,
} from '../../shared/net/rateLimiter.ts';
import type { Bucket, FloodState } from '../../shared/net/rateLimiter.ts';

describe('token bucket', () => {
  it('allows a burst of `capacity`, then rejects with the time until the next token', () => {
    let b = createBucket(3, 2); // 3 burst, 2 per second
    for (let i = 0; i < 3; i++) {
      const r = take(b, 1000);
      expect(r.ok).toBe(true);
      b = r.bucket;
    }
    const r = take(b, 1000);
    expect(r.ok).toBe(false);
    expect(r.retryAfterMs).toBe(500);
  });

  it('refills with time and never above capacity', () => {
    let b = createBucket(2, 1);
    b = take(take(b, 0).bucket, 0).bucket; // empty
    expect(take(b, 999).ok).toBe(false);
    expect(take(b, 1000).ok).toBe(true);
    const later = take(b, 1_000_000).bucket; // a long idle: full again, but only to capacity
    expect(later.tokens).toBe(1);
    expect(take(later, 1_000_000).ok).toBe(true);
    expect(take(take(later, 1_000_000).bucket, 1_000_000).ok).toBe(false);
  });

  it('is immutable: the input bucket is never changed', () => {
    const b = createBucket(1, 1);
    const snapshot = { ...b };
    const r = take(b, 5);
    expect(r.ok).toBe(true);
    expect(b).toEqual(snapshot);
    expect(take(b, 5).ok).toBe(true); // the same old state allows it again
    expect(take(r.bucket, 5).ok).toBe(false);
  });

  it('supports costs, and a cost above capacity can never pass', () => {
    const b = createBucket(5, 1);
    const r = take(b, 0, 4);
    expect(r.ok).toBe(true);
    const r2 = take(r.bucket, 0, 3);
    expect(r2.ok).toBe(false);
    expect(r2.retryAfterMs).toBe(2000);
    const r3 = take(b, 0, 6);
    expect(r3.ok).toBe(false);
    expect(r3.retryAfterMs).toBe(Infinity);
  });

  it('does not refill when the clock goes backwards', () => {
    let b: Bucket = createBucket(1, 1);
    b = take(b, 10_000).bucket;
    expect(take(b, 5_000).ok).toBe(false);
    expect(take(take(b, 5_000).bucket, 10_999).ok).toBe(false);
    expect(take(take(b, 5_000).bucket, 11_000).ok).toBe(true);
  });

  it('sustains exactly the refill rate for a steady sender', () => {
    let b = createBucket(1, 20);
    let accepted = 0;
    for (let t = 0; t < 10_000; t += 10) {
      const r = take(b, t);
      b = r.bucket;
      if (r.ok) accepted++;
    }
    expect(accepted).toBeGreaterThanOrEqual(199);
    expect(accepted).toBeLessThanOrEqual(201);
  });

  it('rejects nonsense configuration', () => {
    expect(() => createBucket(0, 1)).toThrow(RangeError);
    expect(() => createBucket(Number.NaN, 1)).toThrow(RangeError);
    expect(() => createBucket(1, -1)).toThrow(RangeError);
  });
});

describe('flood detector', () => {
  const rule = { maxRejections: 5, windowMs: 1000 };

  function run(times: number[]): string[] {
    let s: FloodState = EMPTY_FLOOD_STATE;
    return times.map((t) => {
      const r = noteRejection(s, t, rule);
      s = r.state;
      return r.verdict;
    });
  }

  it('calls a flood at N rejections within the window', () => {
    expect(run([0, 100, 200, 300, 400])).toEqual(['ok', 'ok', 'ok', 'ok', 'flood']);
  });

  it('forgets rejections older than the window', () => {
    // one rejection every 300 ms: never 5 within a second
    expect(run([0, 300, 600, 900, 1200, 1500, 1800, 2100])).not.toContain('flood');
    expect(run([0, 250, 500, 750, 1000])).toEqual(['ok', 'ok', 'ok', 'ok', 'flood']); // inclusive window
  });

  it('keeps its state bounded', () => {
    let s: FloodState = EMPTY_FLOOD_STATE;
    for (let t = 0; t < 10_000; t++) s = noteRejection(s, t, rule).state;
    expect(s.stamps.length).toBe(5);
    expect(EMPTY_FLOOD_STATE.stamps.length).toBe(0);
  });

  it('default rule: a client at 2 rejections a second is fine, a bot loop is not', () => {
    let s: FloodState = EMPTY_FLOOD_STATE;
    let verdicts = new Set<string>();
    for (let t = 0; t < 60_000; t += 500) {
      const r = noteRejection(s, t, DEFAULT_FLOOD_RULE);
      s = r.state;
      verdicts.add(r.verdict);
    }
    expect([...verdicts]).toEqual(['ok']);
    s = EMPTY_FLOOD_STATE;
    verdicts = new Set<string>();
    for (let t = 0; t < 1000; t += 1) {
      const r = noteRejection(s, t, DEFAULT_FLOOD_RULE);
      s = r.state;
      verdicts.add(r.verdict);
    }
    expect(verdicts.has('flood')).toBe(true);
  });
});
