/**
 * Chat, reaction and report limits, per guest AND per client address, kept in keyed buckets in the
 * presence (server/limits/bucketStore.ts): they outlive a connection, so leaving and rejoining, a
 * second tab or another shard does not refill them.
 *
 * Per guest: the same buckets the client runs before sending (shared/net/rateLimiter.ts).
 *
 * Per address: guest ids are free (a new one per cookie-less request), so twenty fresh guests from
 * one address would each have a full budget. The address's bucket refills as fast as all of its
 * connected guests' buckets together — a classroom of 50 on one Wi-Fi talks as freely as if each
 * were alone (hall chat: 50 × one line per 5 s = 10 lines/s, against an honest pace of about one
 * line each per 10 s) — but its burst is that of a couple of people (ADDRESS_BURST). Fresh guests
 * add refill, never burst: twenty of them firing hall lines together get 5 out at once and then 4 a
 * second, not 20 in 0.8 s. A teacher's "everyone say hi" (50 lines over ~5 s) still fits: 5 + 10/s.
 * The crowd counted is capped (ADDRESS_GUEST_CAP), so a hundred scripted guests buy no more than a
 * large class. Staff are exempt from per-address limits (they often share the venue's address).
 */
import { DEFAULT_LIMITS } from '../../shared/net/rateLimiter.ts';
import type { Role } from '../auth/tokens.ts';
import type { AddressGuests } from '../limits/addressGuests.ts';
import type { BucketSpec, BucketStore, Spend } from '../limits/bucketStore.ts';

export type { BucketSpec } from '../limits/bucketStore.ts';

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
export type ChatAction = keyof ChatLimits;

export const DEFAULT_CHAT_LIMITS: ChatLimits = {
  chat: DEFAULT_LIMITS.chat,
  hallChat: DEFAULT_LIMITS.hallChat,
  emote: DEFAULT_LIMITS.emote,
  report: DEFAULT_LIMITS.report,
};

/** An address's burst per action: about two people's (hall chat: five lines, so a quick reply still gets through). */
export const ADDRESS_BURST: Record<ChatAction, number> = { chat: 10, hallChat: 5, emote: 16, report: 5 };
/** Connected guests an address's refill counts at most: a large class, above the 50 a classroom brings. */
export const ADDRESS_GUEST_CAP = 60;

/** The address's bucket for `action` while `guests` distinct guests are connected from it. */
export function addressSpec(action: ChatAction, guests: number, limits: ChatLimits = DEFAULT_CHAT_LIMITS): BucketSpec {
  const crowd = Math.min(ADDRESS_GUEST_CAP, Math.max(1, guests));
  return { capacity: ADDRESS_BURST[action], refillPerSec: limits[action].refillPerSec * crowd };
}

/** Who is spending: the guest id from the join token, the client address, and the role. */
export interface LimitedSender {
  guestId: string;
  address: string | null;
  role: Role;
}

export type LimitCode = 'rateLimited' | 'slowMode' | 'networkBusy';
export type LimitVerdict = { ok: true } | { ok: false; code: LimitCode; retryAfterMs: number };

export interface ChatLimiterOptions {
  store: BucketStore;
  guests: AddressGuests;
  /** The key an address is limited under; null when it is not limited (ADDRESS_LIMITS_EXEMPT). */
  addressKey: (address: string | null) => string | null;
  limits?: Partial<ChatLimits>;
}

export function createChatLimiter(opts: ChatLimiterOptions) {
  const limits: ChatLimits = { ...DEFAULT_CHAT_LIMITS, ...opts.limits };
  return {
    limits,
    /**
     * Spends one of each action (a hall line is `chat` + `hallChat`) for the guest and, unless staff
     * or exempt, for its address: all or nothing. The first limit that says no names the code.
     */
    async spend(sender: LimitedSender, actions: readonly ChatAction[]): Promise<LimitVerdict> {
      const spends: Spend[] = actions.map((a) => ({ key: `g:${a}:${sender.guestId}`, spec: limits[a] }));
      const address = sender.role === 'staff' ? null : opts.addressKey(sender.address);
      if (address !== null) {
        // Unreadable crowd (presence down): budget as for one guest rather than refuse.
        const guests = await opts.guests.count(address).catch(() => 1);
        for (const a of actions) spends.push({ key: `a:${a}:${address}`, spec: addressSpec(a, guests, limits) });
      }
      const r = await opts.store.take(spends);
      if (r.ok) return r;
      const code: LimitCode = r.index >= actions.length ? 'networkBusy' : actions[r.index] === 'hallChat' ? 'slowMode' : 'rateLimited';
      return { ok: false, code, retryAfterMs: r.retryAfterMs };
    },
  };
}
export type ChatLimiter = ReturnType<typeof createChatLimiter>;
