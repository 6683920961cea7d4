/**
 * The live dashboard's figures, from what the shards already publish on the hall bus (its `counts`
 * twice a second and its chat lines, server/presence/hallBus.ts), so watching costs the halls
 * nothing: visitors per shard and per booth as each shard last reported, and chat lines in the last
 * minute. Reports older than STALE_MS (a crashed shard) drop out, as in the bus's own totals.
 */
import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import type { Dashboard } from '../../shared/analytics/api.ts';
import type { Localized } from '../../shared/schemas/localized.ts';
import { listShards } from '../hall/shards.ts';
import { hallTopic } from '../presence/hallBus.ts';

const STALE_MS = 3000;
const MINUTE_MS = 60_000;

/** Only the envelopes the dashboard reads; anything else on the topic is ignored. */
const Envelope = z.discriminatedUnion('t', [
  z.object({ t: z.literal('counts'), from: z.string(), counts: z.object({ visitors: z.number().int().min(0), booths: z.record(z.string().max(100), z.number().int().min(0)) }) }),
  z.object({ t: z.literal('chat'), from: z.string() }),
  z.object({ t: z.literal('bye'), from: z.string() }),
]);

async function titlesOf(shards: Dashboard['shards'], fairTitle: FairTitle): Promise<Dashboard['fairs']> {
  const slugs = [...new Set(shards.map((s) => s.fair).filter((f) => f !== ''))];
  const titles = await Promise.all(slugs.map(async (slug) => ({ slug, title: await fairTitle(slug).catch(() => null) })));
  return titles.filter((f): f is Dashboard['fairs'][number] => f.title !== null);
}

export interface LiveWatch {
  read(): Promise<Dashboard>;
  stop(): Promise<void>;
}

/** A timed fair's title by its address (null: unknown, e.g. no database); the dashboard names shards with it. */
export type FairTitle = (slug: string) => Promise<Localized | null>;

export function watchLive(presence: Presence, now: () => number = Date.now, fairTitle: FairTitle = async () => null): LiveWatch {
  const topic = hallTopic('main');
  const shards = new Map<string, { visitors: number; booths: Record<string, number>; at: number }>();
  /** Times of chat lines, oldest first; trimmed to the last minute on each line and read. */
  const chat: number[] = [];
  const trim = (t: number) => {
    let i = 0;
    while (i < chat.length && t - chat[i]! > MINUTE_MS) i++;
    if (i > 0) chat.splice(0, i);
  };
  const listener = (raw: unknown) => {
    const env = Envelope.safeParse(raw);
    if (!env.success) return;
    const t = now();
    if (env.data.t === 'counts') shards.set(env.data.from, { ...env.data.counts, at: t });
    else if (env.data.t === 'bye') shards.delete(env.data.from);
    else {
      chat.push(t);
      trim(t);
    }
  };
  const subscribed = Promise.resolve(presence.subscribe(topic, listener));

  return {
    async read() {
      await subscribed;
      const t = now();
      trim(t);
      const listed = new Map((await listShards()).map((s) => [s.roomId, s]));
      const booths = new Map<string, number>();
      const perShard: Dashboard['shards'] = [];
      for (const [shardId, s] of shards) {
        if (t - s.at > STALE_MS) {
          shards.delete(shardId);
          continue;
        }
        const shard = listed.get(shardId);
        perShard.push({ shardId, fair: shard?.fair ?? '', number: shard?.shardNumber ?? 0, visitors: s.visitors });
        for (const [id, n] of Object.entries(s.booths)) booths.set(id, (booths.get(id) ?? 0) + n);
      }
      return {
        at: t,
        visitors: perShard.reduce((n, s) => n + s.visitors, 0),
        // Grouped by fair (the permanent exhibition first), then by hall number.
        shards: perShard.sort((a, b) => a.fair.localeCompare(b.fair) || a.number - b.number),
        fairs: await titlesOf(perShard, fairTitle),
        booths: [...booths].map(([boothId, visitors]) => ({ boothId, visitors })).sort((a, b) => b.visitors - a.visitors),
        chatPerMinute: chat.length,
      };
    },
    async stop() {
      await Promise.resolve(presence.unsubscribe(topic, listener));
    },
  };
}
