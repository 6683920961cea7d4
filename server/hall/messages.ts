/**
 * Every client → server message type of the hall, routed to its handler through the hub's gate
 * (sender's seat, volume flood check). Unknown types and frames Colyseus cannot even decode count
 * as refusals against the sender; none of them throws out of the room.
 */
import type { Client, Room } from '@colyseus/core';
import { onChat, onEmote, onReport } from './handlers/chat.ts';
import { onModerate } from './handlers/moderate.ts';
import { onMove, onTeleport } from './handlers/move.ts';
import { onPresence } from './handlers/presence.ts';
import type { HallHub } from './hub.ts';
import type { InputCounters } from './inputs.ts';
import type { Seat } from './seats.ts';

type Handler = (hub: HallHub, seat: Seat, raw: unknown) => void | Promise<void>;

export function registerHallMessages(room: Room, hub: () => HallHub, counters: InputCounters): void {
  const handlers: Record<string, Handler> = {
    move: (h, s, raw) => onMove(h, counters, s, raw),
    teleport: (h, s, raw) => onTeleport(h, counters, s, raw),
    chat: onChat,
    emote: onEmote,
    report: onReport,
    moderate: onModerate,
    presence: onPresence,
  };
  for (const [type, handle] of Object.entries(handlers)) {
    room.onMessage(type, (client, raw: unknown) => {
      const seat = hub().admit(client);
      // Chat handlers await their limits (presence): a failure there must not become an unhandled rejection.
      if (seat) void Promise.resolve(handle(hub(), seat, raw)).catch((err: unknown) => hub().log.error({ err, type }, 'hall message handler failed'));
    });
  }
  room.onMessage('*', (client) => {
    counters.unknownType++;
    const seat = hub().admit(client);
    if (seat) hub().refuse(seat, null, { code: 'unknownType' });
  });
  // Colyseus decodes a frame's type before its own try/catch: a truncated frame must not throw out
  // of the socket's message event. (Private in its typings, bound per client at join: replaced here
  // in onCreate, before anyone joins.)
  const self = room as unknown as { _onMessage: (client: Client, buffer: Uint8Array) => void };
  const original = self._onMessage.bind(room);
  self._onMessage = (client, buffer) => {
    try {
      original(client, buffer);
    } catch {
      counters.malformed++;
      const seat = hub().seats.get(client.sessionId);
      if (seat) hub().refuse(seat, null, { code: 'invalid' });
    }
  };
}
