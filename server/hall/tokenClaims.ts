/**
 * A join token admits one connection at a time. The seat that joined with it holds a claim on its
 * id (`jti`) in the presence, so with RedisPresence every process sees it; a second join with the
 * same token is refused while the first connection lives — and a seat held for reconnection is
 * alive (Colyseus reconnects with its own reconnection token, never the join token, so a visitor
 * coming back to a held seat is not affected).
 *
 * Two steps, because Colyseus may run onAuth several times for one request (joinOrCreate retries
 * after a failed seat reservation): onAuth only looks (`inUse`, a clear refusal before any seat is
 * reserved), and the room takes the claim atomically when the visitor is seated (`claim`: INCR
 * returns 1 to exactly one taker, whichever process it runs in). The claim is released when the
 * seat goes for good; it expires with the token anyway, so a crashed process frees it too.
 */
import type { Presence } from '@colyseus/core';

const keyOf = (tokenId: string) => `seeot:jointoken:${tokenId}`;

/** Beyond the token's own expiry: other processes' clocks may be a little behind ours. */
const CLOCK_SLACK_S = 60;

export async function tokenInUse(presence: Presence, tokenId: string): Promise<boolean> {
  return Boolean(await presence.exists(keyOf(tokenId)));
}

/** True when this seat now holds the token; false when a live connection already does. */
export async function claimToken(presence: Presence, tokenId: string, expSeconds: number, nowMs: number): Promise<boolean> {
  const key = keyOf(tokenId);
  const holders = await presence.incr(key);
  if (holders !== 1) return false;
  await presence.expire(key, Math.max(1, expSeconds - Math.floor(nowMs / 1000)) + CLOCK_SLACK_S);
  return true;
}

export async function releaseToken(presence: Presence, tokenId: string): Promise<void> {
  await Promise.resolve(presence.del(keyOf(tokenId)));
}
