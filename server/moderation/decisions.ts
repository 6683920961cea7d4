/**
 * Moderation as pure decisions: who may do what to whom, and for how long. No I/O and no clock of
 * its own; the service (moderationService.ts) persists, publishes and logs what is decided here.
 */
import type { StaffAction } from '../../shared/api/moderation.ts';
import type { ModerateMessage, RejectionOf } from '../../shared/protocol/index.ts';
import type { Role } from '../auth/tokens.ts';

export interface Actor {
  role: Role;
  /** Staff display name or token subject: who did it, in the log. */
  name: string;
  /** The staff account, when the actor signed in (/admin); the audit log keeps it. */
  accountId?: string | null;
}

/**
 * A permanent ban's end: a real date (the visitor's client formats it) far past any fair. The
 * database keeps it as "no end" (null).
 */
export const PERMANENT_BAN_UNTIL = Date.UTC(9999, 11, 31);

/** What the room knows about a target: resolved from a session id (or a bare guest id). */
export interface TargetInfo {
  guestId: string;
  /** Client address; null when the target is not connected here (ban by guest id only). */
  address: string | null;
  /** Session id in this shard, when connected here. */
  sessionId: string | null;
  role: Role;
}

export type Effect =
  | { type: 'mute'; guestId: string; until: number }
  | { type: 'unmute'; guestId: string }
  | { type: 'kick'; guestId: string; reason: string }
  | { type: 'ban'; guestId: string | null; address: string | null; until: number; reason: string }
  | { type: 'delete'; messageId: string };

export type DecisionError = Extract<RejectionOf<'moderate'>, 'forbidden' | 'noTarget' | 'targetIsStaff'>;
export type Decision = { ok: true; effect: Effect } | { ok: false; error: DecisionError };

export const isStaff = (actor: Actor | null | undefined): actor is Actor => actor?.role === 'staff';

/**
 * Decide one moderation request (already parsed: shared/protocol/clientMessages.ts). `lookup`
 * resolves the message's target as the room sees it.
 */
export function decide(actor: Actor | null, msg: ModerateMessage, lookup: (target: string) => TargetInfo | null, nowMs: number): Decision {
  if (!isStaff(actor)) return { ok: false, error: 'forbidden' };
  if (msg.action === 'delete') return { ok: true, effect: { type: 'delete', messageId: msg.messageId } };
  const target = lookup(msg.targetSessionId);
  if (!target) return { ok: false, error: 'noTarget' };
  // Staff cannot silence each other from the overlay: a stolen token cannot lock the real staff out.
  if (target.role === 'staff') return { ok: false, error: 'targetIsStaff' };
  // The visitor sees the reason; staff may leave it out (the client then shows a generic sentence).
  const reason = 'reason' in msg ? (msg.reason ?? '') : '';
  switch (msg.action) {
    case 'mute':
      return { ok: true, effect: { type: 'mute', guestId: target.guestId, until: nowMs + msg.minutes * 60_000 } };
    case 'unmute':
      return { ok: true, effect: { type: 'unmute', guestId: target.guestId } };
    case 'kick':
      return { ok: true, effect: { type: 'kick', guestId: target.guestId, reason } };
    case 'ban':
      return {
        ok: true,
        effect: { type: 'ban', guestId: target.guestId, address: target.address, until: nowMs + msg.minutes * 60_000, reason },
      };
  }
}

/**
 * Decide an action from /admin (shared/api/moderation.ts), on a guest id that may be connected to
 * any shard of any process, or to none: the effect goes to all of them (moderationService.ts).
 */
export function decideStaffAction(actor: Actor | null, a: StaffAction, nowMs: number): Decision {
  if (!isStaff(actor)) return { ok: false, error: 'forbidden' };
  switch (a.action) {
    case 'delete':
      return { ok: true, effect: { type: 'delete', messageId: a.messageId } };
    case 'mute':
      return { ok: true, effect: { type: 'mute', guestId: a.guestId, until: nowMs + a.minutes * 60_000 } };
    case 'unmute':
      return { ok: true, effect: { type: 'unmute', guestId: a.guestId } };
    case 'kick':
      return { ok: true, effect: { type: 'kick', guestId: a.guestId, reason: a.reason ?? '' } };
    case 'ban': {
      const until = a.minutes === undefined ? PERMANENT_BAN_UNTIL : nowMs + a.minutes * 60_000;
      return { ok: true, effect: { type: 'ban', guestId: a.guestId, address: null, until, reason: a.reason } };
    }
  }
}

/** `::ffff:1.2.3.4` and `1.2.3.4` are the same visitor; IPv6 is compared lower-case. */
export function normalizeAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a || null;
}

export interface BanRecord {
  guestId: string | null;
  address: string | null;
  until: number;
  reason: string;
  by: string;
  at: number;
}

/** The first ban among `records` that still holds at `nowMs` (the longest, if several do). */
export function activeBan(records: readonly (BanRecord | null)[], nowMs: number): BanRecord | null {
  let best: BanRecord | null = null;
  for (const r of records) if (r && r.until > nowMs && (!best || r.until > best.until)) best = r;
  return best;
}
