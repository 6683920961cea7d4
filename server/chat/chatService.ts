/**
 * Chat, reactions and reports for one hall shard. Clock-injected: the room calls it from its
 * message handlers and sends whatever it returns; nothing here touches the network. Rules (in
 * order): shape → text (sanitize, 300 chars) → mute → limits per guest and per address (hall slow
 * mode, rate; chatLimits.ts, kept beyond the connection) → mask banned words. Text stays plain: no
 * HTML is produced or escaped, clients render text nodes.
 */
import { randomBytes } from 'node:crypto';
import { compileBannedWords, maskBannedWords, sanitizeChatText, type ChatScope } from '../../shared/chat/rules.ts';
import type { ChatReport, ClientMessages, EmoteKind, RejectionOf } from '../../shared/protocol/index.ts';
import { DEFAULT_BANNED_WORDS } from './bannedWords.ts';
import type { ChatLimiter, LimitVerdict } from './chatLimits.ts';
import { createHistory } from './history.ts';
import type { ChatLine, ChatSender } from './types.ts';

export type { ChatLine, ChatSender } from './types.ts';
export type { ChatReport } from '../../shared/protocol/index.ts';

/** Why an action was refused: a code of the wire contract and, for limits, when to retry. No sentence. */
export interface ChatRefusal<C extends string> {
  code: C;
  retryAfterMs?: number;
}

export type ChatResult = { ok: true; message: ChatLine } | { ok: false; error: ChatRefusal<RejectionOf<'chat'>> };
export type EmoteResult = { ok: true; kind: EmoteKind } | { ok: false; error: ChatRefusal<RejectionOf<'emote'>> };
export type ReportResult = { ok: true; report: ChatReport } | { ok: false; error: ChatRefusal<RejectionOf<'report'>> };

export interface ChatServiceOptions {
  /** Goes into every line (and its id prefix is random per service), so ids never collide across shards. */
  shardId: string;
  bannedWords?: readonly string[];
  /** Per-guest and per-address buckets, shared by every shard (chatLimits.ts). */
  limiter: ChatLimiter;
  now: () => number;
}

/** Reports kept per shard for staff; older ones are dropped (they are also logged by the room). */
export const MAX_REPORTS = 200;

/** A limiter's refusal as the wire's: its code and the wait. */
const limited = (v: Exclude<LimitVerdict, { ok: true }>) => ({ code: v.code, retryAfterMs: v.retryAfterMs });

export function createChatService(opts: ChatServiceOptions) {
  let matcher = compileBannedWords(opts.bannedWords ?? DEFAULT_BANNED_WORDS);
  const history = createHistory();
  const mutes = new Map<string, number>();
  const reports: ChatReport[] = [];
  // 8 random base64url chars + a counter: unique across shards without coordination, and within
  // the report schema's [A-Za-z0-9_-]{1,64}.
  const prefix = randomBytes(6).toString('base64url');
  let seq = 0;
  const nextId = () => `${prefix}${(seq++).toString(36)}`;

  const mutedFor = (guestId: string, now: number): number => {
    const until = mutes.get(guestId);
    if (until === undefined) return 0;
    if (until <= now) {
      mutes.delete(guestId); // expiry lifts it by itself
      return 0;
    }
    return until - now;
  };

  /** A line's text is classified by sanitizeChatText ("   " is 'empty', 301 characters 'tooLong'). */
  async function handleChat(sender: ChatSender, msg: ClientMessages['chat']): Promise<ChatResult> {
    const now = opts.now();
    const text = sanitizeChatText(msg.text);
    if (!text.ok) return { ok: false, error: { code: text.reason } };
    const scope: ChatScope = msg.scope;
    if (scope === 'booth' && sender.boothId === null) return { ok: false, error: { code: 'notAtBooth' } };

    const muted = mutedFor(sender.guestId, now);
    if (muted > 0) return { ok: false, error: { code: 'muted', retryAfterMs: muted } };

    // Hall lines reach every shard: slow mode on top of the rate (staff are exempt from it).
    const slow = scope === 'hall' && sender.role !== 'staff';
    const limit = await opts.limiter.spend(sender, slow ? ['hallChat', 'chat'] : ['chat']);
    if (!limit.ok) return { ok: false, error: limited(limit) };

    const message: ChatLine = {
      id: nextId(),
      scope,
      boothId: scope === 'booth' ? sender.boothId : null,
      senderId: sender.id,
      shardId: opts.shardId,
      nickname: sender.nickname,
      staff: sender.role === 'staff',
      text: maskBannedWords(text.value, matcher),
      at: now,
    };
    history.add({ line: message, guestId: sender.guestId });
    return { ok: true, message };
  }

  async function handleEmote(sender: ChatSender, msg: ClientMessages['emote']): Promise<EmoteResult> {
    const limit = await opts.limiter.spend(sender, ['emote']);
    // Reactions are not hall lines: the limiter never answers slow mode for them.
    if (!limit.ok) return { ok: false, error: limited(limit) as ChatRefusal<RejectionOf<'emote'>> };
    return { ok: true, kind: msg.kind };
  }

  async function report(reporter: ChatSender, msg: ClientMessages['report']): Promise<ReportResult> {
    const stored = history.get(msg.messageId);
    if (!stored) return { ok: false, error: { code: 'notFound' } };
    const limit = await opts.limiter.spend(reporter, ['report']);
    if (!limit.ok) return { ok: false, error: limited(limit) as ChatRefusal<RejectionOf<'report'>> };
    const now = opts.now();
    const entry: ChatReport = {
      id: nextId(),
      at: now,
      reason: msg.reason,
      reporter: { id: reporter.id, guestId: reporter.guestId, nickname: reporter.nickname },
      line: stored.line,
      offenderGuestId: stored.guestId,
    };
    reports.push(entry);
    if (reports.length > MAX_REPORTS) reports.shift();
    return { ok: true, report: entry };
  }

  return {
    handleChat,
    handleEmote,
    report,
    /** Removes a line from history and the report index; returns it so the room can tell its scope. */
    deleteMessage(id: string): ChatLine | null {
      return history.remove(id)?.line ?? null;
    },
    /** A hall or booth line from another shard (hall bus) or the presence: kept for this shard's late joiners. */
    acceptRemote(line: ChatLine, guestId = ''): void {
      if (line.scope !== 'nearby') history.add({ line, guestId });
    },
    /** The list edited in /admin changed: lines from now on are masked with this one. */
    setBannedWords(words: readonly string[]): void {
      matcher = compileBannedWords(words);
    },
    /** Banned words masked, as in a line (a booth's pinned notice). */
    mask: (text: string): string => maskBannedWords(text, matcher),
    /** Late-joiner history, oldest first. */
    history(scope: 'hall' | 'booth', boothId?: string): ChatLine[] {
      return scope === 'hall' ? history.hall() : boothId ? history.booth(boothId) : [];
    },
    mute(guestId: string, untilMs: number): void {
      mutes.set(guestId, untilMs);
    },
    unmute(guestId: string): void {
      mutes.delete(guestId);
    },
    /** Remaining mute in ms (0 = not muted). */
    mutedFor: (guestId: string): number => mutedFor(guestId, opts.now()),
    reports: (): ChatReport[] => reports.slice(),
    /** Lines said just before a reported one, in its place (history.ts): what staff read it in. */
    contextOf: (messageId: string, n: number): ChatLine[] => history.before(messageId, n),
    /** The guest id behind a recent line, for staff acting on a line rather than a person. */
    authorOf: (messageId: string): string | null => history.get(messageId)?.guestId || null,
  };
}
export type ChatService = ReturnType<typeof createChatService>;
