/**
 * Hall-wide state across shards and processes over the Colyseus presence pub/sub: hall and booth
 * chat, deletions of lines, announcements, visitor/booth totals, and each booth's heart count and
 * pinned notice (stored in the presence by server/presence/boothStore.ts; told here). Works the same on LocalPresence
 * (one process) and RedisPresence (messages arrive JSON-parsed from other processes, so every
 * envelope is validated here). Handlers receive only what OTHER shards sent: a shard delivers its
 * own lines to its own clients directly, without a round trip through Redis.
 *
 * Totals are a sum of the last report of every shard that reported within `staleMs`; a shard that
 * crashed simply stops reporting and drops out, and one that closes says 'bye' to leave at once.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import { BoothNoticeSchema, type BoothNotice } from './boothStore.ts';
import { ChatLineSchema } from './schemas.ts';
import { LiveViewSchema, type LiveView } from '../../shared/api/live.ts';
import type { ChatLine } from '../chat/types.ts';

export interface ShardCounts {
  visitors: number;
  /** Visitors at each booth (booths with nobody may be left out). */
  booths: Record<string, number>;
  /** Booth hosts standing at each booth (booths with none may be left out). */
  hosts?: Record<string, number>;
}
export interface HallTotals extends ShardCounts {
  hosts: Record<string, number>;
  /** Shards whose counts are in the sum (this one included once it reported). */
  shards: number;
}
export interface Announcement {
  id: string;
  text: string;
  by: string;
  at: number;
}

export interface HallBusOptions {
  hall?: string;
  /** A shard's counts older than this no longer count (several missed reports at 2/s). */
  staleMs?: number;
  /** Counts are published at most once per this interval (2×/s). */
  minIntervalMs?: number;
  onError?: (err: unknown) => void;
}

const Counts = z.object({
  visitors: z.number().int().min(0).max(1e6),
  booths: z.record(z.string().max(100), z.number().int().min(0).max(1e6)),
  // A process of the release before hosts reports none (a rolling deploy).
  hosts: z.record(z.string().max(100), z.number().int().min(0).max(1e6)).default({}),
});
const Envelope = z.discriminatedUnion('t', [
  // `author`: the sender's guest id, server to server only, so a shard where the line is reported knows whom to act on.
  z.object({ t: z.literal('chat'), from: z.string(), line: ChatLineSchema, author: z.string().optional() }),
  z.object({ t: z.literal('delete'), from: z.string(), messageId: z.string().max(64) }),
  z.object({
    t: z.literal('announce'),
    from: z.string(),
    announcement: z.object({ id: z.string().max(64), text: z.string().max(1000), by: z.string().max(64), at: z.number() }),
  }),
  z.object({ t: z.literal('counts'), from: z.string(), counts: Counts }),
  z.object({ t: z.literal('bye'), from: z.string() }),
  z.object({ t: z.literal('hearts'), from: z.string(), boothId: z.string().max(100), count: z.number().int().min(0) }),
  z.object({ t: z.literal('notice'), from: z.string(), boothId: z.string().max(100), notice: BoothNoticeSchema.nullable() }),
  // From the process that holds a live (server/live/announce.ts), to every shard including its own.
  z.object({ t: z.literal('live'), from: z.string(), boothId: z.string().max(100), live: LiveViewSchema.nullable() }),
]);
type Envelope = z.infer<typeof Envelope>;

export const hallTopic = (hall: string) => `seeot:hall:${hall}`;

/** An announcement from outside any shard (the staff HTTP route): every shard's bus delivers it. */
export async function publishAnnouncement(presence: Presence, announcement: Announcement, hall = 'main'): Promise<void> {
  const env: Envelope = { t: 'announce', from: 'http', announcement };
  await presence.publish(hallTopic(hall), env);
}

export function createHallBus(presence: Presence, shardId: string, now: () => number, opts: HallBusOptions = {}) {
  const topic = hallTopic(opts.hall ?? 'main');
  const staleMs = opts.staleMs ?? 3000;
  const minIntervalMs = opts.minIntervalMs ?? 500;
  const onError = opts.onError ?? (() => {});
  const remote = new Map<string, { counts: ShardCounts; receivedAt: number }>();
  let own: Required<ShardCounts> | null = null;
  let lastPublishAt = -Infinity;
  let disposed = false;
  const chatHandlers = new Set<(line: ChatLine, author: string) => void>();
  const deleteHandlers = new Set<(messageId: string) => void>();
  const announceHandlers = new Set<(a: Announcement) => void>();
  const heartHandlers = new Set<(boothId: string, count: number) => void>();
  const noticeHandlers = new Set<(boothId: string, notice: BoothNotice | null) => void>();
  const liveHandlers = new Set<(boothId: string, live: LiveView | null) => void>();

  const send = (env: Envelope) => {
    if (disposed) return;
    try {
      // RedisPresence returns a promise (rejects if Redis is down); LocalPresence emits synchronously.
      Promise.resolve(presence.publish(topic, env)).catch(onError);
    } catch (e) {
      onError(e);
    }
  };

  const listener = (raw: unknown) => {
    const parsed = Envelope.safeParse(raw);
    if (!parsed.success || parsed.data.from === shardId) return;
    const env = parsed.data;
    try {
      switch (env.t) {
        case 'chat':
          chatHandlers.forEach((h) => h(env.line, env.author ?? ''));
          break;
        case 'delete':
          deleteHandlers.forEach((h) => h(env.messageId));
          break;
        case 'announce':
          announceHandlers.forEach((h) => h(env.announcement));
          break;
        case 'counts':
          // Our clock at receipt, not the sender's: two machines' clocks need not agree.
          remote.set(env.from, { counts: env.counts, receivedAt: now() });
          break;
        case 'bye':
          remote.delete(env.from);
          break;
        case 'hearts':
          heartHandlers.forEach((h) => h(env.boothId, env.count));
          break;
        case 'notice':
          noticeHandlers.forEach((h) => h(env.boothId, env.notice));
          break;
        case 'live':
          liveHandlers.forEach((h) => h(env.boothId, env.live));
          break;
      }
    } catch (e) {
      onError(e); // one faulty handler must not stop the presence emitter for everyone else
    }
  };
  const ready: Promise<void> = Promise.resolve(presence.subscribe(topic, listener)).then(() => undefined);

  const on = <T>(set: Set<T>, h: T) => {
    set.add(h);
    return () => void set.delete(h);
  };

  return {
    shardId,
    topic,
    /** Resolves once subscribed (Redis SUBSCRIBE acknowledged): messages before it may be missed. */
    ready,
    publishChat: (line: ChatLine, author: string) => send({ t: 'chat', from: shardId, line, author }),
    publishDeletion: (messageId: string) => send({ t: 'delete', from: shardId, messageId }),
    announce(text: string, by: string, id: string): Announcement {
      const announcement = { id, text, by, at: now() };
      send({ t: 'announce', from: shardId, announcement });
      return announcement;
    },
    onChat: (h: (line: ChatLine, author: string) => void) => on(chatHandlers, h),
    onDeletion: (h: (messageId: string) => void) => on(deleteHandlers, h),
    onAnnouncement: (h: (a: Announcement) => void) => on(announceHandlers, h),
    /** A booth's heart total (from the presence's counter) after another shard added some. */
    publishHearts: (boothId: string, count: number) => send({ t: 'hearts', from: shardId, boothId, count }),
    onHearts: (h: (boothId: string, count: number) => void) => on(heartHandlers, h),
    publishNotice: (boothId: string, notice: BoothNotice | null) => send({ t: 'notice', from: shardId, boothId, notice }),
    onNotice: (h: (boothId: string, notice: BoothNotice | null) => void) => on(noticeHandlers, h),
    /** A booth's live started, changed or ended (null). */
    onLive: (h: (boothId: string, live: LiveView | null) => void) => on(liveHandlers, h),
    /**
     * This shard's counts. Always kept for totals(); published only if `minIntervalMs` has passed
     * since the last publish (returns whether it was), so calling it every tick is fine.
     */
    reportCounts(counts: ShardCounts): boolean {
      own = { visitors: counts.visitors, booths: { ...counts.booths }, hosts: { ...(counts.hosts ?? {}) } };
      const t = now();
      if (t - lastPublishAt < minIntervalMs) return false;
      lastPublishAt = t;
      send({ t: 'counts', from: shardId, counts: own });
      return true;
    },
    totals(): HallTotals {
      const t = now();
      const totals: HallTotals = { visitors: 0, booths: {}, hosts: {}, shards: 0 };
      const add = (c: ShardCounts) => {
        totals.shards++;
        totals.visitors += c.visitors;
        for (const [id, n] of Object.entries(c.booths)) totals.booths[id] = (totals.booths[id] ?? 0) + n;
        for (const [id, n] of Object.entries(c.hosts ?? {})) totals.hosts[id] = (totals.hosts[id] ?? 0) + n;
      };
      if (own) add(own);
      for (const [id, r] of remote) {
        if (t - r.receivedAt > staleMs) remote.delete(id);
        else add(r.counts);
      }
      return totals;
    },
    /** Call from onDispose: says bye (others drop our counts now) and unsubscribes our listener. */
    async dispose(): Promise<void> {
      if (disposed) return;
      send({ t: 'bye', from: shardId });
      disposed = true;
      chatHandlers.clear();
      deleteHandlers.clear();
      announceHandlers.clear();
      heartHandlers.clear();
      noticeHandlers.clear();
      liveHandlers.clear();
      await Promise.resolve(presence.unsubscribe(topic, listener)).catch(onError);
    },
  };
}
export type HallBus = ReturnType<typeof createHallBus>;
