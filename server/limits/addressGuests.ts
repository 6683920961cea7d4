/**
 * How many distinct guests are connected from each client address, across every shard and process
 * (a presence hash per address: guest id → its open connections). Per-address chat budgets grow
 * with this number, so a classroom behind one address talks freely while one person minting fresh
 * guest ids gets no more than a classroom would.
 *
 * The hash expires ADDRESS_GUESTS_TTL_S after the last join or leave from the address; that is
 * also how the entries of a crashed process (which never said goodbye) go away. Until then they
 * only make the address's budget more generous, up to its cap.
 */
import type { Presence } from '@colyseus/core';

const ADDRESS_GUESTS_TTL_S = 12 * 3600; // longer than a fair day's visit

const keyOf = (address: string) => `seeot:addr:guests:${address}`;

export function createAddressGuests(presence: () => Presence) {
  return {
    /** A connection of `guestId` from `address` opened (seated in a shard). */
    async add(address: string, guestId: string): Promise<void> {
      await presence().hincrbyex(keyOf(address), guestId, 1, ADDRESS_GUESTS_TTL_S);
    },
    /** It closed for good (not a drop the visitor may come back from). */
    async remove(address: string, guestId: string): Promise<void> {
      const key = keyOf(address);
      const left = await presence().hincrbyex(key, guestId, -1, ADDRESS_GUESTS_TTL_S);
      if (left <= 0) await presence().hdel(key, guestId);
    },
    /** Distinct guests connected from `address` now. */
    async count(address: string): Promise<number> {
      return Number(await presence().hlen(keyOf(address))) || 0;
    },
  };
}
export type AddressGuests = ReturnType<typeof createAddressGuests>;
