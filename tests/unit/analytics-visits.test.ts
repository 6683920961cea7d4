import { describe, expect, it } from 'vitest';
import { HeatCounter, HEAT_BUCKET_MS, type HeatCell } from '../../shared/analytics/heat.ts';
import { VISIT_GRACE_MS, VisitTracker } from '../../shared/analytics/visitTracker.ts';
import { createVisitorHasher, seoulDay } from '../../server/analytics/visitorHash.ts';

interface Visit { slot: number; booth: number; start: number; end: number }

function tracker() {
  const visits: Visit[] = [];
  const t = new VisitTracker(4, (slot, booth, start, end) => visits.push({ slot, booth, start, end }));
  /** Feeds one slot a booth per 500 ms step (the room's occupancy rate) from `from`, returns the next time. */
  const walk = (slot: number, booths: number[], from: number) => {
    booths.forEach((b, i) => t.observe(slot, b, from + i * 500));
    return from + booths.length * 500;
  };
  return { t, visits, walk };
}

const at = (booth: number, seconds: number) => Array<number>(seconds * 2).fill(booth);

describe('VisitTracker', () => {
  it('does not count walking past a booth as a visit', () => {
    const { t, visits, walk } = tracker();
    const end = walk(0, [-1, 3, 3, 3, 3, -1, 4, 4, -1, ...at(-1, 10)], 0);
    t.end(0);
    expect(end).toBeGreaterThan(VISIT_GRACE_MS);
    expect(visits).toEqual([]);
  });

  it('records a stay with its dwell from the first to the last moment at the booth', () => {
    const { visits, walk } = tracker();
    // arrives at 1 000 ms, stands 20 s (last seen at 20 500), then walks away for good
    walk(1, [-1, -1, ...at(2, 20), ...at(-1, 5)], 0);
    expect(visits).toEqual([{ slot: 1, booth: 2, start: 1000, end: 20_500 }]);
  });

  it('keeps one visit through a step out shorter than the grace, and splits on a longer one', () => {
    const { t, visits, walk } = tracker();
    const now = walk(0, [...at(5, 10), ...at(-1, 2), ...at(5, 10)], 0);
    t.end(0);
    expect(visits).toEqual([{ slot: 0, booth: 5, start: 0, end: now - 500 }]);
    visits.length = 0;
    walk(0, [...at(5, 10), ...at(-1, 5), ...at(5, 10)], now);
    t.end(0);
    expect(visits.map((v) => v.end - v.start)).toEqual([9500, 9500]);
  });

  it('ends a visit when the visitor moves on to another booth long enough', () => {
    const { visits, walk } = tracker();
    walk(0, [...at(1, 10), ...at(2, 10)], 0);
    expect(visits).toEqual([{ slot: 0, booth: 1, start: 0, end: 9500 }]);
  });

  it('ends the visit under way when the visitor leaves the shard', () => {
    const { t, visits, walk } = tracker();
    walk(3, at(0, 6), 0);
    t.end(3);
    t.end(3);
    expect(visits).toEqual([{ slot: 3, booth: 0, start: 0, end: 5500 }]);
  });
});

describe('visitor hash', () => {
  const hash = createVisitorHasher('s'.repeat(32));
  // 2026-12-03 14:59:59 UTC is 23:59:59 in Seoul; a second later it is the next Seoul day.
  const beforeMidnight = Date.UTC(2026, 11, 3, 14, 59, 59);
  const afterMidnight = beforeMidnight + 1000;

  it('is the same for one guest within a Seoul day and never the guest id', () => {
    const h = hash('guest-123', Date.UTC(2026, 11, 3, 1));
    expect(hash('guest-123', beforeMidnight)).toBe(h);
    expect(h).not.toContain('guest-123');
    expect(h).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hash('guest-124', beforeMidnight)).not.toBe(h);
  });

  it('changes with the salt at midnight in Seoul, not at midnight UTC', () => {
    expect(seoulDay(beforeMidnight)).toBe('2026-12-03');
    expect(seoulDay(afterMidnight)).toBe('2026-12-04');
    expect(hash('guest-123', afterMidnight)).not.toBe(hash('guest-123', beforeMidnight));
    expect(createVisitorHasher('t'.repeat(32))('guest-123', beforeMidnight)).not.toBe(hash('guest-123', beforeMidnight));
  });
});

describe('HeatCounter', () => {
  it('counts samples per 4 m cell per 10 minutes and spills a finished bucket', () => {
    const heat = new HeatCounter();
    const spilled: HeatCell[][] = [];
    const t0 = 5 * HEAT_BUCKET_MS;
    heat.add(1, 1, t0, (c) => spilled.push(c));
    heat.add(3.9, 0.5, t0 + 1000, (c) => spilled.push(c));
    heat.add(-0.5, 8, t0 + 2000, (c) => spilled.push(c));
    heat.add(1, 1, t0 + HEAT_BUCKET_MS, (c) => spilled.push(c));
    expect(spilled).toEqual([[
      { bucket: t0, cellX: 0, cellZ: 0, count: 2 },
      { bucket: t0, cellX: -1, cellZ: 2, count: 1 },
    ]]);
    expect(heat.drain()).toEqual([{ bucket: t0 + HEAT_BUCKET_MS, cellX: 0, cellZ: 0, count: 1 }]);
    expect(heat.drain()).toEqual([]);
  });
});
