import type { Role } from '../auth/tokens.ts';

/** A chat line as every recipient sees it: its shape is part of the wire contract. */
export type { ChatLine } from '../../shared/protocol/index.ts';

/** Who is speaking, as the room knows them. */
export interface ChatSender {
  /** Session id in this shard. */
  id: string;
  /** Stable guest id from the join token: limits and mutes follow it across reconnects. */
  guestId: string;
  nickname: string;
  boothId: string | null;
  role: Role;
  /** Client address at join (null if unknown): chat limits are per address too. */
  address: string | null;
}
