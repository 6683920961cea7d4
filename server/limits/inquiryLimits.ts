/**
 * How often inquiries may be sent, per guest (the signed guest cookie) AND per client address, in
 * the same presence-kept buckets as the chat limits (bucketStore.ts), so they hold across processes.
 *
 * Why these numbers: an honest visitor sends one or two inquiries in a visit; a classroom or a
 * procurement office on one address might send a dozen in an afternoon. So a guest gets 5 at once
 * and one more every 2 minutes; an address 30 at once and one more every 20 s (180 an hour). A
 * script cycling guest cookies is held by its address; addresses in ADDRESS_LIMITS_EXEMPT skip only
 * the address bucket.
 */
import type { Admission } from './addressLimits.ts';
import type { BucketSpec, BucketStore, Spend } from './bucketStore.ts';

export const INQUIRY_GUEST_LIMIT: BucketSpec = { capacity: 5, refillPerSec: 1 / 120 };
export const INQUIRY_ADDRESS_LIMIT: BucketSpec = { capacity: 30, refillPerSec: 1 / 20 };

export interface InquiryLimitOptions {
  store: BucketStore;
  /** The key an address is limited under, or null when it is exempt (addressLimits.ts' limitedKey). */
  addressKey: (address: string | null | undefined) => string | null;
}

export function createInquiryLimits({ store, addressKey }: InquiryLimitOptions) {
  return {
    /** One inquiry from this guest (null without a valid cookie) at this address. */
    async admit(guestId: string | null, address: string | null | undefined): Promise<Admission> {
      const spends: Spend[] = [];
      if (guestId !== null) spends.push({ key: `g:inquiry:${guestId}`, spec: INQUIRY_GUEST_LIMIT });
      const a = addressKey(address);
      if (a !== null) spends.push({ key: `a:inquiry:${a}`, spec: INQUIRY_ADDRESS_LIMIT });
      if (spends.length === 0) return { ok: true };
      const r = await store.take(spends);
      return r.ok ? { ok: true } : { ok: false, retryAfterMs: r.retryAfterMs };
    },
  };
}
export type InquiryLimits = ReturnType<typeof createInquiryLimits>;
