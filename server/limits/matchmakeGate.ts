/**
 * The per-address matchmaking limit, at the edge of the HTTP server (http/edge.ts), before
 * Colyseus reads the request: a refused request costs no body parsing, no token check and no seat
 * reservation, and gets a real 429 with Retry-After (Colyseus' route cannot set headers). The body
 * is what the SDK reads as a refusal: `{ code, error }`, the error being the JoinRejection the page
 * shows as a sentence (client/net/joinErrors.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_ADDRESS_HEADER } from '../net/addressedServer.ts';
import { retryAfterSeconds, type AddressPolicy } from './addressLimits.ts';

const MATCHMAKE = /^\/matchmake\//;

export function matchmakeGate(policy: AddressPolicy) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== 'POST' || !MATCHMAKE.test(req.url ?? '')) return next();
    // Stamped by AddressedServer before any listener ran (the socket's peer, or a trusted proxy's report).
    const address = req.headers[CLIENT_ADDRESS_HEADER];
    void policy.admitMatchmake(typeof address === 'string' ? address : null).then((r) => {
      if (r.ok) return next();
      const body = JSON.stringify({ code: 429, error: 'rateLimited' });
      res.writeHead(429, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'retry-after': String(retryAfterSeconds(r.retryAfterMs)),
        'cache-control': 'no-store',
      });
      res.end(body);
    }, () => next());
  };
}
