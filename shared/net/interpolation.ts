/**
 * Snapshot buffer for one remote avatar. The server sends positions at 20 Hz; drawing them as they
 * arrive looks jerky (packets bunch and gap), so the client renders remote avatars a little in the
 * past and interpolates between the two snapshots around the render time.
 *
 * Allocation-free after creation: a fixed ring of typed arrays, `sample` writes into a caller's
 * object. With hundreds of avatars sampled every frame, per-frame garbage would show as GC hitches.
 */
import { wrapAngle } from './quantize.ts';

/**
 * How far in the past remote avatars are drawn. Two server ticks at 20 Hz (50 ms each): one tick
 * of delay is always needed to have a snapshot on each side of the render time, the second covers
 * one late or lost packet without the avatar stopping. More would look laggy when talking face to
 * face; less stutters on ordinary Wi-Fi jitter.
 */
export const REMOTE_INTERP_MS = 100;

export const DEFAULT_SNAPSHOT_CAPACITY = 16;

export interface SnapshotBuffer {
  readonly capacity: number;
  /** Number of snapshots held (≤ capacity). */
  count: number;
  /** Index where the next push writes. */
  head: number;
  readonly times: Float64Array;
  readonly xs: Float64Array;
  readonly zs: Float64Array;
  readonly headings: Float64Array;
}

export interface Pose {
  x: number;
  z: number;
  heading: number;
}

export function createSnapshotBuffer(capacity = DEFAULT_SNAPSHOT_CAPACITY): SnapshotBuffer {
  if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity ${capacity} < 2`);
  return {
    capacity,
    count: 0,
    head: 0,
    times: new Float64Array(capacity),
    xs: new Float64Array(capacity),
    zs: new Float64Array(capacity),
    headings: new Float64Array(capacity),
  };
}

/** Forget every snapshot (a teleport: the next one must not be reached by sliding across the hall). */
export function clearSnapshots(buf: SnapshotBuffer): void {
  buf.count = 0;
  buf.head = 0;
}

/** Ring index of the i-th oldest snapshot (0 = oldest). */
function at(buf: SnapshotBuffer, i: number): number {
  return (buf.head - buf.count + i + buf.capacity) % buf.capacity;
}

/**
 * Add a snapshot. Times must increase: an older or equal-time snapshot (a reordered packet) is
 * dropped and `false` returned, except that an equal time replaces the newest (a correction).
 * Non-finite values are dropped too. When full, the oldest snapshot is overwritten.
 */
export function pushSnapshot(buf: SnapshotBuffer, timeMs: number, x: number, z: number, heading: number): boolean {
  if (!Number.isFinite(timeMs) || !Number.isFinite(x) || !Number.isFinite(z) || !Number.isFinite(heading)) {
    return false;
  }
  if (buf.count > 0) {
    const newest = at(buf, buf.count - 1);
    const t = buf.times[newest]!;
    if (timeMs < t) return false;
    if (timeMs === t) {
      buf.xs[newest] = x;
      buf.zs[newest] = z;
      buf.headings[newest] = heading;
      return true;
    }
  }
  const i = buf.head;
  buf.times[i] = timeMs;
  buf.xs[i] = x;
  buf.zs[i] = z;
  buf.headings[i] = heading;
  buf.head = (i + 1) % buf.capacity;
  if (buf.count < buf.capacity) buf.count++;
  return true;
}

function write(out: Pose, buf: SnapshotBuffer, a: number, b: number, t: number): void {
  out.x = buf.xs[a]! + (buf.xs[b]! - buf.xs[a]!) * t;
  out.z = buf.zs[a]! + (buf.zs[b]! - buf.zs[a]!) * t;
  const ha = buf.headings[a]!;
  // Shortest arc: turning from 170° to -170° goes through 180°, not back through 0°.
  out.heading = wrapAngle(ha + wrapAngle(buf.headings[b]! - ha) * t);
}

/**
 * The pose at `renderTimeMs` (normally now - REMOTE_INTERP_MS), written into `out`.
 * Between snapshots: linear interpolation. Before the oldest: the oldest pose. After the newest:
 * the last segment's motion continues for at most one step (that segment's duration), then the
 * avatar holds still — a short gap keeps moving naturally, a long one never sends it through walls.
 * Heading never extrapolates. Returns false (out untouched) when the buffer is empty.
 */
export function sampleSnapshots(buf: SnapshotBuffer, renderTimeMs: number, out: Pose): boolean {
  if (buf.count === 0) return false;
  const oldest = at(buf, 0);
  const newest = at(buf, buf.count - 1);
  if (buf.count === 1 || renderTimeMs <= buf.times[oldest]!) {
    write(out, buf, oldest, oldest, 0);
    return true;
  }
  const tNew = buf.times[newest]!;
  if (renderTimeMs >= tNew) {
    const prev = at(buf, buf.count - 2);
    const tPrev = buf.times[prev]!;
    const step = tNew - tPrev;
    const ahead = Math.min(renderTimeMs - tNew, step);
    const t = 1 + ahead / step;
    out.x = buf.xs[prev]! + (buf.xs[newest]! - buf.xs[prev]!) * t;
    out.z = buf.zs[prev]! + (buf.zs[newest]! - buf.zs[prev]!) * t;
    out.heading = wrapAngle(buf.headings[newest]!);
    return true;
  }
  // Search from the newest end: the render time is almost always in the last few snapshots.
  for (let i = buf.count - 2; i >= 0; i--) {
    const a = at(buf, i);
    const ta = buf.times[a]!;
    if (ta <= renderTimeMs) {
      const b = at(buf, i + 1);
      write(out, buf, a, b, (renderTimeMs - ta) / (buf.times[b]! - ta));
      return true;
    }
  }
  return false; // unreachable: renderTimeMs > oldest time was checked above
}
