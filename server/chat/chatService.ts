/**
 * Chat, reactions and reports for one hall shard. Clock-injected: the room calls it from its
 * message handlers and sends whatever it returns; nothing here touches the network. Rules (in
 * order): shape → text (sanitize, 300 chars) → mute → limits per guest and per address (hall slow
 * mode, rate; chatLimits.ts, kept beyond the connection) → mask banned words. Text stays plain: no
 * HTML is produced or escaped, clients render text nodes.
 */
import { randomBytes } from 'node:crypto';
import { CHAT_SCOPES, compileBannedWords, maskBannedWords, sanitizeChatText, type ChatScope } from '../../shared/chat/rules.ts';
import { parseMessage, type EmoteKind, type ReportReason } from '../../shared/protocol.ts';
import { DEFAULT_BANNED_WORDS } from './bannedWords.ts';
import type { ChatLimiter } from './chatLimits.ts';
import { chatError, type ChatError } from './errors.ts';
import { createHistory } from './history.ts';
import type { ChatLine, ChatSender } from './types.ts';

export type { ChatLine, ChatSender } from './types.ts';
export type { ChatError, ChatErrorCode } from './errors.ts';

export interface ChatReport {
  id: string;
  at: number;
  reason: ReportReason;
  reporter: { id: string; guestId: string; nickname: string };
  line: ChatLine;
  /** The author's guest id, for a staff member who decides to mute or ban. */
  offenderGuestId: string;
}

export type ChatResult =
  | { ok: true; message: ChatLine; scope: ChatScope; recipients: ChatScope }
  | { ok: false; error: ChatError };
export type EmoteResult = { ok: true; kind: EmoteKind } | { ok: false; error: ChatError };
export type ReportResult = { ok: true; report: ChatReport } | { ok: false; error: ChatError };

export interface ChatServiceOptions {
  /** Goes into every line (and its id prefix is random per service), so ids never collide across shards. */
  shardId: string;
  bannedWords?: readonly string[];
  /** Per-guest and per-address buckets, shared by every shard (chatLimits.ts). */
  limiter: ChatLimiter;
  now: () => number;
}

/** 300 code points with generous room for whitespace that sanitizing collapses. */
const MAX_RAW_TEXT = 4096;

/** Reports kept per shard for staff; older ones are dropped (they are also logged by the room). */
export const MAX_REPORTS = 200;

/**
 * Scope and text of a raw chat message, or null. Text is classified by sanitizeChatText (so "   "
 * is 'empty' and 301 characters 'tooLong', not a bare 'invalid'); a hostile object with throwing
 * getters is 'invalid' too.
 */
function readChat(raw: unknown): { scope: ChatScope; text: string } | null {
  try {
    if (typeof raw !== 'object' || raw === null) return null;
    const { scope, text } = raw as { scope?: unknown; text?: unknown };
    if (typeof scope !== 'string' || !(CHAT_SCOPES as readonly string[]).includes(scope)) return null;
    if (typeof text !== 'string') return null;
    return { scope: scope as ChatScope, text };
  } catch {
    return null;
  }
}

export function createChatService(opts: ChatServiceOptions) {
  const matcher = compileBannedWords(opts.bannedWords ?? DEFAULT_BANNED_WORDS);
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

  async function handleChat(sender: ChatSender, raw: unknown): Promise<ChatResult> {
    const now = opts.now();
    const shape = readChat(raw);
    if (!shape) return { ok: false, error: chatError('invalid') };
    // A megabyte of text is refused before NFC-normalising it (the ws payload cap is 4 KB anyway).
    if (shape.text.length > MAX_RAW_TEXT) return { ok: false, error: chatError('tooLong') };
    const text = sanitizeChatText(shape.text);
    if (!text.ok) return { ok: false, error: chatError(text.reason) };
    const scope = shape.scope;
    if (scope === 'booth' && sender.boothId === null) return { ok: false, error: chatError('notAtBooth') };

    const muted = mutedFor(sender.guestId, now);
    if (muted > 0) return { ok: false, error: chatError('muted', muted) };

    // Hall lines reach every shard: slow mode on top of the rate (staff are exempt from it).
    const slow = scope === 'hall' && sender.role !== 'staff';
    const limit = await opts.limiter.spend(sender, slow ? ['hallChat', 'chat'] : ['chat']);
    if (!limit.ok) return { ok: false, error: chatError(limit.code, limit.retryAfterMs) };

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
    return { ok: true, message, scope, recipients: scope };
  }

  async function handleEmote(sender: ChatSender, raw: unknown): Promise<EmoteResult> {
    const parsed = parseMessage('emote', raw);
    if (!parsed.ok) return { ok: false, error: chatError('invalid') };
    const limit = await opts.limiter.spend(sender, ['emote']);
    if (!limit.ok) return { ok: false, error: chatError(limit.code, limit.retryAfterMs) };
    return { ok: true, kind: parsed.value.kind };
  }

  async function report(reporter: ChatSender, messageId: unknown, reason: unknown): Promise<ReportResult> {
    const parsed = parseMessage('report', { messageId, reason });
    if (!parsed.ok) return { ok: false, error: chatError('invalid') };
    const stored = history.get(parsed.value.messageId);
    if (!stored) return { ok: false, error: chatError('notFound') };
    const limit = await opts.limiter.spend(reporter, ['report']);
    if (!limit.ok) return { ok: false, error: chatError(limit.code, limit.retryAfterMs) };
    const now = opts.now();
    const entry: ChatReport = {
      id: nextId(),
      at: now,
      reason: parsed.value.reason,
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
    /** A hall line from another shard (via the hall bus): kept for this shard's late joiners. */
    acceptRemote(line: ChatLine, guestId = ''): void {
      if (line.scope === 'hall') history.add({ line, guestId });
    },
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
    /** The guest id behind a recent line, for staff acting on a line rather than a person. */
    authorOf: (messageId: string): string | null => history.get(messageId)?.guestId || null,
  };
}
export type ChatService = ReturnType<typeof createChatService>;
