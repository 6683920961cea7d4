/**
 * The cheapest honest reader a load bot can be: it counts the bytes its TCP socket receives and
 * nothing else. A thousand bots each parsing twenty WebSocket frames a second (more under full
 * sync, a few KB each) would cost the bot process more than the server it measures.
 *
 * Importing this module makes the SDK use the `ws` package instead of Node's built-in WebSocket
 * (the SDK's transport reads globalThis.WebSocket once, when it loads, so import this first): `ws`
 * exposes its socket. After the join handshake, `countReads` takes the socket's reads away from the
 * WebSocket parser. The count is what the wire carried (frame headers and payloads), the same figure
 * the decoding bots compute from message sizes. Sending still goes through `ws`, untouched.
 */
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';

globalThis.WebSocket = WebSocket as unknown as typeof globalThis.WebSocket;

const counted = new Set<WebSocket>();
/**
 * With the parser gone nobody answers the server's pings (every 3 s; it drops a connection after two
 * unanswered), so counted sockets send a pong every 2 s unasked, which the protocol allows as a heartbeat.
 */
const HEARTBEAT_MS = 2000;
setInterval(() => {
  for (const ws of counted) if (ws.readyState === WebSocket.OPEN) ws.pong();
}, HEARTBEAT_MS).unref();

/** From now on every chunk `ws`'s socket reads goes to `onBytes` (its size) and nowhere else. */
export function countReads(ws: WebSocket, onBytes: (n: number) => void): void {
  // `_socket` is ws's own field for the connection (no public getter once the upgrade is done).
  const socket = (ws as unknown as { _socket: Socket })._socket;
  socket.removeAllListeners('data');
  socket.on('data', (chunk: Buffer) => onBytes(chunk.length));
  counted.add(ws);
  ws.once('close', () => counted.delete(ws));
}
