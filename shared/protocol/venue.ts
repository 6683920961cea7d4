/**
 * The venue fingerprint: a hash of the layout a client built from the catalogue, sent in the join
 * options. The server compares it with its own layout's and refuses a mismatch with `venueChanged`,
 * so a client never decodes positions against other quantization bounds, predicts against other
 * walls or teleports to points the server does not have. Staff will add booths while visitors
 * walk (the database issue): a page that loaded the old layout then re-reads the venue and joins
 * again instead of drawing everyone a few metres off.
 *
 * What it covers is what both runners must agree on: the bounds positions are quantized over, the
 * spawn, the booths (id, place, size, where one stands to use it), the teleport points and the
 * colliders. Signs, areas and walkways are drawn only, so they are left out. Numbers are rounded
 * to millimetres and milliradians first: the layout uses Math.sin/cos, which JavaScript engines
 * may round differently in the last bit, and such a bit must not read as a different venue.
 */
import type { Layout, Rect, Vec2 } from '../world/types.ts';

const mm = (v: number): number => Math.round(v * 1000);
const point = (p: Vec2): string => `${mm(p.x)},${mm(p.z)}`;
const rect = (r: Rect): string => `${mm(r.minX)},${mm(r.minZ)},${mm(r.maxX)},${mm(r.maxZ)}`;

/** The layout's agreed parts as one canonical string (exported for tests that show what changes it). */
export function venueText(layout: Layout): string {
  const parts = [`bounds ${rect(layout.bounds)}`, `spawn ${point(layout.spawn.position)} ${mm(layout.spawn.heading)}`];
  for (const b of layout.booths) {
    parts.push(`booth ${b.id} ${point(b.position)} ${mm(b.heading)} ${mm(b.width)}x${mm(b.depth)} ${point(b.interactPoint)} ${mm(b.interactRadius)}`);
  }
  for (const t of layout.teleports) parts.push(`teleport ${t.id} ${point(t.position)} ${mm(t.heading)}`);
  for (const c of layout.colliders) parts.push(`collider ${rect(c)}`);
  return parts.join('\n');
}

/**
 * 64-bit FNV-1a over the UTF-16 code units of `text`, as 16 hex digits. Two 32-bit halves instead
 * of BigInt: shared/ runs in every browser, and this stays plain number arithmetic (all exact below
 * 2^53). The prime 2^40 + 0x1b3 multiplies as `h * 0x1b3 + (h << 40)`.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The venue fingerprint of a layout (16 hex digits). */
export function venueFingerprint(layout: Layout): string {
  return fnv1a64(venueText(layout));
}

/** Its shape in the join options. */
export const VENUE_FINGERPRINT = /^[0-9a-f]{16}$/;
