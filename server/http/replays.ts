/**
 * Replays over HTTP (shared/api/replays.ts): GET /api/booths/:boothId/replays lists a booth's
 * replays with their product tags (public); GET /media/replays/:replayId.mp4 serves the file with
 * Range (206) so a player seeks, the path always the database's, never the request's; DELETE
 * /api/studio/booths/:boothId/replays/:replayId for the booth's members and staff removes the
 * replay, its tags and its file. Ids are checked for their shape first: anything else is 404.
 */
import { Router, type Response } from 'express';
import { unlink } from 'node:fs/promises';
import { ReplayIdSchema, REPLAY_ROUTES, replayPath, type ReplayErrorCode, type ReplayView } from '../../shared/api/replays.ts';
import { tagsOf } from '../../shared/replays/tags.ts';
import { IdSchema } from '../../shared/schemas/localized.ts';
import type { Repos } from '../db/repos.ts';
import type { ReplayRecord } from '../db/replaysRepo.ts';
import type { Logger } from '../logger.ts';
import { canEditBooth, principalOf, requireSession } from './principal.ts';

export interface ReplayRouteOptions {
  repos: Pick<Repos, 'accounts' | 'replays'>;
  log: Pick<Logger, 'warn' | 'info'>;
}

function refuse(res: Response, status: number, error: ReplayErrorCode): void {
  res.setHeader('Cache-Control', 'no-store');
  res.status(status).json({ error });
}

const viewOf = (r: ReplayRecord, pins: Parameters<typeof tagsOf>[0]): ReplayView => ({
  id: r.id,
  boothId: r.boothId,
  startedAt: r.startedAt.toISOString(),
  durationMs: r.durationMs,
  src: replayPath(REPLAY_ROUTES.file, { replayId: r.id }),
  tags: tagsOf(pins, r.startedAt.getTime(), r.durationMs),
});

/** Under /api: the list (public) and the delete (members and staff). */
export function replayApiRoutes({ repos, log }: ReplayRouteOptions): Router {
  const router = Router();
  const session = requireSession(repos);

  router.get('/booths/:boothId/replays', async (req, res) => {
    const boothId = IdSchema.safeParse(req.params['boothId']);
    if (!boothId.success) return refuse(res, 404, 'not_found');
    const rows = await repos.replays.listForBooth(boothId.data);
    if (!rows) return refuse(res, 404, 'not_found');
    // Short: a replay registered or deleted shows within seconds.
    res.setHeader('Cache-Control', 'public, max-age=5');
    res.json({ replays: rows.map((r) => viewOf(r.replay, r.pins)) });
  });

  router.delete('/studio/booths/:boothId/replays/:replayId', session, async (req, res) => {
    const boothId = String(req.params['boothId']);
    if (!canEditBooth(principalOf(req)!, boothId)) return refuse(res, 403, 'forbidden');
    const id = ReplayIdSchema.safeParse(req.params['replayId']);
    const valid = IdSchema.safeParse(boothId).success && id.success;
    const gone = valid ? await repos.replays.remove(boothId, id.data!) : null;
    if (!gone) return refuse(res, 404, 'not_found');
    // The row is gone first: a file left behind (unlink failed) is never served again.
    await unlink(gone.file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') log.warn({ err, replayId: gone.id }, 'replay file not deleted');
    });
    log.info({ replayId: gone.id, boothId }, 'replay deleted');
    res.status(204).end();
  });

  return router;
}

/** Under /media, before the pictures' routes (they end /media with a 404). */
export function replayFileRoutes({ repos }: Pick<ReplayRouteOptions, 'repos'>): Router {
  const router = Router();
  router.get('/replays/:replayId.mp4', async (req, res) => {
    const id = ReplayIdSchema.safeParse(req.params['replayId']);
    const replay = id.success ? await repos.replays.find(id.data) : null;
    if (!replay) return refuse(res, 404, 'not_found');
    res.sendFile(
      replay.file,
      // The file never changes under its id (a deleted replay's id is not reused).
      { headers: { 'Content-Type': 'video/mp4', 'Cross-Origin-Resource-Policy': 'same-origin' }, maxAge: '1h', dotfiles: 'allow' },
      (err?: Error & { status?: number }) => {
        if (!err || res.headersSent) return;
        // A range past the end keeps its 416 (Content-Range says the size); anything else, the file is gone.
        if (err.status === 416) return void res.status(416).end();
        refuse(res, 404, 'not_found');
      },
    );
  });
  return router;
}
