/**
 * Sign-in throttling, in the presence's token buckets (limits/bucketStore.ts), so it holds across
 * processes with Redis. Every attempt spends from two buckets: the account's (keyed by the email
 * typed, whether or not it exists, so the answer tells nothing) — 5 at once, then one per 90 s, 10 in
 * 15 minutes — and the address's, generous enough for a class behind one NAT: 100 in 15 minutes.
 */
import { createHash } from 'node:crypto';
import type { BucketSpec, BucketStore } from '../limits/bucketStore.ts';

export const ACCOUNT_ATTEMPTS: BucketSpec = { capacity: 5, refillPerSec: 5 / 900 };
export const ADDRESS_ATTEMPTS: BucketSpec = { capacity: 100, refillPerSec: 100 / 900 };

export type Throttle = { ok: true } | { ok: false; retryAfterMs: number };

export interface LoginThrottle {
  /** One sign-in attempt for `email` from `addressKey` (null: an exempt address, only the account counts). */
  attempt(email: string, addressKey: string | null): Promise<Throttle>;
  /** One attempt at something that is not an account (the setup code, a link) from an address. */
  fromAddress(addressKey: string | null): Promise<Throttle>;
}

/** Emails are not written into Redis keys: a hash names the bucket. */
const emailKey = (email: string) => createHash('sha256').update(email).digest('base64url').slice(0, 22);

export function createLoginThrottle(store: Pick<BucketStore, 'take'>): LoginThrottle {
  const spend = async (spends: Parameters<BucketStore['take']>[0]): Promise<Throttle> => {
    const r = await store.take(spends);
    return r.ok ? r : { ok: false, retryAfterMs: Math.ceil(r.retryAfterMs) };
  };
  const address = (key: string | null) => (key === null ? [] : [{ key: `login:a:${key}`, spec: ADDRESS_ATTEMPTS }]);
  return {
    attempt: (email, addressKey) => spend([{ key: `login:e:${emailKey(email)}`, spec: ACCOUNT_ATTEMPTS }, ...address(addressKey)]),
    fromAddress: (addressKey) => spend(address(addressKey)),
  };
}
