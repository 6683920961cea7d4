/**
 * Each booth's pinned listing, one truth for every process: a hash in the presence (Redis with
 * REDIS_URL, else memory), as the booth's pinned notice is (presence/boothStore.ts). Read back
 * through a schema: Redis holds any string.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';

const PinSchema = z.object({ listingId: z.uuid(), at: z.number() });
export type Pin = z.infer<typeof PinSchema>;

export function createPinStore(presence: Presence, hall = 'main') {
  const key = `seeot:booth-pins:${hall}`;
  return {
    async get(boothId: string): Promise<Pin | null> {
      const raw = await presence.hget(key, boothId);
      if (!raw) return null;
      try {
        const r = PinSchema.safeParse(JSON.parse(raw));
        return r.success ? r.data : null;
      } catch {
        return null;
      }
    },
    async set(boothId: string, pin: Pin | null): Promise<void> {
      if (pin) await presence.hset(key, boothId, JSON.stringify(pin));
      else await presence.hdel(key, boothId);
    },
  };
}
export type PinStore = ReturnType<typeof createPinStore>;
