import type { ChatScope } from '../../shared/chat/rules.ts';
import type { Role } from '../auth/tokens.ts';

/** A chat line as every recipient sees it. Plain text: clients render it as text nodes, never HTML. */
export interface ChatLine {
  /** Unique across shards and processes (hall lines travel between them); matches the report schema's id pattern. */
  id: string;
  scope: ChatScope;
  /** The booth of a booth-scope line, else null. */
  boothId: string | null;
  /** The sender's session id in their shard (what staff target), and the shard it was said in. */
  senderId: string;
  shardId: string;
  nickname: string;
  /** Staff lines get a badge, so visitors can tell a real moderator from a lookalike name. */
  staff: boolean;
  text: string;
  /** Server time, ms. */
  at: number;
}

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
