/**
 * Watching lives (public): which lives are on air, a booth's live, and joining or leaving one as a
 * viewer. A viewer's offer for a live held by another process is forwarded there (live/proxy.ts).
 * Answers are codes, never sentences (shared/api/live.ts).
 */
import { Router, type Response } from 'express';
import { LIVE_ROUTES, LIVES_MAX_AGE_S, LiveIdSchema, ViewerIdSchema, ViewerOfferSchema, type LiveErrorCode, type LiveView } from '../../shared/api/live.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { LiveDirectory } from '../live/liveDirectory.ts';
import type { LiveService } from '../live/liveService.ts';
import type { LivesNow } from '../live/livesNow.ts';
import { forwardTo, isForwarded } from '../live/proxy.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { jsonOnce, validValue } from './validBody.ts';

export function failLive(res: Response, status: number, error: LiveErrorCode): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error });
}

export const SFU_STATUS = { badSdp: 400, liveNotFound: 404, liveFull: 503, internal: 503 } as const;
export const SFU_CODE = { badSdp: 'badSdp', liveNotFound: 'liveNotFound', liveFull: 'liveFull', internal: 'unavailable' } as const;

/** Where a live is: here, at another process's address, or nowhere. */
export async function locateLive(service: LiveService, directory: LiveDirectory, liveId: string): Promise<{ live: LiveView; address: string | null } | null> {
  const here = service.local(liveId);
  if (here) return { live: here, address: null };
  const entry = await directory.find(liveId);
  return entry?.address ? { live: entry.live, address: entry.address } : null;
}

/** Mounted under /api. */
export function liveWatchRoutes(venue: VenueSource, service: LiveService, directory: LiveDirectory, livesNow: LivesNow): Router {
  const r = Router();
  const path = (p: string) => p.replace(/^\/api/, '');

  // Every page with "live now" asks: a few seconds of caching (browser, nginx) spares the presence.
  r.get(path(LIVE_ROUTES.lives), async (_req, res) => {
    const lives = await livesNow();
    res.setHeader('Cache-Control', `public, max-age=${LIVES_MAX_AGE_S}`);
    res.json({ lives });
  });

  r.get(path(LIVE_ROUTES.boothLive), async (req, res) => {
    const boothId = IdSchema.safeParse(req.params.boothId);
    if (!boothId.success || !findBooth((await venue.getVenue()).venue, boothId.data)) return failLive(res, 404, 'boothNotFound');
    const live = (await service.onAir()).find((l) => l.boothId === boothId.data) ?? null;
    res.setHeader('Cache-Control', 'no-store');
    res.json({ live });
  });

  r.post(path(LIVE_ROUTES.viewers), jsonOnce, async (req, res) => {
    const liveId = LiveIdSchema.safeParse(req.params.liveId);
    if (!liveId.success) return failLive(res, 404, 'liveNotFound');
    const body = validValue(ViewerOfferSchema, req.body, res);
    if (!body) return;
    const at = await locateLive(service, directory, liveId.data);
    if (!at || (at.address && isForwarded(req))) return failLive(res, 404, 'liveNotFound');
    if (at.address) return forwardTo(at.address, req, res);
    const out = await service.view(liveId.data, body.sdp, body.hlsViewerId);
    if (!out.ok) return failLive(res, SFU_STATUS[out.error], SFU_CODE[out.error]);
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json({ viewerId: out.viewerId, sdp: out.sdp });
  });

  r.delete(path(LIVE_ROUTES.viewer), async (req, res) => {
    const liveId = LiveIdSchema.safeParse(req.params.liveId);
    const viewerId = ViewerIdSchema.safeParse(req.params.viewerId);
    if (!liveId.success || !viewerId.success) return failLive(res, 404, 'liveNotFound');
    const at = await locateLive(service, directory, liveId.data);
    if (!at || (at.address && isForwarded(req))) return failLive(res, 404, 'liveNotFound');
    if (at.address) return forwardTo(at.address, req, res);
    await service.leave(liveId.data, viewerId.data);
    res.status(204).end();
  });

  return r;
}
