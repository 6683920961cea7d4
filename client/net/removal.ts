import type { ServerMessages } from '../../shared/protocol/serverMessages.ts';

/**
 * Removed by a moderator — kicked, banned, or closed for flooding — or refused at the door by a
 * ban: the one "you were removed" state of the hall connection (status 'kicked' in hallState.ts).
 * The world shows it full screen, the chat panel in place of its message box (the only place on
 * /list). Nothing reconnects from it.
 */
export interface Removal {
  banned: boolean;
  /** The moderator's words; '' when they gave none (a generic sentence is shown). */
  reason: string;
  /** Epoch ms a ban lasts until, when the server said. */
  until?: number;
}

/**
 * The room's `kicked` message (docs/protocol.md), sent right before the close. A malformed one never
 * gets here (client/net/messages.ts drops it); the close that follows still removes, without words.
 */
export function removalFromMessage(m: ServerMessages['kicked']): Removal {
  const r: Removal = { banned: false, reason: m.reason };
  if (m.until !== undefined) {
    r.until = m.until;
    r.banned = true; // only a ban has an end
  }
  return r;
}

/**
 * What is known once the socket closes (or a join is refused): the close code says whether it is a
 * ban. The close frame's own reason is only a code word ('kicked', 'banned', 'flood'); the
 * moderator's words come in the message before it, so those are kept.
 */
export function closeRemoval(known: Removal | null, banned: boolean): Removal {
  const r: Removal = { banned: banned || (known?.banned ?? false), reason: known?.reason ?? '' };
  if (known?.until !== undefined) r.until = known.until;
  return r;
}
