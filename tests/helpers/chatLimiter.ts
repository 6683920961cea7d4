/**
 * Chat limits as a shard gets them (server/limits/limits.ts), over a fresh in-memory Colyseus
 * presence and the test's clock, for tests that drive the chat service without a server.
 */
import { LocalPresence } from '@colyseus/core';
import { createChatLimiter, type ChatLimits } from '../../server/chat/chatLimits.ts';
import { createAddressGuests } from '../../server/limits/addressGuests.ts';
import { createBucketStore } from '../../server/limits/bucketStore.ts';

export function testChatLimiter(now: () => number, limits?: Partial<ChatLimits>) {
  const presence = new LocalPresence();
  const guests = createAddressGuests(() => presence);
  const store = createBucketStore({ presence: () => presence, now });
  const limiter = createChatLimiter({ store, guests, addressKey: (a) => a, ...(limits ? { limits } : {}) });
  return { limiter, guests };
}
