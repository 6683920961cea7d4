/**
 * The hall's one message dispatcher, built from the wire contract's client → server map
 * (shared/protocol/clientMessages.ts): each type has a route here, and the compiler refuses a type
 * without one. For every message: the sender's seat and the volume flood check (hub.admit), then
 * staff-only types refused for anyone else, then the shared schema, then the handler with the
 * parsed, typed payload. A malformed message is counted (`counters.malformed`) and either refused
 * softly (`rejected: invalid`) or, for moves, dropped silently; an unknown type is counted and
 * dropped. Nothing here disconnects except the flood rule; nothing throws out of the room.
 *
 * Colyseus 0.18's own validators (`onMessage(type, schema, handler)`) are not used: a failed
 * validation closes the sender's socket (4002), and one malformed message must not cost a visitor
 * the connection (docs/protocol.md, floods). Colyseus 0.18.17 drops undecodable frames itself
 * (tests/integration/fuzz.test.ts sends them raw), so no private hook of the room is needed either.
 */
import type { Room } from '@colyseus/core';
import { CLIENT_MESSAGE_TYPES, isRejectedType, parseMessage, type ClientMessages, type ClientMessageType, type RejectedType } from '../../shared/protocol/index.ts';
import { onNotice } from './handlers/booth.ts';
import { onChat, onEmote, onReport } from './handlers/chat.ts';
import { onModerate } from './handlers/moderate.ts';
import { onMove, onTeleport } from './handlers/move.ts';
import { onPresence } from './handlers/presence.ts';
import { onVenue } from './handlers/venue.ts';
import type { HallHub } from './hub.ts';
import type { InputCounters } from './inputs.ts';
import type { Seat } from './seats.ts';
import type { HallClient } from './wire.ts';

interface Route<K extends ClientMessageType> {
  handle(hub: HallHub, seat: Seat, msg: ClientMessages[K]): void | Promise<void>;
  /** Refused with `forbidden` before parsing for anyone but staff: no schema oracle for visitors. */
  staffOnly?: true;
}
type Routes = { [K in ClientMessageType]: Route<K> };

function routes(counters: InputCounters): Routes {
  return {
    move: { handle: (h, s, m) => onMove(h, counters, s, m) },
    teleport: { handle: (h, s, m) => onTeleport(h, counters, s, m) },
    chat: { handle: onChat },
    emote: { handle: onEmote },
    report: { handle: onReport },
    moderate: { handle: onModerate, staffOnly: true },
    presence: { handle: onPresence },
    venue: { handle: onVenue },
    notice: { handle: onNotice },
  };
}

/**
 * One message, start to end. Whether a refusal is answered follows the contract: a type with
 * rejection codes (shared/protocol/rejections.ts) is told why; `move`, which has none, is not.
 */
function dispatch<K extends ClientMessageType>(hub: HallHub, counters: InputCounters, seat: Seat, type: K, route: Route<K>, raw: unknown): void | Promise<void> {
  // Typed as any answered type: which type answers which code is checked against the contract by
  // tests/integration/protocol-rejections.test.ts.
  const answered: RejectedType | null = isRejectedType(type) ? type : null;
  if (route.staffOnly && seat.role !== 'staff') {
    hub.log.warn({ room: hub.roomId, guestId: seat.guestId, type }, 'staff-only message from a visitor');
    return answered ? hub.refuse(seat, answered, 'forbidden') : hub.drop(seat, 'invalid');
  }
  const p = parseMessage(type, raw);
  if (!p.ok) {
    counters.malformed++;
    return answered ? hub.refuse(seat, answered, 'invalid') : hub.drop(seat, 'invalid');
  }
  return route.handle(hub, seat, p.value);
}

function logFailure(hub: HallHub, type: ClientMessageType, err: unknown): void {
  hub.log.error({ err, room: hub.roomId, type }, 'hall message handler failed');
}

export function registerHallMessages(room: Room<{ client: HallClient }>, hub: () => HallHub, counters: InputCounters): void {
  const table = routes(counters);
  for (const type of CLIENT_MESSAGE_TYPES) {
    room.onMessage(type, (client: HallClient, raw: unknown) => {
      const h = hub();
      const seat = h.admit(client);
      if (!seat) return;
      try {
        // Chat handlers await their limits (presence): a failure there must not become an unhandled rejection.
        dispatch(h, counters, seat, type, table[type] as Route<typeof type>, raw)?.catch((err: unknown) => logFailure(h, type, err));
      } catch (err) {
        logFailure(h, type, err);
      }
    });
  }
  room.onMessage('*', (client: HallClient) => {
    counters.unknownType++;
    const seat = hub().admit(client);
    if (seat) hub().drop(seat, 'unknownType');
  });
}
