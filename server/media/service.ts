/**
 * Booth pictures: an upload from an already-authorised actor is encoded (encode.ts, at most
 * MEDIA_CONCURRENCY at once, off the halls' thread on libuv's pool) and stored with all its
 * variants in one transaction; files are served from a small in-process cache over the database.
 */
import { availableParallelism } from 'node:os';
import { MEDIA_MAX_PER_BOOTH, mediaUrl, type MediaErrorCode, type MediaKind, type UploadedMedia } from '../../shared/api/media.ts';
import type { MediaFile, MediaRepo } from '../db/mediaRepo.ts';
import type { Logger } from '../logger.ts';
import { encodeUpload } from './encode.ts';
import { createFileCache } from './fileCache.ts';
import { createGate } from './gate.ts';
import { mediaIdOf } from './mediaId.ts';

/**
 * Encodes at once: each takes one core while it runs, and one core stays for the thread that ticks
 * the halls, so 1 on a 2-core machine, 2 from 3 cores on.
 */
export const MEDIA_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Uploads waiting for a slot; past that, 'busy' (each waiting one holds its body, up to 10 MB). */
export const MEDIA_WAITING = 8;
/** The served files kept in memory (a booth's variants are 5-80 KB each). */
export const MEDIA_CACHE_BYTES = 32 * 1024 * 1024;

export interface Upload {
  boothId: string;
  kind: MediaKind;
  bytes: Uint8Array;
  /** The uploader's account id, or null. */
  by: string | null;
}

export type UploadResult = { ok: true; created: boolean; media: UploadedMedia } | { ok: false; error: MediaErrorCode };

export interface MediaService {
  upload(u: Upload): Promise<UploadResult>;
  /** Whether the booth may keep one more picture (asked before an upload's body is read). */
  hasRoom(boothId: string): Promise<boolean>;
  /** A variant's file to serve, or null. */
  file(id: string, variant: string): Promise<MediaFile | null>;
}

export interface MediaServiceOptions {
  repo: MediaRepo;
  log: Pick<Logger, 'info'>;
  maxPerBooth?: number;
  concurrency?: number;
  waiting?: number;
}

export function createMediaService({ repo, log, maxPerBooth = MEDIA_MAX_PER_BOOTH, concurrency = MEDIA_CONCURRENCY, waiting = MEDIA_WAITING }: MediaServiceOptions): MediaService {
  const gate = createGate(concurrency, waiting);
  const cache = createFileCache<MediaFile>(MEDIA_CACHE_BYTES);

  return {
    async upload({ boothId, kind, bytes, by }) {
      const slot = await gate.run(() => encodeUpload(bytes, kind));
      if (!slot.ok) return { ok: false, error: 'busy' };
      const result = slot.value;
      if (!result.ok) {
        log.info({ boothId, kind, bytes: bytes.byteLength, code: result.error }, 'media upload refused');
        return result;
      }
      const { width, height, files } = result.encoded;
      const id = mediaIdOf(boothId, files);
      const stored = await repo.store({ id, boothId, uploadedBy: by, width, height, files, maxPerBooth });
      if (!stored.ok) return { ok: false, error: stored.reason };
      const media: UploadedMedia = {
        id,
        kind,
        width,
        height,
        variants: files.map((f) => ({ variant: f.variant, url: mediaUrl(id, f.variant), width: f.width, height: f.height })),
      };
      return { ok: true, created: stored.created, media };
    },

    async hasRoom(boothId) {
      return (await repo.countForBooth(boothId)) < maxPerBooth;
    },

    async file(id, variant) {
      const key = `${id}/${variant}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const file = await repo.file(id, variant);
      if (file) cache.set(key, file);
      return file;
    },
  };
}
