/**
 * A picture's id: SHA-256 over its booth and its variants' names and bytes, base64url. The same
 * upload to the same booth is the same id (stored once), a changed picture a new id, so its URLs
 * can be cached forever. The booth is part of it because the row belongs to one booth (the per-booth
 * limit counts it, and removing the booth removes it): the same photo sent by two booths is two rows.
 */
import { createHash } from 'node:crypto';

export function mediaIdOf(boothId: string, files: readonly { variant: string; bytes: Uint8Array }[]): string {
  const h = createHash('sha256').update(`${boothId}\n`);
  // Each part's length goes in first, so no two different lists of parts hash the same bytes.
  for (const f of files) h.update(`${f.variant}\n${f.bytes.byteLength}\n`).update(f.bytes);
  return h.digest('base64url');
}
