/**
 * Moderation for a hall shard (and the staff HTTP routes): decide (decisions.ts), persist in the
 * shared store (store.ts), log with actor and target, and tell the other shards (presence pub/sub)
 * so a visitor muted, kicked or banned on one shard is handled wherever they are connected.
 */
import type { Presence } from '@colyseus/core';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ModerateMessage } from '../../shared/protocol/index.ts';
import type { Logger } from '../logger.ts';
import { decide, normalizeAddress, type Actor, type DecisionError, type Effect, type TargetInfo } from './decisions.ts';
import { createModerationStore, type BanEntry } from './store.ts';

export const MODERATION_TOPIC = 'seeot:mod:effects';

const EffectSchema: z.ZodType<Effect> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mute'), guestId: z.string(), until: z.number() }),
  z.object({ type: z.literal('unmute'), guestId: z.string() }),
  z.object({ type: z.literal('kick'), guestId: z.string(), reason: z.string() }),
  z.object({ type: z.literal('ban'), guestId: z.string().nullable(), address: z.string().nullable(), until: z.number(), reason: z.string() }),
  z.object({ type: z.literal('delete'), messageId: z.string() }),
]);
const Envelope = z.object({ from: z.string(), effect: EffectSchema });

/** A refusal is a code of the wire contract; the staff overlay shows its sentence (shared/i18n). */
export type ActResult = { ok: true; effect: Effect } | { ok: false; error: DecisionError };
export type JoinCheck = { ok: true; mutedUntil: number } | { ok: false; until: number };

export interface ModerationServiceOptions {
  presence: Presence;
  log: Pick<Logger, 'info' | 'warn'>;
  now: () => number;
}

export function createModerationService({ presence, log, now }: ModerationServiceOptions) {
  const store = createModerationStore(presence);
  const instance = randomBytes(6).toString('base64url'); // our own effects come back over pub/sub: skip them
  let listener: ((raw: unknown) => void) | null = null;

  const persist = async (effect: Effect, actor: Actor, at: number) => {
    switch (effect.type) {
      case 'mute':
        return store.mute(effect.guestId, effect.until, actor.name);
      case 'unmute':
        return store.unmute(effect.guestId);
      case 'ban':
        await store.ban({ guestId: effect.guestId, address: effect.address, until: effect.until, reason: effect.reason, by: actor.name, at });
        return;
      default:
        return; // kick and delete have nothing to keep
    }
  };

  const publish = (effect: Effect) =>
    Promise.resolve(presence.publish(MODERATION_TOPIC, { from: instance, effect })).catch((e: unknown) =>
      log.warn({ err: e, effect: effect.type }, 'moderation: could not tell other shards'),
    );

  return {
    store,
    /**
     * A staff request (the `moderate` message). Returns the effect for THIS shard to apply; other
     * shards get it through onEffect. Refusals are logged too: a visitor probing staff actions is news.
     */
    async act(actor: Actor | null, msg: ModerateMessage, lookup: (target: string) => TargetInfo | null): Promise<ActResult> {
      const at = now();
      const d = decide(actor, msg, lookup, at);
      if (!d.ok) {
        log.warn({ moderation: 'refused', actor: actor ?? null, code: d.error }, 'moderation refused');
        return { ok: false, error: d.error };
      }
      await persist(d.effect, actor!, at);
      log.info({ moderation: d.effect.type, actor, target: d.effect }, `moderation: ${d.effect.type}`);
      await publish(d.effect);
      return { ok: true, effect: d.effect };
    },
    /** For onAuth: refuse banned guests/addresses; tells the chat service an existing mute. */
    async checkJoin(who: { guestId: string; address: string | null | undefined }): Promise<JoinCheck> {
      const t = now();
      const ban = await store.findBan({ guestId: who.guestId, address: normalizeAddress(who.address) }, t);
      if (ban) return { ok: false, until: ban.until };
      return { ok: true, mutedUntil: await store.mutedUntil(who.guestId, t) };
    },
    /** HTTP staff route: ban a guest id and/or address without them being connected. */
    async ban(actor: Actor, who: { guestId: string | null; address: string | null }, minutes: number, reason: string): Promise<string[]> {
      const at = now();
      const effect: Effect = { type: 'ban', guestId: who.guestId, address: normalizeAddress(who.address), until: at + minutes * 60_000, reason };
      const keys = await store.ban({ guestId: effect.guestId, address: effect.address, until: effect.until, reason, by: actor.name, at });
      log.info({ moderation: 'ban', actor, target: effect }, 'moderation: ban');
      await publish(effect);
      return keys;
    },
    async unban(actor: Actor, key: string): Promise<void> {
      await store.unban(key);
      log.info({ moderation: 'unban', actor, target: key }, 'moderation: unban');
    },
    listBans: (): Promise<BanEntry[]> => store.listBans(now()),
    /** Effects decided elsewhere (another shard or process, or HTTP). Call dispose() in onDispose. */
    async onEffect(handler: (effect: Effect) => void): Promise<void> {
      if (listener) throw new Error('onEffect: one handler per service');
      listener = (raw: unknown) => {
        const r = Envelope.safeParse(raw);
        if (r.success && r.data.from !== instance) handler(r.data.effect);
      };
      await presence.subscribe(MODERATION_TOPIC, listener);
    },
    async dispose(): Promise<void> {
      if (listener) await Promise.resolve(presence.unsubscribe(MODERATION_TOPIC, listener));
      listener = null;
    },
  };
}
export type ModerationService = ReturnType<typeof createModerationService>;
export type { Actor, Effect, TargetInfo } from './decisions.ts';
