/**
 * A live's HLS rendition over HTTP (GET /media/lives/:liveId/:file): the live playlist, cacheable
 * for a second, and its segments, immutable (a segment's name is never reused within a live, and a
 * live's id never again), so nginx or a CDN in front fans them out to any audience. Only the
 * process holding the live has its files: a request for a live held elsewhere (with REDIS_URL) is
 * forwarded there once, as viewers' offers are (live/proxy.ts). Ids and names are checked against
 * their schemas first, so no path ever leaves the live's own directory.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Router, type Response } from 'express';
import { HLS_PLAYLIST, HlsFileSchema, LiveIdSchema } from '../../shared/api/live.ts';
import type { LiveDirectory } from '../live/liveDirectory.ts';
import type { LiveService } from '../live/liveService.ts';
import { forwardTo, isForwarded } from '../live/proxy.ts';
import { sendError } from './errors.ts';
import { locateLive } from './liveWatch.ts';

const PLAYLIST_CACHE = 'public, max-age=1';
const SEGMENT_CACHE = 'public, max-age=31536000, immutable';

/** ffmpeg rewrites the playlist in place: a read that caught it half-written is read again. */
async function wholePlaylist(file: string): Promise<Buffer | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) return null;
    const text = bytes.toString('utf8');
    if (text.startsWith('#EXTM3U') && text.endsWith('\n')) return bytes;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/** Mounted at /media/lives; `livesDir` is <data dir>/lives, where the SFU worker's ffmpeg writes. */
export function liveHlsRoutes(service: LiveService, directory: LiveDirectory, livesDir: string): Router {
  const r = Router();
  const missing = (res: Response): void => sendError(res, 404, 'not_found');

  r.get('/:liveId/:file', async (req, res) => {
    const liveId = LiveIdSchema.safeParse(req.params.liveId);
    const file = HlsFileSchema.safeParse(req.params.file);
    if (!liveId.success || !file.success) return missing(res);
    const at = await locateLive(service, directory, liveId.data);
    if (!at || (at.address && isForwarded(req))) return missing(res);
    if (at.address) return forwardTo(at.address, req, res);
    const dir = join(livesDir, liveId.data);
    if (file.data === HLS_PLAYLIST) {
      const bytes = await wholePlaylist(join(dir, HLS_PLAYLIST));
      if (!bytes) return missing(res);
      res.set({ 'Cache-Control': PLAYLIST_CACHE, 'Content-Type': 'application/vnd.apple.mpegurl' });
      return void res.send(bytes);
    }
    res.set({ 'Cache-Control': SEGMENT_CACHE, 'Content-Type': 'video/mp2t' });
    res.sendFile(file.data, { root: dir, cacheControl: false, dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) missing(res);
    });
  });
  return r;
}
