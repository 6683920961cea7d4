/**
 * Live video for this process: the SFU worker, the lives it holds, the presence directory other
 * processes route viewers by, and the HTTP routes (studio ones only with a database, which sessions
 * need). Changes are announced to every visitor on every shard (live/announce.ts); livesNow is what
 * "live now" lists (the API, the landing page). With ffmpeg (live/ffmpeg.ts), each live also has an
 * HLS rendition, served under /media/lives (hlsRouter), and a recording made into a replay.
 */
import { join } from 'node:path';
import { matchMaker } from '@colyseus/core';
import type { Router } from 'express';
import { DEFAULT_DATA_DIR } from '../auth/secret.ts';
import type { Env } from '../env.ts';
import type { Logger } from '../logger.ts';
import { liveHlsRoutes } from '../http/liveHls.ts';
import { liveHlsViewerRoutes } from '../http/liveHlsViewers.ts';
import { liveStudioRoutes } from '../http/liveStudio.ts';
import { liveWatchRoutes } from '../http/liveWatch.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { announceLive } from './announce.ts';
import { findFfmpeg } from './ffmpeg.ts';
import { createLiveDirectory } from './liveDirectory.ts';
import { createLiveService } from './liveService.ts';
import { livesNowOf, type LivesNow, type PinnedOf } from './livesNow.ts';
import { startSfu } from './sfu.ts';

export interface LiveOptions {
  env: Env;
  log: Logger;
  venue: VenueSource;
  address: string | null;
  /** The product each booth pinned (with a database's orders), shown in the "live now" lists. */
  pinnedOf?: PinnedOf;
}

export interface Live {
  /** Mounted under /api. */
  routers: Router[];
  /** Mounted at /media/lives: the lives' HLS renditions. */
  hlsRouter: Router;
  livesNow: LivesNow;
  close: () => Promise<void>;
}

export function startLive({ env, log, venue, address, pinnedOf }: LiveOptions): Live {
  const presence = () => matchMaker.presence;
  const ffmpeg = findFfmpeg(env.LIVE_HLS, log);
  const livesDir = join(env.DATA_DIR ?? DEFAULT_DATA_DIR, 'lives');
  const ice = { hostAddresses: env.LIVE_ICE_ADDRESSES, useInterfaces: env.LIVE_ICE_INTERFACES, portRange: env.LIVE_ICE_PORTS ?? null };
  const sfu = startSfu({ ice, hls: ffmpeg ? { ffmpeg, livesDir } : null, log });
  const directory = createLiveDirectory(presence);
  const service = createLiveService({
    sfu,
    directory,
    address,
    maxViewers: env.LIVE_MAX_VIEWERS,
    announce: (boothId, live) => void announceLive(presence(), boothId, live).catch((err: unknown) => log.warn({ err, boothId }, 'live change not announced')),
    log,
  });
  const livesNow = livesNowOf(venue, service, pinnedOf);
  const routers = [liveWatchRoutes(venue, service, directory, livesNow), liveHlsViewerRoutes(service, directory)];
  if (venue.repos) routers.unshift(liveStudioRoutes(venue.repos, venue, service, directory));
  return { routers, hlsRouter: liveHlsRoutes(service, directory, livesDir), livesNow, close: () => service.close() };
}
