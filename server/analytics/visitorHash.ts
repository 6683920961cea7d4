/**
 * The only visitor identity analytics keep: HMAC(daily salt, guest id). The salt changes with the
 * Asia/Seoul day, so one visitor is one hash within a day (unique visitors per day) and cannot be
 * followed from one day to the next; the guest id itself is never written. The salt is derived from
 * SESSION_SECRET and the day, so every process of a scaled-out fair agrees on it without storing it
 * anywhere: it is never in the database beside the rows (with the database alone a hash cannot be
 * tied to a guest id).
 */
import { createHmac } from 'node:crypto';

/** Korea keeps no daylight saving time: its day is UTC+9. */
const SEOUL_OFFSET_MS = 9 * 3600_000;

/** The Asia/Seoul calendar day of an instant, as YYYY-MM-DD. */
export function seoulDay(ms: number): string {
  return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

export function createVisitorHasher(secret: string): (guestId: string, atMs: number) => string {
  let day = '';
  let salt: Buffer = Buffer.alloc(0);
  return (guestId, atMs) => {
    const d = seoulDay(atMs);
    if (d !== day) {
      day = d;
      salt = createHmac('sha256', secret).update(`seeot-analytics-salt:${d}`).digest();
    }
    // 128 bits: no collisions among a fair's visitors, and a short column.
    return createHmac('sha256', salt).update(guestId).digest().subarray(0, 16).toString('base64url');
  };
}
