/**
 * Going live from /studio: a booth's member (or staff) opens the booth's live, publishes to it
 * (again after a drop: the same live resumes) and ends it. Session and CSRF as every studio route
 * (http/principal.ts). A live held by another process is reached through it (live/proxy.ts).
 */
import { Router, type RequestHandler } from 'express';
import { findBooth } from '../../shared/catalogue/booths.ts';
import { LIVE_ROUTES, LiveIdSchema, SdpBodySchema } from '../../shared/api/live.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { Repos } from '../db/repos.ts';
import type { LiveDirectory } from '../live/liveDirectory.ts';
import type { LiveService } from '../live/liveService.ts';
import { forwardTo, isForwarded } from '../live/proxy.ts';
import type { VenueSource } from '../venue/venueSource.ts';
import { failLive, locateLive, SFU_CODE, SFU_STATUS } from './liveWatch.ts';
import { canEditBooth, principalOf, requireBoothMember, requireSession } from './principal.ts';
import { jsonOnce, validValue } from './validBody.ts';

/** Mounted under /api. */
export function liveStudioRoutes(repos: Pick<Repos, 'accounts'>, venue: VenueSource, service: LiveService, directory: LiveDirectory): Router {
  const r = Router();
  const session = requireSession(repos);
  const path = (p: string) => p.replace(/^\/api/, '');

  r.post(path(LIVE_ROUTES.studioOpen), session, requireBoothMember(), async (req, res) => {
    const boothId = IdSchema.safeParse(req.params.boothId);
    if (!boothId.success || !findBooth((await venue.getVenue()).venue, boothId.data)) return failLive(res, 404, 'boothNotFound');
    res.setHeader('Cache-Control', 'no-store');
    // One live per booth: a second phone or a reloaded page gets the one on air (201 too), wherever it is held.
    const elsewhere = (await service.onAir()).find((l) => l.boothId === boothId.data);
    res.status(201).json({ live: elsewhere ?? service.open(boothId.data) });
  });

  /** The live named in the path, after checking the principal keeps its booth; forwarded when held elsewhere. */
  const ownLive: RequestHandler = async (req, res, next) => {
    const liveId = LiveIdSchema.safeParse(req.params.liveId);
    const at = liveId.success ? await locateLive(service, directory, liveId.data) : null;
    if (!at || (at.address && isForwarded(req))) return failLive(res, 404, 'liveNotFound');
    if (!canEditBooth(principalOf(req)!, at.live.boothId)) return failLive(res, 403, 'notBoothMember');
    if (at.address) return forwardTo(at.address, req, res);
    next();
  };

  r.post(path(LIVE_ROUTES.studioPublish), session, jsonOnce, ownLive, async (req, res) => {
    const body = validValue(SdpBodySchema, req.body, res);
    if (!body) return;
    const out = await service.publish(String(req.params.liveId), body.sdp);
    if (!out.ok) return failLive(res, SFU_STATUS[out.error], SFU_CODE[out.error]);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ sdp: out.sdp });
  });

  r.post(path(LIVE_ROUTES.studioEnd), session, ownLive, async (req, res) => {
    await service.end(String(req.params.liveId));
    res.status(204).end();
  });

  return r;
}
