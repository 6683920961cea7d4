/**
 * Moderation for a hall shard (and the staff HTTP routes): decide (decisions.ts), persist in the
 * shared store (store.ts) and, with a database, in its tables (bans that outlive the presence, the
 * audit log, the reports queue), log with actor and target, and tell the other shards (presence
 * pub/sub) so a visitor muted, kicked or banned on one shard is handled wherever they are connected.
 */
import type { Presence } from '@colyseus/core';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { StaffAction } from '../../shared/api/moderation.ts';
import type { ChatLine, ChatReport, ModerateMessage } from '../../shared/protocol/index.ts';
import type { ModerationRepo, NewReport } from '../db/moderationRepo.ts';
import { BANNED_WORDS_TOPIC, type BannedWordsSource } from '../chat/bannedWords.ts';
import type { Logger } from '../logger.ts';
import { decide, decideStaffAction, normalizeAddress, PERMANENT_BAN_UNTIL, type Actor, type BanRecord, type Decision, type DecisionError, type Effect, type TargetInfo } from './decisions.ts';
import type { Mute } from '../../shared/api/moderation.ts';
import { createModerationStore, type BanEntry } from './store.ts';

export const MODERATION_TOPIC = 'seeot:mod:effects';
/**
 * Set in the presence once its bans and mutes were filled from the database. A fresh presence (a
 * restart with LocalPresence, Redis flushed) lacks it, and the next join fills it again first.
 * (Renamed from `bansRestored` when mutes were stored: a presence filled before then fills again.)
 */
export const RESTORED_KEY = 'seeot:mod:restored';

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
  /** The database's moderation tables; absent (no database), the presence alone keeps bans. */
  repo?: ModerationRepo | undefined;
  /** A shard's name ("1관"), which its reports carry; absent outside a shard. */
  shard?: string;
}

/** A ban as the database keeps it: a permanent one has no end. */
const banRow = (key: string, r: BanRecord) => ({ key, ...r, until: r.until >= PERMANENT_BAN_UNTIL ? null : r.until });

/** What the audit log says of an effect: its target and reason. */
function auditOf(e: Effect): { target: string; reason: string | null } {
  switch (e.type) {
    case 'delete':
      return { target: e.messageId, reason: null };
    case 'ban':
      return { target: e.guestId ?? e.address ?? '', reason: e.reason };
    case 'kick':
      return { target: e.guestId, reason: e.reason || null };
    default:
      return { target: e.guestId, reason: null };
  }
}

export function createModerationService({ presence, log, now, repo, shard = '' }: ModerationServiceOptions) {
  const store = createModerationStore(presence);
  const audit = (actor: Actor, action: string, target: string, reason: string | null, detail?: unknown) =>
    repo?.audit({ actorId: actor.accountId ?? null, actorName: actor.name, action, target, reason, detail });

  /** Presence first (the fast path), the database second: a ban written is a ban kept. */
  const saveBan = async (rec: BanRecord) => {
    const keys = await store.ban(rec);
    await repo?.saveBans(keys.map((k) => banRow(k, { ...rec, address: normalizeAddress(rec.address) })));
    return keys;
  };

  /** A mute written is a mute kept: presence first (the fast path), the database second. */
  const saveMute = async (m: Mute) => {
    await store.mute(m);
    await repo?.saveMute(m);
  };

  /** Fills a fresh presence with the database's bans and mutes (see RESTORED_KEY). */
  const restore = async () => {
    if (!repo || (await presence.get(RESTORED_KEY))) return;
    const t = now();
    const [bans, mutes] = await Promise.all([repo.activeBans(t), repo.activeMutes(t)]);
    for (const { key, until, ...b } of bans) await store.put(key, { ...b, until: until ?? PERMANENT_BAN_UNTIL });
    for (const m of mutes) await store.mute(m);
    await presence.set(RESTORED_KEY, '1');
    if (bans.length + mutes.length > 0) log.info({ bans: bans.length, mutes: mutes.length }, 'moderation: bans and mutes restored from the database');
  };
  const instance = randomBytes(6).toString('base64url'); // our own effects come back over pub/sub: skip them
  let listener: ((raw: unknown) => void) | null = null;
  let wordsListener: (() => void) | null = null;

  const persist = async (effect: Effect, actor: Actor, at: number) => {
    switch (effect.type) {
      case 'mute':
        return saveMute({ guestId: effect.guestId, until: effect.until, by: actor.name, at });
      case 'unmute':
        await store.unmute(effect.guestId);
        await repo?.deleteMute(effect.guestId);
        return;
      case 'ban':
        await saveBan({ guestId: effect.guestId, address: effect.address, until: effect.until, reason: effect.reason, by: actor.name, at });
        return;
      default:
        return; // kick and delete have nothing to keep
    }
  };

  const publish = (effect: Effect) =>
    Promise.resolve(presence.publish(MODERATION_TOPIC, { from: instance, effect })).catch((e: unknown) =>
      log.warn({ err: e, effect: effect.type }, 'moderation: could not tell other shards'),
    );

  async function carryOut(d: Extract<Decision, { ok: true }>, actor: Actor, at: number): Promise<ActResult> {
    await persist(d.effect, actor, at);
    const { target, reason } = auditOf(d.effect);
    await audit(actor, d.effect.type, target, reason);
    log.info({ moderation: d.effect.type, actor, target: d.effect }, `moderation: ${d.effect.type}`);
    await publish(d.effect);
    return { ok: true, effect: d.effect };
  }

  return {
    store,
    audit,
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
      return carryOut(d, actor!, at);
    },
    /** An action from /admin on a guest id: held on every shard and process (they all get the effect). */
    async actOnGuest(actor: Actor, action: StaffAction): Promise<ActResult> {
      const at = now();
      const d = decideStaffAction(actor, action, at);
      if (!d.ok) return { ok: false, error: d.error };
      // Every shard gets it over pub/sub, this process's too (each room has its own service instance).
      return carryOut(d, actor, at);
    },
    /** For onAuth: refuse banned guests/addresses; tells the chat service an existing mute. */
    async checkJoin(who: { guestId: string; address: string | null | undefined }): Promise<JoinCheck> {
      await restore();
      const t = now();
      const ban = await store.findBan({ guestId: who.guestId, address: normalizeAddress(who.address) }, t);
      if (ban) return { ok: false, until: ban.until };
      return { ok: true, mutedUntil: await store.mutedUntil(who.guestId, t) };
    },
    /** HTTP staff route: ban a guest id and/or address without them being connected. */
    async ban(actor: Actor, who: { guestId: string | null; address: string | null }, minutes: number, reason: string): Promise<string[]> {
      const at = now();
      const effect: Effect = { type: 'ban', guestId: who.guestId, address: normalizeAddress(who.address), until: at + minutes * 60_000, reason };
      const keys = await saveBan({ guestId: effect.guestId, address: effect.address, until: effect.until, reason, by: actor.name, at });
      const { target } = auditOf(effect);
      await audit(actor, 'ban', target, reason);
      log.info({ moderation: 'ban', actor, target: effect }, 'moderation: ban');
      await publish(effect);
      return keys;
    },
    async unban(actor: Actor, key: string): Promise<void> {
      await store.unban(key);
      await repo?.deleteBan(key);
      await audit(actor, 'unban', key, null);
      log.info({ moderation: 'unban', actor, target: key }, 'moderation: unban');
    },
    listBans: async (): Promise<BanEntry[]> => {
      await restore();
      return store.listBans(now());
    },
    listMutes: async (): Promise<Mute[]> => {
      await restore();
      return store.listMutes(now());
    },
    /**
     * A visitor's report with the lines said before it, into the fair-wide queue. A database that
     * fails costs the row (the report is still logged by the room), not the room.
     */
    async fileReport(r: ChatReport, before: readonly ChatLine[]): Promise<void> {
      if (!repo) return;
      const lines = [...before, r.line].map((l) => ({ id: l.id, nickname: l.nickname, text: l.text, at: l.at, reported: l.id === r.line.id }));
      const row: NewReport = {
        id: r.id,
        at: r.at,
        shard,
        scope: r.line.scope,
        boothId: r.line.boothId,
        reason: r.reason,
        reporterGuestId: r.reporter.guestId,
        reporterNickname: r.reporter.nickname,
        messageId: r.line.id,
        offenderGuestId: r.offenderGuestId,
        offenderNickname: r.line.nickname,
        lines,
      };
      await repo.addReport(row).catch((err: unknown) => log.warn({ err, report: r.id }, 'moderation: report not stored'));
    },
    /** Effects decided elsewhere (another shard or process, or HTTP). Call dispose() in onDispose. */
    async onEffect(handler: (effect: Effect) => void): Promise<void> {
      if (listener) throw new Error('onEffect: one handler per service');
      listener = (raw: unknown) => {
        const r = Envelope.safeParse(raw);
        if (r.success && r.data.from !== instance) handler(r.data.effect);
      };
      await presence.subscribe(MODERATION_TOPIC, listener);
    },
    /** A shard's chat follows the banned words edited in /admin: `apply` gets each new list. */
    async watchWords(source: BannedWordsSource, apply: (words: string[]) => void): Promise<void> {
      if (wordsListener) throw new Error('watchWords: one handler per service');
      wordsListener = () => {
        source.invalidate();
        source.current().then(apply, (err: unknown) => log.warn({ err }, 'moderation: banned words not reloaded'));
      };
      await presence.subscribe(BANNED_WORDS_TOPIC, wordsListener);
    },
    /** After a change of the list: every shard of every process reads it again. */
    wordsChanged: () => Promise.resolve(presence.publish(BANNED_WORDS_TOPIC, now())),
    async dispose(): Promise<void> {
      if (listener) await Promise.resolve(presence.unsubscribe(MODERATION_TOPIC, listener));
      if (wordsListener) await Promise.resolve(presence.unsubscribe(BANNED_WORDS_TOPIC, wordsListener));
      listener = null;
      wordsListener = null;
    },
  };
}
export type ModerationService = ReturnType<typeof createModerationService>;
export type { Actor, Effect, TargetInfo } from './decisions.ts';
