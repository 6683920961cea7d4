/**
 * Analytics wired for app.ts: with ANALYTICS=on, the recorder the hall shards and the event route
 * write through, and the shards' hook (hall); the routes in any case (figures already recorded stay
 * readable with analytics off). The live dashboard's bus listener starts once the presence exists
 * (startLive, after the server listens); close() at shutdown writes what waits.
 */
import { matchMaker } from '@colyseus/core';
import type { Router } from 'express';
import { sessionSecretOf } from '../auth/secret.ts';
import type { Repos } from '../db/repos.ts';
import { PERMANENT_FAIR_ID } from '../db/schema/fairs.ts';
import type { Env } from '../env.ts';
import { analyticsRoutes } from '../http/analytics.ts';
import { createBucketStore } from '../limits/bucketStore.ts';
import type { Limits } from '../limits/limits.ts';
import type { Logger } from '../logger.ts';
import type { HallAnalyticsDeps } from './hallAnalytics.ts';
import { watchLive, type LiveWatch } from './live.ts';
import { createRecorder } from './recorder.ts';
import { createVisitorHasher } from './visitorHash.ts';

export interface AnalyticsOptions {
  repos: Repos;
  env: Pick<Env, 'ANALYTICS' | 'SESSION_SECRET'>;
  log: Logger;
  limits: Pick<Limits, 'policy'>;
}

export function startAnalytics({ repos, env, log, limits }: AnalyticsOptions): { hall: HallAnalyticsDeps | undefined; router: Router; startLive(): void; close(): Promise<void> } {
  const secret = sessionSecretOf(env);
  const recorder = env.ANALYTICS === 'on' ? createRecorder({ repo: repos.analytics, log }) : undefined;
  if (!recorder) log.info('analytics off: booth visits, the heatmap and booth events are not counted (ANALYTICS=off)');
  let live: LiveWatch | undefined;
  const fairTitle = async (slug: string) => (await repos.fairs.publishedBySlug(slug))?.title ?? null;
  const liveWatch = (): LiveWatch => (live ??= watchLive(matchMaker.presence, Date.now, fairTitle));
  const router = analyticsRoutes({
    repos,
    recorder,
    live: { read: () => liveWatch().read(), stop: async () => {} },
    buckets: createBucketStore({ presence: () => matchMaker.presence, now: Date.now }),
    secret,
    addressKey: (a) => limits.policy.limitedKey(a),
  });
  // An operator pauses counting and resumes it with SIGUSR2 (e.g. while staff rehearse in the real venue;
  // bench:analytics compares the halls' CPU with and without it in one process). Booth events still count.
  // Each shard ends its visits under way and writes them at its next sample (HallAnalytics).
  let counting = true;
  const toggle = (): void => {
    counting = !counting;
    log.info({ counting }, counting ? 'analytics resumed (SIGUSR2)' : 'analytics paused (SIGUSR2): the halls count no visits and no heat until the next SIGUSR2');
  };
  if (recorder) process.on('SIGUSR2', toggle);
  return {
    hall: recorder && { recorder, hash: createVisitorHasher(secret), fairId: PERMANENT_FAIR_ID, counting: () => counting },
    router,
    startLive: () => void liveWatch(),
    async close() {
      process.off('SIGUSR2', toggle);
      await live?.stop();
      await recorder?.close();
    },
  };
}
