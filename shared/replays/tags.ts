/**
 * A replay's tags from the pins of its live: each pin at its offset into the video. The recording
 * may start after the live opened (the publisher connects later), so the offset is taken from the
 * replay's own start: a product pinned before it is on screen from 0; one pinned after the video
 * ended is left out (there is nothing to jump to).
 */

export interface PinRecord {
  listingId: string;
  name: string;
  /** The server's clock when it was pinned (ms since the epoch). */
  pinnedAt: number;
}

export interface TagAt {
  listingId: string;
  name: string;
  offsetMs: number;
}

/** ms from `startedAt` to `at`, never below 0; null when it is past `durationMs`. */
export function offsetInto(startedAt: number, durationMs: number, at: number): number | null {
  const offset = Math.max(0, Math.round(at - startedAt));
  return offset > durationMs ? null : offset;
}

/** The pins that fall inside the replay, as tags in the order they were pinned (ties: by name, then listing). */
export function tagsOf(pins: readonly PinRecord[], startedAt: number, durationMs: number): TagAt[] {
  const tags: TagAt[] = [];
  for (const p of pins) {
    const offsetMs = offsetInto(startedAt, durationMs, p.pinnedAt);
    if (offsetMs !== null) tags.push({ listingId: p.listingId, name: p.name, offsetMs });
  }
  return tags.sort((a, b) => a.offsetMs - b.offsetMs || a.name.localeCompare(b.name) || a.listingId.localeCompare(b.listingId));
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A video time as people read it: "m:ss", or "h:mm:ss" from an hour on. */
export function clockOf(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
