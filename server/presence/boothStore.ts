/**
 * What a booth's conversation keeps across shards and processes, in the presence (Redis with
 * REDIS_URL, else memory): its recent lines (what a late joiner in any shard gets), its heart count
 * and its pinned notice. The hall bus tells running shards of changes as they happen; this is what
 * a shard created later reads at its start. Everything read back is validated: Redis holds any JSON.
 *
 * Lines are a hash per booth (line id → line) rather than a list: the presence API has no list
 * range or trim, and a deletion by id is one HDEL.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { CHAT_HISTORY_LENGTH } from '../../shared/chat/rules.ts';
import type { ChatLine } from '../chat/types.ts';
import { ChatLineSchema } from './schemas.ts';

export const BoothNoticeSchema = z.object({ text: z.string().max(1200), at: z.number() });
export type BoothNotice = z.infer<typeof BoothNoticeSchema>;

/** A booth's hash may hold this many lines over the history before it is trimmed (one trim per ten lines). */
const TRIM_SLACK = 10;

const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
};

export function createBoothStore(presence: Presence, hall = 'main', max = CHAT_HISTORY_LENGTH) {
  const heartsKey = `seeot:booth-hearts:${hall}`;
  const noticesKey = `seeot:booth-notices:${hall}`;
  const linesKey = (boothId: string) => `seeot:booth-lines:${hall}:${boothId}`;

  async function lines(boothId: string): Promise<ChatLine[]> {
    const all = (await presence.hgetall(linesKey(boothId))) ?? {};
    const parsed: ChatLine[] = [];
    for (const raw of Object.values(all)) {
      const r = ChatLineSchema.safeParse(parseJson(raw));
      if (r.success && r.data.boothId === boothId) parsed.push(r.data);
    }
    return parsed.sort((a, b) => a.at - b.at);
  }

  return {
    /** Adds `n` hearts; resolves to the booth's total across every shard. */
    addHearts: (boothId: string, n: number): Promise<number> => presence.hincrby(heartsKey, boothId, n),
    async hearts(): Promise<Map<string, number>> {
      const all = (await presence.hgetall(heartsKey)) ?? {};
      const out = new Map<string, number>();
      for (const [id, v] of Object.entries(all)) if (/^\d{1,15}$/.test(v)) out.set(id, Number(v));
      return out;
    },
    async setNotice(boothId: string, notice: BoothNotice | null): Promise<void> {
      if (notice) await presence.hset(noticesKey, boothId, JSON.stringify(notice));
      else await presence.hdel(noticesKey, boothId);
    },
    async notices(): Promise<Map<string, BoothNotice>> {
      const all = (await presence.hgetall(noticesKey)) ?? {};
      const out = new Map<string, BoothNotice>();
      for (const [id, raw] of Object.entries(all)) {
        const r = BoothNoticeSchema.safeParse(parseJson(raw));
        if (r.success) out.set(id, r.data);
      }
      return out;
    },
    /** Keeps a booth line; past the history (plus slack) the oldest go. */
    async addLine(line: ChatLine): Promise<void> {
      if (line.boothId === null) return;
      const key = linesKey(line.boothId);
      await presence.hset(key, line.id, JSON.stringify(line));
      if ((await presence.hlen(key)) <= max + TRIM_SLACK) return;
      const all = await lines(line.boothId);
      await Promise.all(all.slice(0, all.length - max).map((l) => presence.hdel(key, l.id)));
    },
    removeLine: async (boothId: string, id: string): Promise<void> => void (await presence.hdel(linesKey(boothId), id)),
    /** The booth's recent lines, oldest first (at most the history's length). */
    async lines(boothId: string): Promise<ChatLine[]> {
      const all = await lines(boothId);
      return all.slice(Math.max(0, all.length - max));
    },
  };
}
export type BoothStore = ReturnType<typeof createBoothStore>;
