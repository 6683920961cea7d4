/**
 * Which lives are on air, on which process, in the presence (Redis with REDIS_URL, else memory), so
 * any process can list them and send a viewer to the one that holds the media. Each process
 * re-writes its own entries every HEARTBEAT_MS; an entry not refreshed for STALE_MS (its process
 * crashed) is ignored and removed by the next reader. Everything read back is validated.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { LiveViewSchema, type LiveView } from '../../shared/api/live.ts';

export const HEARTBEAT_MS = 5_000;
const STALE_MS = 3 * HEARTBEAT_MS;
const KEY = 'seeot:lives';

const EntrySchema = z.object({
  live: LiveViewSchema,
  /** The holder as other processes reach it over HTTP (host:port[/path]); null without REDIS_URL. */
  address: z.string().nullable(),
  at: z.number(),
});
export type LiveEntry = z.infer<typeof EntrySchema>;

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
};

export function createLiveDirectory(presence: () => Presence, now: () => number = Date.now) {
  async function entries(): Promise<LiveEntry[]> {
    const all = (await presence().hgetall(KEY)) ?? {};
    const out: LiveEntry[] = [];
    for (const [liveId, raw] of Object.entries(all)) {
      const r = EntrySchema.safeParse(parseJson(raw));
      if (r.success && r.data.live.liveId === liveId && now() - r.data.at <= STALE_MS) out.push(r.data);
      else await presence().hdel(KEY, liveId);
    }
    return out;
  }
  return {
    put: async (live: LiveView, address: string | null): Promise<void> =>
      void (await presence().hset(KEY, live.liveId, JSON.stringify({ live, address, at: now() } satisfies LiveEntry))),
    remove: async (liveId: string): Promise<void> => void (await presence().hdel(KEY, liveId)),
    entries,
    async find(liveId: string): Promise<LiveEntry | null> {
      return (await entries()).find((e) => e.live.liveId === liveId) ?? null;
    },
  };
}
export type LiveDirectory = ReturnType<typeof createLiveDirectory>;
