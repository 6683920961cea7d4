/**
 * CORS: same-origin only unless CORS_ORIGINS names other origins. The page, the API and matchmaking
 * share one origin, so the app itself needs no CORS at all; an allowed origin gets credentialed
 * access (the guest cookie) to everything but /metrics.
 *
 * Colyseus writes the CORS headers of every response on this server (its request listener runs
 * before express) from `matchMaker.controller`, whose defaults echo any Origin with credentials:
 * another site could read a visitor's guest id and join token from /api/session. The policy below
 * replaces those defaults.
 */
import { matchMaker } from '@colyseus/core';

/** The CORS headers for a request from `origin` (none for an origin not in `allowed`). */
export function corsHeadersFor(origin: string | null, allowed: ReadonlySet<string>): Record<string, string> {
  // Caches must keep one answer per Origin once answers differ by it.
  const vary: Record<string, string> = allowed.size > 0 ? { Vary: 'Origin' } : {};
  if (origin === null || !allowed.has(origin)) return vary;
  return {
    ...vary,
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Max-Age': '600',
  };
}

/** Installs the policy into Colyseus, which applies it to every request, preflights included. */
export function useCorsPolicy(origins: readonly string[]): void {
  const allowed = new Set(origins);
  // Colyseus spreads these defaults under every answer; its typing insists on its own four.
  (matchMaker.controller as { DEFAULT_CORS_HEADERS: Record<string, string> }).DEFAULT_CORS_HEADERS = {};
  matchMaker.controller.getCorsHeaders = (headers: Headers) => corsHeadersFor(headers.get('origin'), allowed);
}

/** Header names to strip from answers no other origin may read. */
export const CORS_RESPONSE_HEADERS = ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials'] as const;
