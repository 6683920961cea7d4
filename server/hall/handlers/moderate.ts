/**
 * `moderate` (staff only) and the effects of moderation, whether decided in this shard, in another
 * shard or process (presence pub/sub), or over the staff HTTP API.
 */
import { CLOSE_CODE, type ModerateMessage, type ServerMessages } from '../../../shared/protocol/index.ts';
import { normalizeAddress, type Actor, type Effect, type TargetInfo } from '../../moderation/decisions.ts';
import type { HallHub } from '../hub.ts';
import type { Seat } from '../seats.ts';
import { forgetBoothLine } from './booth.ts';

/**
 * The address a ban may record. Never a loopback one: behind a reverse proxy that is not trusted
 * for X-Forwarded-For it is the proxy (banning it bans everyone), and locally it is every tester.
 */
export function bannableAddress(address: string | null): string | null {
  const a = normalizeAddress(address);
  return a === null || a === '::1' || a.startsWith('127.') ? null : a;
}

/** A target by session id in this shard, else by guest id. */
function lookup(hub: HallHub, target: string): TargetInfo | null {
  let seat = hub.seats.get(target);
  if (!seat) for (const s of hub.seats.values()) if (s.guestId === target) seat = s;
  if (!seat) return null;
  return { guestId: seat.guestId, address: bannableAddress(seat.address), sessionId: seat.sessionId, role: seat.role };
}

/** Staff only: the dispatcher has refused anyone else before parsing (server/hall/messages.ts). */
export async function onModerate(hub: HallHub, seat: Seat, msg: ModerateMessage): Promise<void> {
  const actor: Actor | null = seat.role === 'staff' ? { role: 'staff', name: seat.staffName ?? seat.guestId } : null;
  try {
    const r = await hub.mod.act(actor, msg, (t) => lookup(hub, t));
    if (!r.ok) return hub.refuse(seat, 'moderate', r.error);
    hub.ok('moderate');
    applyEffect(hub, r.effect);
  } catch (err) {
    // The presence (Redis) failed mid-way: say so to the staff member instead of pretending.
    hub.log.error({ err, room: hub.roomId }, 'moderation failed');
    hub.refuse(seat, 'moderate', 'unavailable');
  }
}

function closeAll(hub: HallHub, match: (s: Seat) => boolean, code: number, kicked: ServerMessages['kicked']): void {
  for (const s of [...hub.seats.values()]) {
    if (!match(s) || s.closing) continue;
    s.client?.send('kicked', kicked); // before the close frame, on the same socket: it arrives first
    hub.close(s, code, code === CLOSE_CODE.banned ? 'banned' : 'kicked', { moderation: true });
  }
}

export function applyEffect(hub: HallHub, e: Effect): void {
  switch (e.type) {
    case 'mute':
      return hub.chat.mute(e.guestId, e.until);
    case 'unmute':
      return hub.chat.unmute(e.guestId);
    case 'kick':
      return closeAll(hub, (s) => s.guestId === e.guestId, CLOSE_CODE.kicked, { reason: e.reason });
    case 'ban':
      return closeAll(
        hub,
        (s) => (e.guestId !== null && s.guestId === e.guestId) || (e.address !== null && bannableAddress(s.address) === e.address),
        CLOSE_CODE.banned,
        { reason: e.reason, until: e.until },
      );
    case 'delete': {
      const line = hub.chat.deleteMessage(e.messageId);
      if (line) forgetBoothLine(hub, line);
      hub.historyChanged(null);
      hub.broadcast('chatDeleted', { id: e.messageId });
      return;
    }
  }
}
