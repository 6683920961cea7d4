import { parseServerMessage, type ServerMessages, type ServerMessageType } from '../../shared/protocol/serverMessages.ts';
import type { ClientMessageInput, ClientMessageType } from '../../shared/protocol/clientMessages.ts';
import type { HallRoom } from './hallState.ts';

/**
 * The client's side of the wire contract (shared/protocol/): the one way to listen to a hall room's
 * JSON messages and to send to it. Every received payload is parsed with the contract's schema
 * first; one that does not fit is dropped here, so no feature needs guards of its own and nothing
 * malformed reaches state. The binary view message is decoded by shared/net/view.ts.
 */

/** Calls `handler` with each well-formed `type` message from `room`; returns the unsubscribe. */
export function onServerMessage<K extends ServerMessageType>(room: HallRoom, type: K, handler: (message: ServerMessages[K]) => void): () => void {
  return room.onMessage(type, (raw: unknown) => {
    const message = parseServerMessage(type, raw);
    if (message !== null) handler(message);
  });
}

/** Sends one client → server message, typed by the contract. */
export function sendMessage<K extends ClientMessageType>(room: HallRoom, type: K, payload: ClientMessageInput[K]): void {
  room.send(type, payload);
}
