/**
 * A visitor's seat in a shard, and the per-connection flood guard. A seat outlives a dropped
 * connection (reconnection), so identity, booth and flood history live here, not on the Client.
 */
import type { ChatVisitor } from '../../shared/chat/rules.ts';
import { EMPTY_FLOOD_STATE, noteRejection, type FloodState } from '../../shared/net/rateLimiter.ts';
import type { Layout } from '../../shared/world/types.ts';
import type { Role } from '../auth/tokens.ts';
import type { ChatSender } from '../chat/types.ts';
import { FLOOD_RULE, VOLUME_LIMIT } from './config.ts';
import type { ViewerState } from './interest.ts';
import type { HallSim } from './sim.ts';
import type { HallClient } from './wire.ts';

/** The roster slot of a /list visitor: no avatar (frames carry 12-bit slots, so this never appears). */
export const NO_SLOT = 0xffff;

export interface Seat {
  sessionId: string;
  /** Avatar slot, or NO_SLOT for a /list visitor. */
  slot: number;
  client: HallClient | null;
  viewer: ViewerState;
  guestId: string;
  nickname: string;
  role: Role;
  staffName: string | null;
  /** Booths this visitor keeps (enterprise members, from the join token): there, they are the host. */
  hostOf: readonly string[];
  address: string | null;
  /** The join token this seat holds (hall/tokenClaims.ts), released when the seat goes for good. */
  tokenId: string;
  view: 'world' | 'list';
  /**
   * The venue fingerprint of the layout this visitor's client draws (world visitors; null on /list).
   * After the shard re-lays-out, views wait until the client says it drew the new one (handlers/venue.ts).
   */
  venue: string | null;
  /** /list visitors: index into layout.booths of the page they read, -1 for none. */
  listBooth: number;
  /** Booth index whose chat history this visitor last got (-1: none), to resend on a change. */
  historyBooth: number;
  /**
   * The booth seen at the last occupancy pass: history follows only when the visitor is still there
   * at the next one (½ s later), so walking past a row of booths does not pull each one's history.
   */
  pendingBooth: number;
  flood: FloodState;
  /** Volume bucket (VOLUME_LIMIT), kept as two numbers: it is touched on every message. */
  msgTokens: number;
  msgAt: number;
  /** Set when the server is closing this connection (kick, ban, flood): no seat is held for it. */
  closing: boolean;
}

export function createSeat(fields: Omit<Seat, 'flood' | 'msgTokens' | 'msgAt' | 'closing' | 'historyBooth' | 'pendingBooth'>): Seat {
  return { ...fields, historyBooth: -1, pendingBooth: -1, flood: EMPTY_FLOOD_STATE, msgTokens: VOLUME_LIMIT.capacity, msgAt: -1, closing: false };
}

/** Booth index the visitor is at (world: the nearest booth within reach; list: the page read). */
export function boothIndexOf(seat: Seat, sim: HallSim): number {
  return seat.slot === NO_SLOT ? seat.listBooth : (sim.boothOf[seat.slot] ?? -1);
}

export function boothIdOf(seat: Seat, sim: HallSim, layout: Layout): string | null {
  const i = boothIndexOf(seat, sim);
  return i >= 0 ? (layout.booths[i]?.id ?? null) : null;
}

export function chatSenderOf(seat: Seat, sim: HallSim, layout: Layout): ChatSender {
  return { id: seat.sessionId, guestId: seat.guestId, nickname: seat.nickname, boothId: boothIdOf(seat, sim, layout), role: seat.role, address: seat.address };
}

const NOWHERE = { x: NaN, z: NaN }; // list visitors hear no nearby chat (NaN is never within range)

export function chatVisitorOf(seat: Seat, sim: HallSim, layout: Layout): ChatVisitor {
  const position = seat.slot === NO_SLOT ? NOWHERE : (sim.state(seat.slot)?.position ?? NOWHERE);
  return { id: seat.sessionId, position, boothId: boothIdOf(seat, sim, layout) };
}

export type GuardVerdict = 'ok' | 'flood';

/** Counts one incoming message; 'flood' when the volume is far beyond any honest client's. */
export function noteMessage(seat: Seat, nowMs: number): GuardVerdict {
  if (seat.msgAt >= 0 && nowMs > seat.msgAt) {
    seat.msgTokens = Math.min(VOLUME_LIMIT.capacity, seat.msgTokens + ((nowMs - seat.msgAt) * VOLUME_LIMIT.refillPerSec) / 1000);
  }
  seat.msgAt = Math.max(seat.msgAt, nowMs);
  seat.msgTokens -= 1;
  return seat.msgTokens < 0 ? 'flood' : 'ok';
}

/** Counts one refused message; 'flood' at FLOOD_RULE (100 refusals within 5 s). */
export function noteRefusal(seat: Seat, nowMs: number): GuardVerdict {
  const r = noteRejection(seat.flood, nowMs, FLOOD_RULE);
  seat.flood = r.state;
  return r.verdict;
}
