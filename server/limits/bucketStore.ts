/**
 * Token buckets keyed by name (a guest id, a client address), kept in the Colyseus presence so a
 * limit outlives the connection that spent it: leaving and rejoining, a second tab, or a shard on
 * another process (RedisPresence) all find the same bucket. With LocalPresence (one process) the
 * same code keeps them in memory.
 *
 * A bucket is stored as `{t: tokens, at: ms}` with an expiry of "time until full again": a missing
 * key IS a full bucket, so idle visitors and addresses cost nothing and nothing needs sweeping.
 * The arithmetic is shared/net/rateLimiter.ts's `take`, the one the client also runs.
 *
 * Atomicity: a spend is read → decide → write. Within a process every spend on a key waits for
 * the one before (below), so twenty lines fired at once from one address are counted one by one;
 * across processes the same spends also hold a short presence lock (presenceLock.ts).
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { take, type Bucket } from '../../shared/net/rateLimiter.ts';
import { withPresenceLocks } from './presenceLock.ts';

export interface BucketSpec {
  capacity: number;
  refillPerSec: number;
}

/** One bucket to spend from: its presence key and its shape right now (an address's grows with its crowd). */
export interface Spend {
  key: string;
  spec: BucketSpec;
}

export type SpendResult = { ok: true } | { ok: false; index: number; retryAfterMs: number };

const PREFIX = 'seeot:limit:';
/** A bucket that never refills still forgets a spend after a day (no such bucket today). */
const MAX_TTL_S = 24 * 3600;

const Stored = z.object({ t: z.number().min(0), at: z.number() });

function read(raw: unknown, spec: BucketSpec): Bucket {
  const full: Bucket = { capacity: spec.capacity, refillPerSec: spec.refillPerSec, tokens: spec.capacity, lastMs: null };
  if (typeof raw !== 'string') return full;
  try {
    const s = Stored.safeParse(JSON.parse(raw));
    // A crowd that shrank shrinks its bucket too: never more tokens than today's capacity.
    return s.success ? { ...full, tokens: Math.min(spec.capacity, s.data.t), lastMs: s.data.at } : full;
  } catch {
    return full;
  }
}

/** Seconds until the bucket is full again (then the key may vanish: absent means full). */
function ttlOf(b: Bucket): number {
  if (b.refillPerSec <= 0) return MAX_TTL_S;
  return Math.min(MAX_TTL_S, Math.max(1, Math.ceil((b.capacity - b.tokens) / b.refillPerSec) + 1));
}

export interface BucketStoreOptions {
  /** Read at each spend: the matchmaker's presence exists only once the Server does. */
  presence: () => Presence;
  now: () => number;
  /** Presence unreachable (Redis down): the spend is allowed and this is told. */
  onError?: (err: unknown) => void;
}

export function createBucketStore(opts: BucketStoreOptions) {
  /** Per key, the promise the next spender waits for. */
  const tails = new Map<string, Promise<void>>();

  /** Runs `fn` holding every key's turn in this process; `keys` sorted, so two spends never deadlock. */
  async function exclusive<T>(keys: readonly string[], fn: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    for (const key of keys) {
      const before = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const tail = before.then(() => mine);
      tails.set(key, tail);
      releases.push(() => {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      });
      await before;
    }
    try {
      return await fn();
    } finally {
      for (const r of releases) r();
    }
  }

  return {
    /**
     * Spends one token from every bucket in `spends`, or from none: a line refused by one limit
     * must not use up another's budget. On refusal, `index` names the first bucket that said no.
     */
    async take(spends: readonly Spend[]): Promise<SpendResult> {
      if (spends.length === 0) return { ok: true };
      const keys = spends.map((s) => PREFIX + s.key);
      const ordered = [...new Set(keys)].sort();
      try {
        const presence = opts.presence();
        return await exclusive(ordered, () =>
          withPresenceLocks(presence, ordered, async (): Promise<SpendResult> => {
            const raws = await Promise.all(keys.map((k) => presence.get(k) as unknown));
            const now = opts.now();
            const next: Bucket[] = [];
            for (const [i, s] of spends.entries()) {
              const r = take(read(raws[i], s.spec), now);
              if (!r.ok) return { ok: false, index: i, retryAfterMs: r.retryAfterMs };
              next.push(r.bucket);
            }
            await Promise.all(next.map((b, i) => presence.setex(keys[i]!, JSON.stringify({ t: b.tokens, at: b.lastMs }), ttlOf(b))));
            return { ok: true };
          }),
        );
      } catch (err) {
        opts.onError?.(err);
        return { ok: true };
      }
    },
  };
}
export type BucketStore = ReturnType<typeof createBucketStore>;
