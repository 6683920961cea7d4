/**
 * Every Colyseus room type of the server, registered in one place so app.ts stays thin and tests
 * boot the same configuration.
 */
import { matchMaker, type Server } from '@colyseus/core';
import type { HallAnalyticsDeps } from './analytics/hallAnalytics.ts';
import { sessionSecretOf } from './auth/secret.ts';
import { bannedWordsSource } from './chat/bannedWords.ts';
import type { Env } from './env.ts';
import { FairHalls } from './hall/fairHalls.ts';
import { HALL_FULLSYNC_ROOM, HALL_ROOM } from './hall/shards.ts';
import type { JoinDeps } from './hall/join.ts';
import { restrictMatchmaking } from './hall/matchmaking.ts';
import { tokenInUse } from './hall/tokenClaims.ts';
import { HallVenue } from './hall/venueLayout.ts';
import type { Limits } from './limits/limits.ts';
import type { Logger } from './logger.ts';
import { metrics } from './metrics/metrics.ts';
import { createModerationService } from './moderation/moderationService.ts';
import type { HallDeps } from './rooms/HallRoom.ts';
import { hallFullSyncRoomClass } from './rooms/HallFullSyncRoom.ts';
import { hallRoomClass } from './rooms/HallRoom.ts';
import type { VenueWatch } from './venue/venueWatch.ts';
import type { VenueSource } from './venue/venueSource.ts';

export interface RoomDeps {
  env: Env;
  log: Logger;
  /** The merged venue (server/venue/venueService.ts), as the API serves it. */
  venue: VenueSource;
  /** Tells the shards of each venue change (server/venue/venueWatch.ts). */
  watch: VenueWatch;
  limits: Limits;
  /** Booth analytics for the shards (ANALYTICS=on with a database). */
  analytics?: HallAnalyticsDeps;
}

export function defineRooms(gameServer: Server, { env, log, venue, watch, limits, analytics }: RoomDeps): void {
  // Clients join or join-or-create; only the server opens shards (hall/matchmaking.ts).
  restrictMatchmaking();
  // One layout per fair for its shards: pure data derived from the venue (cut to a timed fair's
  // booths), the same the client draws; it follows the venue as it changes, and joins are checked
  // against the layout of the moment.
  // A fair's booths changed through any process reach its shards here at once (hall/fairChanges.ts).
  const fairs = new FairHalls({
    source: venue,
    permanent: new HallVenue(venue),
    defaultCapacity: env.HALL_SHARD_CAPACITY,
    repo: venue.repos?.fairs,
    now: Date.now,
    presence: () => matchMaker.presence,
    onError: (err) => log.warn({ err }, 'fairs: a changed fair was not re-read'),
  });
  const join: JoinDeps = {
    secret: sessionSecretOf(env),
    layoutOf: async (fair) => (await fairs.open(fair))?.hall.current ?? null,
    // The presence exists once the Server does; bans and mutes are read from it at each join.
    async checkJoin(who) {
      const r = await createModerationService({ presence: matchMaker.presence, log, now: Date.now, repo: venue.repos?.moderation }).checkJoin(who);
      return r.ok ? r : { ok: false, until: r.until };
    },
    now: Date.now,
    tokenInUse: (tokenId) => tokenInUse(matchMaker.presence, tokenId),
  };
  const repo = venue.repos?.moderation;
  const bannedWords = bannedWordsSource(env.BANNED_WORDS, repo ? async () => (await repo.listWords()).map((w) => w.word) : undefined);
  const deps: HallDeps = { fairs, watch, log, metrics, bannedWords, moderationRepo: repo, join, limits, analytics };
  // Matchmade joiners fill the fullest open shard of their fair first: friends who arrive together
  // stay together. Each fair has its own shards (the matchmaking rule gives a join without one '').
  gameServer.define(HALL_ROOM, hallRoomClass(deps)).filterBy(['fair']).sortBy({ clients: -1 });
  if (env.HALL_FULLSYNC_ROOM) gameServer.define(HALL_FULLSYNC_ROOM, hallFullSyncRoomClass(deps)).filterBy(['fair']);
}
