/**
 * Bans and mutes, kept in the Colyseus presence (hashes) so that with RedisPresence every process
 * sees the same lists and with LocalPresence one process keeps them in memory. Expiry is checked on
 * read (and expired fields are removed then): no timers, and a restarted process loses nothing that
 * Redis holds.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import type { Mute } from '../../shared/api/moderation.ts';
import { activeBan, normalizeAddress, type BanRecord } from './decisions.ts';

export const BANS_KEY = 'seeot:mod:bans';
export const MUTES_KEY = 'seeot:mod:mutes';

const BanRecordSchema = z.object({
  guestId: z.string().nullable(),
  address: z.string().nullable(),
  until: z.number(),
  reason: z.string(),
  by: z.string(),
  at: z.number(),
});
// `at` is absent from mutes kept before it was recorded: read as 0.
const MuteSchema = z.object({ until: z.number(), by: z.string(), at: z.number().default(0) });

const guestField = (guestId: string) => `g:${guestId}`;
const addressField = (address: string) => `a:${address}`;

function parse<T>(schema: z.ZodType<T>, raw: string | null | undefined): T | null {
  if (!raw) return null;
  try {
    const r = schema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Best-effort cleanup: a failed delete of an expired record only leaves garbage that expires anyway. */
function quietly(p: unknown): void {
  Promise.resolve(p).catch(() => {});
}

export interface BanEntry extends BanRecord {
  /** Hash field: `g:<guestId>` or `a:<address>`; what DELETE /api/staff/bans/:key takes. */
  key: string;
}

export function createModerationStore(presence: Presence) {
  return {
    /** One record under the guest id and one under the address, so either finds it at join. */
    async ban(rec: BanRecord): Promise<string[]> {
      const address = normalizeAddress(rec.address);
      const value = JSON.stringify({ ...rec, address });
      const keys: string[] = [];
      if (rec.guestId) keys.push(guestField(rec.guestId));
      if (address) keys.push(addressField(address));
      await Promise.all(keys.map((k) => presence.hset(BANS_KEY, k, value)));
      return keys;
    },
    /** One record under its key as it was (the database's copy, after the presence was emptied). */
    async put(key: string, rec: BanRecord): Promise<void> {
      await presence.hset(BANS_KEY, key, JSON.stringify(rec));
    },
    async unban(key: string): Promise<void> {
      await presence.hdel(BANS_KEY, key);
    },
    /** The ban holding for this guest id or address at `nowMs`, if any. */
    async findBan(who: { guestId: string | null; address: string | null }, nowMs: number): Promise<BanRecord | null> {
      const address = normalizeAddress(who.address);
      const fields = [who.guestId ? guestField(who.guestId) : null, address ? addressField(address) : null];
      const records = await Promise.all(fields.map(async (f) => (f ? parse(BanRecordSchema, await presence.hget(BANS_KEY, f)) : null)));
      records.forEach((r, i) => {
        if (r && r.until <= nowMs) quietly(presence.hdel(BANS_KEY, fields[i]!)); // lifted by time
      });
      return activeBan(records, nowMs);
    },
    async listBans(nowMs: number): Promise<BanEntry[]> {
      const all = (await presence.hgetall(BANS_KEY)) ?? {};
      const out: BanEntry[] = [];
      for (const [key, raw] of Object.entries(all)) {
        const r = parse(BanRecordSchema, raw);
        if (r && r.until > nowMs) out.push({ key, ...r });
        else quietly(presence.hdel(BANS_KEY, key));
      }
      return out.sort((a, b) => a.at - b.at);
    },
    async mute({ guestId, until, by, at }: Mute): Promise<void> {
      await presence.hset(MUTES_KEY, guestId, JSON.stringify({ until, by, at }));
    },
    /** Mutes holding at `nowMs`, oldest first (expired ones are removed on the way). */
    async listMutes(nowMs: number): Promise<Mute[]> {
      const all = (await presence.hgetall(MUTES_KEY)) ?? {};
      const out: Mute[] = [];
      for (const [guestId, raw] of Object.entries(all)) {
        const m = parse(MuteSchema, raw);
        if (m && m.until > nowMs) out.push({ guestId, ...m });
        else quietly(presence.hdel(MUTES_KEY, guestId));
      }
      return out.sort((a, b) => a.at - b.at);
    },
    async unmute(guestId: string): Promise<void> {
      await presence.hdel(MUTES_KEY, guestId);
    },
    /** Mute end in ms, or 0 when not muted (an expired mute is removed). */
    async mutedUntil(guestId: string, nowMs: number): Promise<number> {
      const m = parse(MuteSchema, await presence.hget(MUTES_KEY, guestId));
      if (!m) return 0;
      if (m.until <= nowMs) {
        await presence.hdel(MUTES_KEY, guestId);
        return 0;
      }
      return m.until;
    },
  };
}
export type ModerationStore = ReturnType<typeof createModerationStore>;
