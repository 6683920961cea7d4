/**
 * A short lock on a few keys across processes, over the Colyseus presence API, which has no
 * compare-and-set: a bucket's read → decide → write (bucketStore.ts) runs under it, so two
 * processes answering one address at the same moment cannot both spend the same token (measured
 * without it: 156 sessions of a 100-session budget got through two processes).
 *
 * Taking a lock is HINCRBY + EXPIRE in one step (`hincrbyex`, a MULTI on Redis): 1 means ours.
 * A holder that crashed leaves it for LOCK_TTL_S after the last attempt on it; a spender that
 * cannot get it within ~0.5 s goes ahead unlocked (a limit may then be off by a token, nobody is
 * stuck). With LocalPresence there is one process, whose own queue already serialises each key.
 */
import { LocalPresence, type Presence } from '@colyseus/core';

const LOCK_TTL_S = 2;
const ATTEMPTS = 30;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function acquire(presence: Presence, lockKey: string): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if ((await presence.hincrbyex(lockKey, 'n', 1, LOCK_TTL_S)) === 1) return true;
    await pause(1 + attempt); // the holder needs two or three round trips to Redis
  }
  return false;
}

/** Runs `fn` holding the locks of `keys` (taken in the order given: pass them sorted). */
export async function withPresenceLocks<T>(presence: Presence, keys: readonly string[], fn: () => Promise<T>): Promise<T> {
  if (presence instanceof LocalPresence) return fn();
  const held: string[] = [];
  try {
    for (const key of keys) {
      const lockKey = `${key}:lock`;
      if (await acquire(presence, lockKey)) held.push(lockKey);
    }
    return await fn();
  } finally {
    await Promise.all(held.map((k) => Promise.resolve(presence.del(k))));
  }
}
