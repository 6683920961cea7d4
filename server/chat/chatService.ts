/**
 * Chat, reactions and reports for one hall shard. Synchronous and clock-injected: the room calls it
 * from its message handlers and sends whatever it returns; nothing here touches the network. Rules
 * (in order): shape → text (sanitize, 300 chars) → mute → hall slow mode → per-visitor rate →
 * mask banned words. Text stays plain: no HTML is produced or escaped, clients render text nodes.
 */
import { randomBytes } from 'node:crypto';
import { CHAT_SCOPES, compileBannedWords, maskBannedWords, sanitizeChatText, type ChatScope } from '../../shared/chat/rules.ts';
import { createBucket, DEFAULT_LIMITS, take, type Bucket } from '../../shared/net/rateLimiter.ts';
import { parseMessage, type EmoteKind, type ReportReason } from '../../shared/protocol.ts';
import { DEFAULT_BANNED_WORDS } from './bannedWords.ts';
import { chatError, type ChatError } from './errors.ts';
import { createHistory } from './history.ts';
import type { ChatLine, ChatSender } from './types.ts';

export type { ChatLine, ChatSender } from './types.ts';
export type { ChatError, ChatErrorCode } from './errors.ts';

export interface BucketSpec {
  capacity: number;
  refillPerSec: number;
}
export interface ChatLimits {
  /** Any scope, per visitor. */
  chat: BucketSpec;
  /** Hall scope on top of `chat` (slow mode: the line reaches every shard). Staff are exempt. */
  hallChat: BucketSpec;
  /** Hearts and emotes. */
  emote: BucketSpec;
  /** Reports: a few, so the report button cannot flood the staff queue. */
  report: BucketSpec;
}
export const DEFAULT_CHAT_LIMITS: ChatLimits = {
  chat: DEFAULT_LIMITS.chat,
  hallChat: DEFAULT_LIMITS.hallChat,
  emote: DEFAULT_LIMITS.emote,
  report: DEFAULT_LIMITS.report,
};

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
  limits?: Partial<ChatLimits>;
  now: () => number;
}

/** 300 code points with generous room for whitespace that sanitizing collapses. */
const MAX_RAW_TEXT = 4096;

/** Reports kept per shard for staff; older ones are dropped (they are also logged by the room). */
export const MAX_REPORTS = 200;

interface VisitorState {
  chat: Bucket;
  hall: Bucket;
  emote: Bucket;
  report: Bucket;
}

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
  const limits: ChatLimits = { ...DEFAULT_CHAT_LIMITS, ...opts.limits };
  const matcher = compileBannedWords(opts.bannedWords ?? DEFAULT_BANNED_WORDS);
  const history = createHistory();
  const visitors = new Map<string, VisitorState>();
  const mutes = new Map<string, number>();
  const reports: ChatReport[] = [];
  // 8 random base64url chars + a counter: unique across shards without coordination, and within
  // the report schema's [A-Za-z0-9_-]{1,64}.
  const prefix = randomBytes(6).toString('base64url');
  let seq = 0;
  const nextId = () => `${prefix}${(seq++).toString(36)}`;

  const stateOf = (guestId: string): VisitorState => {
    let s = visitors.get(guestId);
    if (!s) {
      s = {
        chat: createBucket(limits.chat.capacity, limits.chat.refillPerSec),
        hall: createBucket(limits.hallChat.capacity, limits.hallChat.refillPerSec),
        emote: createBucket(limits.emote.capacity, limits.emote.refillPerSec),
        report: createBucket(limits.report.capacity, limits.report.refillPerSec),
      };
      visitors.set(guestId, s);
    }
    return s;
  };

  const mutedFor = (guestId: string, now: number): number => {
    const until = mutes.get(guestId);
    if (until === undefined) return 0;
    if (until <= now) {
      mutes.delete(guestId); // expiry lifts it by itself
      return 0;
    }
    return until - now;
  };

  function handleChat(sender: ChatSender, raw: unknown): ChatResult {
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

    const s = stateOf(sender.guestId);
    const slow = scope === 'hall' && sender.role !== 'staff';
    const hall = slow ? take(s.hall, now) : null;
    if (hall && !hall.ok) return { ok: false, error: chatError('slowMode', hall.retryAfterMs) };
    const chat = take(s.chat, now);
    if (!chat.ok) return { ok: false, error: chatError('rateLimited', chat.retryAfterMs) };
    // Commit both buckets only now: a line refused by one limit must not spend the other's token.
    s.chat = chat.bucket;
    if (hall) s.hall = hall.bucket;

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

  function handleEmote(sender: ChatSender, raw: unknown): EmoteResult {
    const parsed = parseMessage('emote', raw);
    if (!parsed.ok) return { ok: false, error: chatError('invalid') };
    const s = stateOf(sender.guestId);
    const r = take(s.emote, opts.now());
    if (!r.ok) return { ok: false, error: chatError('rateLimited', r.retryAfterMs) };
    s.emote = r.bucket;
    return { ok: true, kind: parsed.value.kind };
  }

  function report(reporter: ChatSender, messageId: unknown, reason: unknown): ReportResult {
    const parsed = parseMessage('report', { messageId, reason });
    if (!parsed.ok) return { ok: false, error: chatError('invalid') };
    const stored = history.get(parsed.value.messageId);
    if (!stored) return { ok: false, error: chatError('notFound') };
    const now = opts.now();
    const s = stateOf(reporter.guestId);
    const r = take(s.report, now);
    if (!r.ok) return { ok: false, error: chatError('rateLimited', r.retryAfterMs) };
    s.report = r.bucket;
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
    /** Called when a visitor leaves for good (not on a drop that may reconnect). */
    forget(guestId: string): void {
      visitors.delete(guestId);
    },
    reports: (): ChatReport[] => reports.slice(),
    /** The guest id behind a recent line, for staff acting on a line rather than a person. */
    authorOf: (messageId: string): string | null => history.get(messageId)?.guestId || null,
  };
}
export type ChatService = ReturnType<typeof createChatService>;
