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
  return {
    hall: recorder && { recorder, hash: createVisitorHasher(secret), fairId: PERMANENT_FAIR_ID },
    router,
    startLive: () => void liveWatch(),
    async close() {
      await live?.stop();
      await recorder?.close();
    },
  };
}
