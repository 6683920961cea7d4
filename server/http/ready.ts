/**
 * GET /readyz: can this process take visitors now? A load balancer or orchestrator sends new
 * visitors only where it answers 200; /healthz stays liveness (the process answers at all), so a
 * process waiting for Redis is held out of rotation instead of restarted.
 *
 * Ready means: Colyseus' matchmaker accepts seats (set once `listen()` has subscribed this process
 * to the presence; left for good when a graceful stop begins, while the port still answers and
 * visitors are being sent off) and the presence answers a request within a second: with REDIS_URL
 * a round trip to Redis, which holds matchmaking, bans and limits; without it the in-memory
 * presence, always there. Otherwise 503 with a code for the reason.
 */
import { matchMaker } from '@colyseus/core';
import type { RequestHandler } from 'express';

export type NotReadyReason = 'starting' | 'stopping' | 'redis_unreachable';

/** A Redis that takes longer than this is as good as gone for a visitor's join. */
export const PRESENCE_TIMEOUT_MS = 1000;

/** Any key will do: the answer does not matter, only that one comes. */
const PROBE_KEY = 'seeot:readyz';

/** Why the matchmaker cannot take a seat now, or null when it can. */
export function matchmakerNotReady(state: number | undefined): NotReadyReason | null {
  if (state === matchMaker.MatchMakerState.READY) return null;
  return state === matchMaker.MatchMakerState.SHUTTING_DOWN ? 'stopping' : 'starting';
}

function presenceAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PRESENCE_TIMEOUT_MS)));
  const answer = matchMaker.presence.exists(PROBE_KEY).then(
    () => true,
    () => false,
  );
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

export const readyz: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  const reason = matchmakerNotReady(matchMaker.state);
  if (reason) {
    res.status(503).json({ ready: false, reason });
    return;
  }
  presenceAnswers()
    .then((ok) => {
      if (ok) res.json({ ready: true });
      else res.status(503).json({ ready: false, reason: 'redis_unreachable' satisfies NotReadyReason });
    })
    .catch(next);
};
