/**
 * Booth pictures over HTTP:
 * - GET /media/:id/:variant.webp — a stored variant, the same bytes forever under its URL (the id is
 *   their hash), so browsers and proxies keep it a year without asking again. Every process serves
 *   every picture: they are in the database.
 * - POST /api/studio/booths/:boothId/media?kind=logo|image — a booth member (or staff) uploads the
 *   picture's bytes as the body (Content-Type image/*: what a phone's fetch(file) sends). Who is
 *   asking is checked before the body is read; the body is read here, not at the edge, up to
 *   MEDIA_MAX_BYTES (MEDIA_UPLOAD_BODY tells the edge to leave it).
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import {
  MEDIA_EXTENSION,
  MEDIA_MAX_BYTES,
  MediaIdSchema,
  MediaVariantSchema,
  UploadQuerySchema,
  type MediaErrorCode,
} from '../../shared/api/media.ts';
import type { Repos } from '../db/repos.ts';
import type { Logger } from '../logger.ts';
import type { MediaService } from '../media/service.ts';
import { readBody, refuseTooLarge, type StreamedBody } from './bodyLimit.ts';
import { notFound, sendError } from './errors.ts';
import { principalOf, requireBoothMember, requireSession } from './principal.ts';

const UPLOAD_PATH = /^\/api\/studio\/booths\/[^/]+\/media\/?$/i;

/** The edge's exception for the upload route (bodyLimit.ts): its body is read here, up to MEDIA_MAX_BYTES. */
export const MEDIA_UPLOAD_BODY: StreamedBody = { method: 'POST', path: UPLOAD_PATH, limit: MEDIA_MAX_BYTES };

const STATUS: Record<MediaErrorCode, number> = {
  invalid: 400,
  not_an_image: 415,
  heic_unsupported: 415,
  too_large: 413,
  too_many_pixels: 422,
  unreadable: 422,
  booth_full: 409,
  busy: 503,
  unknown_booth: 404,
};

function sendMediaError(res: Response, error: MediaErrorCode): void {
  res.setHeader('Cache-Control', 'no-store');
  if (error === 'busy') res.setHeader('Retry-After', '5');
  res.status(STATUS[error]).json({ error });
}

/** A year, and never revalidated: the bytes under a URL never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** GET /media/:id/:file — mounted before the client's pages, which would answer any other path. */
export function mediaFileRoutes(media: MediaService): Router {
  const r = Router();
  r.get('/:id/:file', async (req, res) => {
    const [name, ext, ...rest] = req.params.file.split('.');
    const id = MediaIdSchema.safeParse(req.params.id);
    const variant = MediaVariantSchema.safeParse(name);
    const file = id.success && variant.success && ext === MEDIA_EXTENSION && rest.length === 0 ? await media.file(id.data, variant.data) : null;
    if (!file) return sendError(res, 404, 'not_found');
    const etag = `"${id.data}-${variant.data}"`;
    res.set({ 'Cache-Control': IMMUTABLE, ETag: etag, 'Content-Type': file.contentType, 'Cross-Origin-Resource-Policy': 'same-origin' });
    // 304 whenever If-None-Match names it, even with `Cache-Control: no-cache` (which express's own
    // check, req.fresh, answers in full): the bytes under an ETag never change.
    if ((req.get('if-none-match') ?? '').split(',').some((t) => t.trim() === etag)) return void res.status(304).end();
    res.send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  });
  r.use(notFound);
  return r;
}

/** What an upload's Content-Type may be: any picture type, or a phone's "I don't know" for a file without one. */
const isUploadType = (req: Request): boolean => /^(image\/[\w.+-]+|application\/octet-stream)$/i.test((req.get('content-type') ?? '').split(';')[0]?.trim() ?? '');

export interface MediaUploadOptions {
  repos: Pick<Repos, 'accounts'>;
  media: MediaService;
  log: Pick<Logger, 'info'>;
}

/** POST /studio/booths/:boothId/media under /api: session, CSRF and booth membership first (principal.ts). */
export function mediaUploadRoutes({ repos, media, log }: MediaUploadOptions): Router {
  const r = Router();
  const upload: RequestHandler = async (req, res) => {
    const query = UploadQuerySchema.safeParse(req.query);
    if (!query.success) return sendMediaError(res, 'invalid');
    // The type is decided by content (encode.ts); the header only turns away what is plainly not a picture.
    if (!isUploadType(req)) return sendMediaError(res, 'not_an_image');
    const boothId = String(req.params.boothId);
    if (!(await media.hasRoom(boothId))) return sendMediaError(res, 'booth_full');
    // The edge leaves this route's body unread (MEDIA_UPLOAD_BODY); one it read anyway is not an upload.
    if (req.readableEnded) return sendMediaError(res, 'invalid');
    const body = await readBody(req, MEDIA_MAX_BYTES);
    if (body === 'gone') return;
    if (body === 'tooLarge') return refuseTooLarge(req, res, log);
    const result = await media.upload({ boothId, kind: query.data.kind, bytes: body, by: principalOf(req)?.accountId ?? null });
    if (!result.ok) return sendMediaError(res, result.error);
    res.setHeader('Cache-Control', 'no-store');
    res.status(result.created ? 201 : 200).json(result.media);
  };
  r.post('/studio/booths/:boothId/media', requireSession(repos), requireBoothMember('boothId'), upload);
  return r;
}
