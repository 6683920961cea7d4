import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '../shared/schemas/catalogue.ts';
import type { Repos } from './db/repos.ts';
import type { Env } from './env.ts';
import { hallRoutes } from './hall/routes.ts';
import { sessionSecretOf } from './auth/secret.ts';
import { createLoginThrottle } from './auth/loginThrottle.ts';
import { ensureSetupCode } from './auth/setupCode.ts';
import { createSecondFactor, type SecondFactor } from './auth/secondFactor.ts';
import { announcementRoutes } from './announcements/routes.ts';
import { startAnnouncementScheduler } from './announcements/scheduler.ts';
import { requireEnrolment } from './http/requireEnrolment.ts';
import { secondFactorRoutes } from './http/secondFactor.ts';
import { startAnalytics } from './analytics/start.ts';
import { adminAccountsRoutes } from './http/adminAccounts.ts';
import { adminBoothRoutes } from './http/adminBooths.ts';
import { adminModerationRoutes } from './http/adminModeration.ts';
import { adminFairRoutes } from './http/adminFairs.ts';
import { announceFairChanged } from './hall/fairChanges.ts';
import { fairPageRoutes } from './http/fairPages.ts';
import { fairBoothsOf, landingFairs } from './fairs/landing.ts';
import type { FairsRepo } from './db/fairsRepo.ts';
import { authRoutes } from './http/auth.ts';
import { jsonOnce } from './http/validBody.ts';
import { createBucketStore } from './limits/bucketStore.ts';
import { catalogueRoutes } from './http/api.ts';
import { venueEventRoutes } from './http/venueEvents.ts';
import { limitBodies } from './http/bodyLimit.ts';
import { MEDIA_UPLOAD_BODY, mediaFileRoutes, mediaUploadRoutes } from './http/media.ts';
import { createMediaService } from './media/service.ts';
import { useCorsPolicy } from './http/cors.ts';
import { guardHttpServer } from './http/edge.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { readyz } from './http/ready.ts';
import { setSecurityHeaders, strictTransportSecurity } from './http/securityHeaders.ts';
import { sessionRoutes } from './http/session.ts';
import { createLimits } from './limits/limits.ts';
import { matchmakeGate } from './limits/matchmakeGate.ts';
import { staffRoutes } from './http/staff.ts';
import { startInquiries } from './inquiries/start.ts';
import { createMailer } from './inquiries/mailer.ts';
import { enterpriseImportRoutes } from './http/enterpriseImport.ts';
import { adminExportRoutes } from './http/adminExport.ts';
import { startOrders } from './orders/start.ts';
import { startReplays } from './replays/start.ts';
import { memoLivesNow } from './live/livesNow.ts';
import { startLive } from './live/start.ts';
import { studioBoothRoutes } from './http/studioBooths.ts';
import { pageRenderer } from './http/ssr.ts';
import { serveClient } from './http/static.ts';
import { metricsRoutes } from './metrics/route.ts';
import { AddressedServer } from './net/addressedServer.ts';
import { compileTrust } from './net/clientAddress.ts';
import { colyseusLogger, type Logger } from './logger.ts';
import { listen } from './listen.ts';
import { scaleOutOptions } from './presence/scaleOut.ts';
import { defineRooms } from './rooms.ts';
import { staticVenue, type VenueSource } from './venue/venueSource.ts';
import { watchVenue } from './venue/venueWatch.ts';

export interface AppOptions {
  env: Env;
  log: Logger;
  /**
   * What the API, the pages and the rooms read the venue from: main.ts gives the database's
   * (server/venue/venueService.ts), still opening while Redis is probed.
   */
  venue?: VenueSource | Promise<VenueSource>;
  /** Without `venue`: this catalogue as it is, no database (tests that boot the app in-process). */
  catalogue?: Catalogue;
  distDir?: string;
}

/**
 * Where clients reach this process, for cross-process joins: PUBLIC_ADDRESS, else HOST:PORT (the
 * machine's hostname when listening on every interface). Only used with REDIS_URL.
 */
export function publicAddressOf(env: Pick<Env, 'PUBLIC_ADDRESS' | 'HOST' | 'PORT'>): string {
  if (env.PUBLIC_ADDRESS) return env.PUBLIC_ADDRESS;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? hostname() : env.HOST;
  return `${host}:${env.PORT}`;
}

/**
 * Accounts (/api/auth, /api/admin/accounts|invitations) and the staff API, on a database. Bodies
 * were read and bounded at the edge (limitBodies); jsonOnce parses the JSON ones. Sign-in throttles
 * live in the presence's buckets (RedisPresence with REDIS_URL), as the other limits do.
 */
function mountAccounts(app: express.Express, repos: Repos, env: Env, log: Logger, addressKey: (a: string | undefined) => string | null, secondFactor: SecondFactor): void {
  const presence = () => matchMaker.presence;
  const throttle = createLoginThrottle({ store: createBucketStore({ presence, now: Date.now }), presence });
  app.use('/api/auth/totp', jsonOnce, secondFactorRoutes({ repos, secondFactor, throttle, log }));
  app.use('/api/auth', jsonOnce, authRoutes({ repos, throttle, addressKey, publicUrl: env.PUBLIC_URL, log, secondFactor }));
  app.use('/api/admin', adminAccountsRoutes({ repos, publicUrl: env.PUBLIC_URL, log }));
  app.use('/api/admin', adminExportRoutes({ repos, log }));
  app.use('/api/staff', jsonOnce, staffRoutes({ repos, log }));
  app.use('/api/admin/moderation', adminModerationRoutes({ repos, log }));
}

/** One HTTP server: the client, /api, /healthz, and Colyseus on the same port. */
export async function createApp({ env, log, venue: venueOption, catalogue, distDir }: AppOptions) {
  // With REDIS_URL: RedisPresence + RedisDriver shared by every process; without it, in memory.
  // Probed first, so a wrong REDIS_URL is named even while the database is still opening.
  const publicAddress = env.REDIS_URL ? publicAddressOf(env) : undefined;
  const scaleOut = await scaleOutOptions(env.REDIS_URL, publicAddress);
  if (!venueOption && !catalogue) throw new Error('createApp needs a venue or a catalogue');
  const venueReady = Promise.resolve(venueOption ?? staticVenue(catalogue as Catalogue));
  // express() reads NODE_ENV once, here, and runs in development mode (stack traces in error pages)
  // when it is unset: give it the parsed default. A value already set (vitest's `test`) stays.
  process.env.NODE_ENV ??= env.NODE_ENV;
  const app = express();
  app.disable('x-powered-by');
  // One trust rule for express (req.ip, req.secure) and the hall's address bans (net/clientAddress.ts).
  const trustProxy = compileTrust(env.TRUST_PROXY);
  app.set('trust proxy', trustProxy ?? false);
  app.use(strictTransportSecurity);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', readyz);
  // Before the catalogue routes: they end /api with a JSON 404 for anything unknown.
  app.use('/api/hall', hallRoutes());
  // Per-address and per-guest limits, one set for the whole process (limits/limits.ts).
  const limits = createLimits(env, log);
  const clientDir = distDir ?? join(import.meta.dirname, '..', 'dist', 'client');
  // The page renderer loads while the database finishes opening; it reads the venue per request, as the API does.
  const [venue, pages] = await Promise.all([
    venueReady,
    pageRenderer({
      clientDir,
      serverDir: join(clientDir, '..', 'server'),
      venue: async (): Promise<Catalogue> => (await venue.getVenue()).venue,
      fairs: landingFairs((): FairsRepo | undefined => venue.repos?.fairs),
      fairBooths: fairBoothsOf((): FairsRepo | undefined => venue.repos?.fairs),
      // Read for each landing page at most every 2 s (pages are served only once `live` below is set).
      lives: memoLivesNow(() => live.livesNow(), 2_000),
      publicUrl: env.PUBLIC_URL,
      log,
    }),
  ]);
  // Staff TOTP; with STAFF_REQUIRE_TOTP every staff route below waits for enrolment (http/requireEnrolment.ts).
  const secondFactor = venue.repos ? createSecondFactor({ repo: venue.repos.secondFactor, sessionSecret: sessionSecretOf(env), required: env.STAFF_REQUIRE_TOTP }) : undefined;
  if (venue.repos && secondFactor?.required) app.use(['/api/admin', '/api/staff', '/api/studio'], ...requireEnrolment(venue.repos, secondFactor));
  const studio = studioBoothRoutes(venue);
  if (studio) app.use('/api', studio);
  const adminBooths = adminBoothRoutes(venue);
  if (adminBooths) app.use('/api', adminBooths);
  // One mail queue (SMTP_URL) for inquiries and the invitations an enterprise import sends.
  const mailer = venue.repos ? createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log }) : undefined;
  const enterpriseImport = mailer ? enterpriseImportRoutes(venue, { mailer, publicUrl: env.PUBLIC_URL, log }) : null;
  if (enterpriseImport) app.use('/api', enterpriseImport);
  const fairChanged = (fairId: number) => void announceFairChanged(matchMaker.presence, fairId).catch((err: unknown) => log.warn({ err, fairId }, 'fairs: change not announced'));
  const adminFairs = adminFairRoutes(venue, undefined, fairChanged);
  if (adminFairs) app.use('/api', adminFairs);
  const staffReady = secondFactor?.required ? (id: string) => secondFactor.isOn(id) : undefined;
  app.use('/api', sessionRoutes(sessionSecretOf(env), { policy: limits.policy, repos: venue.repos, staffReady }));
  if (venue.repos && secondFactor) mountAccounts(app, venue.repos, env, log, limits.policy.limitedKey, secondFactor);
  if (venue.repos) app.use('/api', announcementRoutes({ repos: venue.repos, log }));
  const announcements = venue.repos ? startAnnouncementScheduler({ repo: venue.repos.announcements, presence: () => matchMaker.presence, log }) : undefined;
  // Lives' HLS renditions (filled in once `live` starts below), before /media's catch-all 404.
  const liveMedia = express.Router();
  app.use('/media/lives', liveMedia);
  // Booth pictures live in the database: uploads from /studio, and /media/* served by every process.
  const media = venue.repos ? createMediaService({ repo: venue.repos.media, log }) : undefined;
  // Replays of lives: the list and the delete under /api, the files under /media (before the pictures' 404).
  const replays = venue.repos ? startReplays({ repos: venue.repos, log, presence: () => matchMaker.presence }) : undefined;
  if (replays) app.use('/api', replays.apiRouter);
  if (replays) app.use('/media', replays.fileRouter);
  if (media && venue.repos) {
    app.use('/api', mediaUploadRoutes({ repos: venue.repos, media, log }));
    app.use('/media', mediaFileRoutes(media));
  }
  // Venue changes reach the hall shards and open pages within a second, from any process (venue/venueWatch.ts).
  const watch = watchVenue({ source: venue, presence: () => matchMaker.presence, log });
  app.use('/api', venueEventRoutes(venue, watch));
  const inquiries = venue.repos && mailer ? startInquiries({ repos: venue.repos, env, log, limits, venue, mailer }) : undefined;
  if (inquiries) app.use('/api', inquiries.router);
  const orders = venue.repos ? startOrders({ repos: venue.repos, env, log, limits, presence: () => matchMaker.presence, onPin: replays?.onPin }) : undefined;
  if (orders) app.use('/api', orders.router);
  const analytics = venue.repos ? startAnalytics({ repos: venue.repos, env, log, limits }) : undefined;
  if (analytics) app.use('/api', analytics.router);
  // Live video: its WebRTC peers run in a worker thread (live/sfuWorker.ts), never on this loop.
  const live = startLive({ env, log, venue, address: publicAddress ?? null, pinnedOf: orders?.pinnedOf });
  for (const router of live.routers) app.use('/api', router);
  liveMedia.use(live.hlsRouter);
  app.use('/api', catalogueRoutes(venue));
  app.use(metricsRoutes(env.METRICS_TOKEN));
  if (!env.METRICS_TOKEN) log.info('metrics off: /metrics answers 404 until METRICS_TOKEN is set');
  if (!pages && existsSync(clientDir)) log.warn('pages render in the browser only: the server entry is not built (npm run build)');
  // Before the client's pages: a published fair's address is its page, any other /f/… their not-found page.
  const fairPages = fairPageRoutes({ clientDir, repos: venue.repos, venue: async () => (await venue.getVenue()).venue, publicUrl: env.PUBLIC_URL });
  if (fairPages) app.use(fairPages);
  serveClient(app, clientDir, pages);
  app.use(notFound);
  app.use(errorHandler(log));

  const httpServer = new AddressedServer(app, trustProxy);
  if (env.REDIS_URL && !env.PUBLIC_ADDRESS) log.warn({ publicAddress }, 'PUBLIC_ADDRESS unset: other processes send joiners to this guess');
  const gameServer = new Server({
    transport: new WebSocketTransport({ server: httpServer }),
    greet: false,
    logger: colyseusLogger(log),
    // main.ts stops the process on signals (server/shutdown.ts): Colyseus' handlers take only the first.
    gracefullyShutdown: false,
    ...scaleOut,
  });
  defineRooms(gameServer, { env, log, venue, watch, limits, analytics: analytics?.hall });
  useCorsPolicy(env.CORS_ORIGINS);
  gameServer.onShutdown(async () => {
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    inquiries?.close();
    await mailer?.close();
    orders?.close();
    await analytics?.close(); // after the rooms: their last visits are in the batch
    await live.close();
    await replays?.close(); // the replays of the lives live.close() ended, before the database closes
    await announcements?.stop();
    // After the last request and room: every acknowledged write is in, none is cut off.
    await watch.stop();
    await venue.close();
    log.info('seeot-world stopped');
  });
  // Printed before "listening": an operator reading the first lines finds it.
  if (venue.repos) await ensureSetupCode(venue.repos.accounts, log);
  await listen(gameServer, httpServer, env, log);
  analytics?.startLive();
  // After listen(): only then has Colyseus put its request listener (CORS, /matchmake) in place.
  guardHttpServer(httpServer, [setSecurityHeaders, limitBodies(log, undefined, media ? [MEDIA_UPLOAD_BODY] : []), matchmakeGate(limits.policy)]);
  log.info({ port: env.PORT, scaleOut: env.REDIS_URL ? { publicAddress } : false }, 'seeot-world listening');
  // `app`: its router stack is what tests/integration/authz-matrix.test.ts checks the matrix against.
  return { gameServer, httpServer, venue, app };
}
