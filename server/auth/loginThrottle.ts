/**
 * Sign-in throttling, kept in the Colyseus presence so it holds across processes with Redis. Per
 * account (keyed by the email typed, whether or not it exists, so the answer tells nothing):
 * after 5 failures in a row each further try waits, 1 minute doubling up to 15, until a success;
 * and at most 10 tries in 15 minutes whatever their outcome. Per address, generous enough for a
 * class behind one NAT: 100 tries in 15 minutes. The try counts are the presence's token buckets
 * (limits/bucketStore.ts); the failure count is an atomic INCR.
 */
import type { Presence } from '@colyseus/core';
import { createHash } from 'node:crypto';
import type { BucketSpec, BucketStore } from '../limits/bucketStore.ts';

export const ACCOUNT_ATTEMPTS: BucketSpec = { capacity: 10, refillPerSec: 10 / 900 };
export const ADDRESS_ATTEMPTS: BucketSpec = { capacity: 100, refillPerSec: 100 / 900 };
/** Failures in a row before each try waits. */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 60_000;
const MAX_WAIT_MS = 15 * 60_000;
/** A failure streak is forgotten after this long without a try. */
const STREAK_TTL_S = 24 * 3600;

export type Throttle = { ok: true } | { ok: false; retryAfterMs: number };

export interface LoginThrottle {
  /** Before checking a password for `email` from `addressKey` (null: an exempt address, only the account counts). */
  attempt(email: string, addressKey: string | null): Promise<Throttle>;
  /** The password was wrong: the streak grows, and past FREE_FAILURES the next try waits. */
  failed(email: string): Promise<void>;
  /** Signed in: the streak ends. */
  succeeded(email: string): Promise<void>;
  /** One try at something that is not an account (the setup code) from an address. */
  fromAddress(addressKey: string | null): Promise<Throttle>;
}

/** How long the try after `failures` failures in a row waits. */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_FAILURES));
}

/** Emails are not written into Redis keys: a hash names them. */
const emailKey = (email: string) => createHash('sha256').update(email).digest('base64url').slice(0, 22);

export interface LoginThrottleOptions {
  store: Pick<BucketStore, 'take'>;
  /** Read at each use: the matchmaker's presence exists only once the Server does. */
  presence: () => Presence;
  now?: () => number;
}

export function createLoginThrottle({ store, presence, now = Date.now }: LoginThrottleOptions): LoginThrottle {
  const streakKey = (email: string) => `seeot:login:streak:${emailKey(email)}`;
  const waitKey = (email: string) => `seeot:login:wait:${emailKey(email)}`;
  const spend = async (spends: Parameters<BucketStore['take']>[0]): Promise<Throttle> => {
    const r = await store.take(spends);
    return r.ok ? r : { ok: false, retryAfterMs: Math.ceil(r.retryAfterMs) };
  };
  const address = (key: string | null) => (key === null ? [] : [{ key: `login:a:${key}`, spec: ADDRESS_ATTEMPTS }]);

  return {
    async attempt(email, addressKey) {
      const until = Number(await presence().get(waitKey(email)));
      if (until > now()) return { ok: false, retryAfterMs: until - now() };
      return spend([{ key: `login:e:${emailKey(email)}`, spec: ACCOUNT_ATTEMPTS }, ...address(addressKey)]);
    },
    async failed(email) {
      const p = presence();
      const failures = await p.incr(streakKey(email));
      await p.expire(streakKey(email), STREAK_TTL_S);
      const wait = waitAfter(failures);
      if (wait > 0) await p.setex(waitKey(email), String(now() + wait), Math.ceil(wait / 1000) + 1);
    },
    async succeeded(email) {
      const p = presence();
      await Promise.all([p.del(streakKey(email)), p.del(waitKey(email))]);
    },
    fromAddress: (addressKey) => spend(address(addressKey)),
  };
}
