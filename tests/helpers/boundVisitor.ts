/**
 * A hall visitor whose sockets leave from a chosen loopback address (127.0.0.2, 127.0.0.3 … all of
 * 127/8 is local on Linux), so tests on one machine have visitors with different real addresses.
 * It goes the page's way — GET /api/session, Colyseus matchmaking, then the room's WebSocket —
 * sending any extra headers (forged X-Forwarded-For / X-Real-IP) on every step. The SDK cannot bind
 * its sockets, so HTTP is node:http and the WebSocket is `ws`, both with `localAddress`.
 */
import { Protocol } from '@colyseus/core';
import { request, type IncomingHttpHeaders } from 'node:http';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../shared/protocol/index.ts';

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** One HTTP request from `from`, JSON in and out. */
export function httpFrom(from: string, url: string, opts: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<HttpReply> {
  const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: opts.method ?? 'GET',
        localAddress: from,
        headers: { ...opts.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export type JoinResult = { ok: true; leave: () => Promise<void> } | { ok: false; status: number; error: string };

/**
 * A fresh guest (no cookie: a new guest id each time, so only an address ban can refuse it) joining
 * the hall at `base` (http://host:port) from `from`. Joined means the room's JOIN_ROOM arrived over
 * the WebSocket, which the server sends only once onJoin has seated the visitor.
 */
export async function joinHallFrom(base: string, from: string, headers: Record<string, string> = {}): Promise<JoinResult> {
  const session = await httpFrom(from, `${base}/api/session`, { headers });
  if (session.status !== 200) throw new Error(`GET /api/session: ${session.status}`);
  const { joinToken } = session.body as { joinToken: string };
  const options = { protocolVersion: PROTOCOL_VERSION, nickname: '주소손님', colorIndex: 1, joinToken };
  const seat = await httpFrom(from, `${base}/matchmake/joinOrCreate/hall`, { method: 'POST', headers, body: options });
  if (seat.status !== 200) return { ok: false, status: seat.status, error: String((seat.body as { error?: unknown }).error) };
  const { processId, roomId, sessionId } = seat.body as { processId: string; roomId: string; sessionId: string };
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/${processId}/${roomId}?sessionId=${sessionId}`, { localAddress: from, headers });
  ws.binaryType = 'nodebuffer';
  await new Promise<void>((resolve, reject) => {
    ws.once('message', (data: WebSocket.RawData) => {
      const type = (data as Buffer)[0]; // binaryType 'nodebuffer': one Buffer per message
      if (type === Protocol.JOIN_ROOM) resolve();
      else reject(new Error(`first room message was ${type}, not JOIN_ROOM`));
    });
    ws.once('error', reject);
    ws.once('close', (code) => reject(new Error(`room socket closed (${code}) before JOIN_ROOM`)));
  });
  return {
    ok: true,
    leave: () =>
      new Promise<void>((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      }),
  };
}
