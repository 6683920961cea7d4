/**
 * The server's typed side of the wire contract (shared/protocol/serverMessages.ts): a hall client
 * whose `send` accepts only the declared messages with their payloads, and one encoder for a
 * message shared by many recipients (encoded once, `enqueueRaw` to each).
 */
import { getMessageBytes, Protocol, type Client } from '@colyseus/core';
import type { ServerMessages, ServerMessageType } from '../../shared/protocol/index.ts';
import type { JoiningVisitor } from './join.ts';

/** A connection to a hall shard: `send(type, payload)` is checked against the server → client map. */
export type HallClient = Client<{ auth: JoiningVisitor; messages: ServerMessages }>;

/** One server → client message as bytes, for `client.enqueueRaw` to many recipients. */
export function encodeMessage<K extends ServerMessageType>(type: K, payload: ServerMessages[K]): Uint8Array {
  return getMessageBytes.raw(Protocol.ROOM_DATA, type, payload);
}
