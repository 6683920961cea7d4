/**
 * Counting a live's HLS viewers (public): a viewer watching the rendition registers, sends a
 * heartbeat every HLS_HEARTBEAT_MS, and says goodbye when it stops or moves to WebRTC; the live's
 * viewer count is SFU and HLS viewers together (live/liveService.ts). No body is read: a request
 * for a live held by another process is forwarded there, as viewers' offers are.
 */
import { Router, type Request, type Response } from 'express';
import { LIVE_ROUTES, LiveIdSchema, ViewerIdSchema } from '../../shared/api/live.ts';
import type { LiveDirectory } from '../live/liveDirectory.ts';
import type { LiveService } from '../live/liveService.ts';
import { forwardTo, isForwarded } from '../live/proxy.ts';
import { failLive, locateLive } from './liveWatch.ts';

/** Mounted under /api. */
export function liveHlsViewerRoutes(service: LiveService, directory: LiveDirectory): Router {
  const r = Router();
  const path = (p: string) => p.replace(/^\/api/, '');

  /** The live's id if this process holds it; otherwise the request was forwarded or refused already. */
  const heldHere = async (req: Request, res: Response): Promise<string | null> => {
    const liveId = LiveIdSchema.safeParse(req.params.liveId);
    if (!liveId.success) return (failLive(res, 404, 'liveNotFound'), null);
    const at = await locateLive(service, directory, liveId.data);
    if (!at || (at.address && isForwarded(req))) return (failLive(res, 404, 'liveNotFound'), null);
    if (at.address) return (await forwardTo(at.address, req, res), null);
    res.setHeader('Cache-Control', 'no-store');
    return liveId.data;
  };

  r.post(path(LIVE_ROUTES.hlsViewers), async (req, res) => {
    const liveId = await heldHere(req, res);
    if (!liveId) return;
    const viewerId = service.watchHls(liveId);
    if (!viewerId) return failLive(res, 503, 'liveFull');
    res.status(201).json({ viewerId });
  });

  r.put(path(LIVE_ROUTES.hlsViewer), async (req, res) => {
    const viewerId = ViewerIdSchema.safeParse(req.params.viewerId);
    if (!viewerId.success) return failLive(res, 404, 'liveNotFound');
    const liveId = await heldHere(req, res);
    if (!liveId) return;
    if (!service.watchHls(liveId, viewerId.data)) return failLive(res, 503, 'liveFull');
    res.status(204).end();
  });

  r.delete(path(LIVE_ROUTES.hlsViewer), async (req, res) => {
    const viewerId = ViewerIdSchema.safeParse(req.params.viewerId);
    if (!viewerId.success) return failLive(res, 404, 'liveNotFound');
    const liveId = await heldHere(req, res);
    if (!liveId) return;
    service.leaveHls(liveId, viewerId.data);
    res.status(204).end();
  });

  return r;
}
