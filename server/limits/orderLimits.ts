/**
 * How often guests may order, per guest (the signed guest cookie) AND per client address, in the
 * presence-kept buckets the other limits use (bucketStore.ts), so they hold across processes.
 *
 * Why these numbers: a buyer places a few orders in a live, one per product, and a retry after a
 * network error spends one too (the database, not the limit, makes it harmless); a household or an
 * office shares an address. A guest gets 10 at once and one more every 30 s; an
 * address 60 at once and one more every 5 s. Addresses in ADDRESS_LIMITS_EXEMPT skip the address bucket.
 */
import type { Admission } from './addressLimits.ts';
import type { BucketSpec, BucketStore, Spend } from './bucketStore.ts';

export const ORDER_GUEST_LIMIT: BucketSpec = { capacity: 10, refillPerSec: 1 / 30 };
export const ORDER_ADDRESS_LIMIT: BucketSpec = { capacity: 60, refillPerSec: 1 / 5 };

export interface OrderLimitOptions {
  store: BucketStore;
  addressKey: (address: string | null | undefined) => string | null;
}

export function createOrderLimits({ store, addressKey }: OrderLimitOptions) {
  return {
    /** One order (or lookup, or cancel) from this guest (null without a valid cookie) at this address. */
    async admit(guestId: string | null, address: string | null | undefined): Promise<Admission> {
      const spends: Spend[] = [];
      if (guestId !== null) spends.push({ key: `g:order:${guestId}`, spec: ORDER_GUEST_LIMIT });
      const a = addressKey(address);
      if (a !== null) spends.push({ key: `a:order:${a}`, spec: ORDER_ADDRESS_LIMIT });
      if (spends.length === 0) return { ok: true };
      const r = await store.take(spends);
      return r.ok ? { ok: true } : { ok: false, retryAfterMs: r.retryAfterMs };
    },
  };
}
export type OrderLimits = ReturnType<typeof createOrderLimits>;
