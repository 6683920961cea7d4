/**
 * Rate limits for chat, hearts and movement input, as pure functions with time passed in.
 *
 * Token bucket: a visitor may burst up to `capacity` actions, then one per 1/refillPerSec seconds.
 * Honest visitors are rejected softly (the room answers with `retryAfterMs` for a friendly
 * message); only a *flood* — many rejections in a short window, which no human produces — closes
 * the connection (see `noteRejection` and CLOSE_CODE.flood in shared/protocol/closeCodes.ts).
 *
 * Everything here is IMMUTABLE: `take` and `noteRejection` return new state and never change their
 * arguments, so a room stores the returned value (`v.bucket = r.bucket`). The objects are tiny and
 * a visitor acts a few times a second, so the allocation is noise next to a network message.
 */

export interface Bucket {
  readonly capacity: number;
  readonly refillPerSec: number;
  readonly tokens: number;
  /** Time of the last update; null = never used, so the bucket is full whatever the clock says. */
  readonly lastMs: number | null;
}

export interface TakeResult {
  ok: boolean;
  bucket: Bucket;
  /** 0 when ok; else how long until `cost` tokens are there (Infinity if cost > capacity). */
  retryAfterMs: number;
}

export function createBucket(capacity: number, refillPerSec: number): Bucket {
  if (!(capacity > 0) || !(refillPerSec >= 0) || !Number.isFinite(capacity)) {
    throw new RangeError(`bad bucket: capacity ${capacity}, refill ${refillPerSec}/s`);
  }
  return { capacity, refillPerSec, tokens: capacity, lastMs: null };
}

/** The bucket brought up to `nowMs`. A clock going backwards refills nothing (and is not an error). */
function refill(b: Bucket, nowMs: number): Bucket {
  if (b.lastMs === null) return { ...b, lastMs: nowMs };
  const elapsed = Math.max(0, nowMs - b.lastMs);
  const tokens = Math.min(b.capacity, b.tokens + (elapsed * b.refillPerSec) / 1000);
  return { ...b, tokens, lastMs: Math.max(b.lastMs, nowMs) };
}

/** Try to spend `cost` tokens at `nowMs`. */
export function take(bucket: Bucket, nowMs: number, cost = 1): TakeResult {
  const b = refill(bucket, nowMs);
  // Floating-point refills can land a hair under a whole token; don't reject an honest visitor for it.
  if (b.tokens + 1e-9 >= cost) {
    return { ok: true, bucket: { ...b, tokens: Math.max(0, b.tokens - cost) }, retryAfterMs: 0 };
  }
  const missing = cost - b.tokens;
  const retryAfterMs =
    cost > b.capacity || b.refillPerSec === 0 ? Infinity : Math.ceil((missing / b.refillPerSec) * 1000);
  return { ok: false, bucket: b, retryAfterMs };
}

/**
 * Default limits, per visitor. The client runs the same buckets before sending, so an honest client
 * is almost never rejected; the server's copy is the one that counts.
 */
export const DEFAULT_LIMITS = {
  /** Input is sent at most 20/s; the headroom absorbs packets bunched by network jitter. */
  move: { capacity: 30, refillPerSec: 25 },
  /** A burst of 5 lines, then one every 2 s: a fast typist, not a paste loop. */
  chat: { capacity: 5, refillPerSec: 0.5 },
  /** Hall chat reaches every shard: slow mode, one line per 5 s. */
  hallChat: { capacity: 1, refillPerSec: 0.2 },
  /** Hearts and emotes: a happy burst, then 2 a second. */
  emote: { capacity: 8, refillPerSec: 2 },
  teleport: { capacity: 3, refillPerSec: 0.5 },
  report: { capacity: 3, refillPerSec: 1 / 60 },
} as const satisfies Record<string, { capacity: number; refillPerSec: number }>;

// ---- flood detection ----

export interface FloodRule {
  /** This many rejections ... */
  maxRejections: number;
  /** ... within this many milliseconds is a flood. */
  windowMs: number;
}

export interface FloodState {
  /** Times of the recent rejections, oldest first, at most maxRejections of them. */
  readonly stamps: readonly number[];
}

export type FloodVerdict = 'ok' | 'flood';

export const EMPTY_FLOOD_STATE: FloodState = { stamps: [] };

/**
 * 100 rejections in 5 s is 20 a second for 5 s: a client that honours the limits (the real one
 * checks the same buckets before sending) cannot get there, a bot loop gets there in moments.
 */
export const DEFAULT_FLOOD_RULE: FloodRule = { maxRejections: 100, windowMs: 5000 };

/**
 * Record one rejection at `nowMs`. The verdict is 'flood' once `maxRejections` rejections fall
 * within `windowMs` (inclusive) — the room then closes the connection with CLOSE_CODE.flood and
 * logs the reason. Rejections older than the window are forgotten, so an honest visitor who hits
 * a limit now and then never accumulates towards a flood.
 */
export function noteRejection(
  state: FloodState,
  nowMs: number,
  rule: FloodRule,
): { state: FloodState; verdict: FloodVerdict } {
  const since = nowMs - rule.windowMs;
  const kept = state.stamps.filter((t) => t >= since && t <= nowMs);
  kept.push(nowMs);
  while (kept.length > rule.maxRejections) kept.shift();
  const verdict: FloodVerdict = kept.length >= rule.maxRejections ? 'flood' : 'ok';
  return { state: { stamps: kept }, verdict };
}
