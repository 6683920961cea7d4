import { describe, expect, it } from 'vitest';
import {
  REMOTE_INTERP_MS,
  clearSnapshots,
  createSnapshotBuffer,
  pushSnapshot,
  sampleSnapshots,
} from '../../shared/net/interpolation.ts';
import type { Pose } from '../../shared/net/interpolation.ts';
import { TICK_HZ } from '../../shared/world/constants.ts';

const deg = (d: number): number => (d * Math.PI) / 180;

function sample(buf: ReturnType<typeof createSnapshotBuffer>, t: number): Pose {
  const out = { x: Number.NaN, z: Number.NaN, heading: Number.NaN };
  expect(sampleSnapshots(buf, t, out)).toBe(true);
  return out;
}

describe('snapshot interpolation', () => {
  it('renders far enough in the past that a snapshot a whole tick late never makes an avatar guess ahead', () => {
    // A zigzag walk (extrapolating it is visibly wrong), one snapshot per server tick.
    const tick = 1000 / TICK_HZ;
    const xAt = (i: number) => (i % 2 === 0 ? 0 : 10);
    const buf = createSnapshotBuffer(16);
    const last = 10;
    for (let i = 0; i <= last; i++) pushSnapshot(buf, i * tick, xAt(i), 0, 0);
    const newest = last * tick;
    // The next snapshot was due at newest + tick; until it arrives a whole tick late, the render
    // time (now - REMOTE_INTERP_MS) stays between snapshots already received.
    for (let now = newest; now <= newest + 2 * tick; now += 5) {
      const r = now - REMOTE_INTERP_MS;
      const i = Math.min(Math.floor(r / tick), last - 1);
      const truth = xAt(i) + (xAt(i + 1) - xAt(i)) * ((r - i * tick) / tick);
      expect(sample(buf, r).x, `render time ${r} ms, newest ${newest} ms`).toBeCloseTo(truth, 9);
    }
  });

  it('interpolates linearly between the two snapshots around the render time', () => {
    const buf = createSnapshotBuffer(8);
    pushSnapshot(buf, 1000, 0, 0, 0);
    pushSnapshot(buf, 1050, 10, -4, 0);
    pushSnapshot(buf, 1100, 10, 6, 0);
    expect(sample(buf, 1025)).toMatchObject({ x: 5, z: -2 });
    expect(sample(buf, 1050)).toMatchObject({ x: 10, z: -4 });
    const p = sample(buf, 1090);
    expect(p.x).toBeCloseTo(10);
    expect(p.z).toBeCloseTo(4);
  });

  it('turns the heading along the shortest arc, across ±π', () => {
    const buf = createSnapshotBuffer(4);
    pushSnapshot(buf, 0, 0, 0, deg(170));
    pushSnapshot(buf, 100, 0, 0, deg(-170));
    const h = sample(buf, 50).heading;
    expect(Math.abs(Math.abs(h) - Math.PI)).toBeLessThan(1e-9); // through 180°, not through 0°
    const q = sample(buf, 25).heading;
    expect(q).toBeCloseTo(deg(175));
  });

  it('clamps before the oldest snapshot and with a single snapshot', () => {
    const buf = createSnapshotBuffer(4);
    const out = { x: 1, z: 2, heading: 3 };
    expect(sampleSnapshots(buf, 0, out)).toBe(false);
    expect(out).toEqual({ x: 1, z: 2, heading: 3 });
    pushSnapshot(buf, 500, 3, 4, 1);
    expect(sample(buf, 0)).toEqual({ x: 3, z: 4, heading: 1 });
    expect(sample(buf, 10_000)).toEqual({ x: 3, z: 4, heading: 1 });
    pushSnapshot(buf, 550, 5, 4, 1);
    expect(sample(buf, 100)).toMatchObject({ x: 3, z: 4 });
  });

  it('extrapolates at most one step past the newest snapshot, then holds', () => {
    const buf = createSnapshotBuffer(4);
    pushSnapshot(buf, 0, 0, 0, 0);
    pushSnapshot(buf, 50, 1, 0, 0);
    expect(sample(buf, 75).x).toBeCloseTo(1.5);
    expect(sample(buf, 100).x).toBeCloseTo(2);
    expect(sample(buf, 5000).x).toBeCloseTo(2);
  });

  it('drops reordered and non-finite snapshots; an equal time corrects the newest', () => {
    const buf = createSnapshotBuffer(4);
    expect(pushSnapshot(buf, 100, 1, 1, 0)).toBe(true);
    expect(pushSnapshot(buf, 50, 99, 99, 0)).toBe(false);
    expect(pushSnapshot(buf, 150, Number.NaN, 1, 0)).toBe(false);
    expect(pushSnapshot(buf, Infinity, 1, 1, 0)).toBe(false);
    expect(buf.count).toBe(1);
    expect(pushSnapshot(buf, 100, 2, 2, 0)).toBe(true);
    expect(buf.count).toBe(1);
    expect(sample(buf, 100)).toMatchObject({ x: 2, z: 2 });
  });

  it('is a fixed ring: old snapshots are overwritten and sampling still finds the right pair', () => {
    const buf = createSnapshotBuffer(4);
    const arrays = [buf.times, buf.xs, buf.zs, buf.headings];
    for (let i = 0; i < 50; i++) pushSnapshot(buf, i * 50, i, -i, 0);
    expect(buf.count).toBe(4);
    expect([buf.times, buf.xs, buf.zs, buf.headings]).toEqual(arrays);
    expect(buf.times).toBe(arrays[0]); // same storage, nothing reallocated
    expect(sample(buf, 46 * 50 + 25)).toMatchObject({ x: 46.5, z: -46.5 });
    expect(sample(buf, 0)).toMatchObject({ x: 46, z: -46 }); // the oldest kept one
  });

  it('clear forgets everything (teleports must not slide across the hall)', () => {
    const buf = createSnapshotBuffer(4);
    pushSnapshot(buf, 0, 0, 0, 0);
    pushSnapshot(buf, 50, 1, 0, 0);
    clearSnapshots(buf);
    expect(sampleSnapshots(buf, 25, { x: 0, z: 0, heading: 0 })).toBe(false);
    pushSnapshot(buf, 100, 200, 0, 0);
    expect(sample(buf, 75).x).toBe(200);
  });

  it('refuses a capacity too small to interpolate', () => {
    expect(() => createSnapshotBuffer(1)).toThrow(RangeError);
  });
});
