/**
 * What the server asks of the database about booth pictures: store one with all its files at once,
 * read a file to serve it, describe one. Types and names only (repos.ts); the queries are in
 * mediaDrizzle.ts. Bytes cross the PGlite worker's boundary as Uint8Array (structured clone).
 */

export interface MediaFileWrite {
  /** The size's name (shared/api/media.ts MEDIA_VARIANTS). */
  variant: string;
  contentType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface MediaWrite {
  /** Content hash (server/media/mediaId.ts): the same picture for the same booth is the same id. */
  id: string;
  boothId: string;
  /** The uploader's account, or null (a script, a test). */
  uploadedBy: string | null;
  width: number;
  height: number;
  files: MediaFileWrite[];
  /** Refused with `booth_full` when the booth keeps this many already. */
  maxPerBooth: number;
}

export type MediaWriteResult =
  /** `created: false`: this picture was stored before; nothing changed. */
  | { ok: true; created: boolean }
  | { ok: false; reason: 'unknown_booth' | 'booth_full' };

export interface MediaFile {
  contentType: string;
  bytes: Uint8Array;
}

export interface MediaInfo {
  id: string;
  boothId: string;
  width: number;
  height: number;
  createdAt: Date;
  variants: { variant: string; width: number; height: number }[];
}

export interface MediaRepo {
  /** The picture and every file of it in one transaction: a stored picture always has all its files. */
  store(m: MediaWrite): Promise<MediaWriteResult>;
  /** One file to serve, or null. */
  file(id: string, variant: string): Promise<MediaFile | null>;
  /** A stored picture without its bytes (for the routes that save booth fields naming it), or null. */
  find(id: string): Promise<MediaInfo | null>;
  /** How many pictures the booth keeps (an upload past the limit is refused before its body is read). */
  countForBooth(boothId: string): Promise<number>;
}

/** The repository's methods, for the worker's message protocol. */
export const MEDIA_REPO_METHODS = ['store', 'file', 'find', 'countForBooth'] as const satisfies readonly (keyof MediaRepo)[];
