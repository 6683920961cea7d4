/**
 * One binary frame of avatar positions, sent outside Colyseus state (room.broadcastBytes / enqueueRaw).
 * The stack notes measured one shared frame per grid cell at half the CPU of StateView at 1,000
 * visitors, at 7 bytes per avatar; this file is the frame's byte layout, nothing else.
 *
 * Layout, little-endian (what every browser and server CPU is, so no byte swapping):
 *   header  7 B: type uint8 (FRAME_TYPE_POSITIONS) · tick uint32 · count uint16
 *   avatar  7 B: slotAndFlags uint16 · x uint16 · z uint16 · heading uint8
 * slotAndFlags = slot (low 12 bits) | flags << 12. Slot, x, z, heading and a flags byte would be
 * 8 B; packing four flag bits beside a 12-bit slot keeps the measured 7 B (an eighth less downlink,
 * and ≤3 KB/s per visitor is the tightest budget). A shard holds 1,000 visitors by default, so
 * 4,096 slots is ample. x and z come from quantizePos over the layout bounds, heading from
 * quantizeHeading8. The tick wraps at 2^32 (6.8 years at 20 Hz).
 */

export const FRAME_TYPE_POSITIONS = 1;
export const FRAME_HEADER_BYTES = 7;
export const FRAME_AVATAR_BYTES = 7;
export const FRAME_MAX_AVATARS = 0xffff;
/** Slots run from 0 to FRAME_MAX_SLOT. */
export const FRAME_MAX_SLOT = 0x0fff;

/** The four flag bits an avatar carries. */
export const AVATAR_FLAG = {
  /** Walking: play the walk cycle. */
  moving: 1,
  running: 2,
  /** Jumped (teleport, respawn): snap, don't slide — clear its snapshot buffer. */
  teleported: 4,
  /** Standing at a booth. */
  atBooth: 8,
} as const;
const FLAG_MASK = 0x0f;

/** Per-slot quantized state, filled once per tick and shared by every cell's frame. */
export interface AvatarTable {
  x: Uint16Array;
  z: Uint16Array;
  heading: Uint8Array;
  flags: Uint8Array;
}

export type FrameError = 'notBytes' | 'truncated' | 'badType' | 'lengthMismatch';
export type FrameResult = { ok: true; tick: number; count: number } | { ok: false; error: FrameError };
export type FrameAvatarVisitor = (slot: number, x: number, z: number, heading: number, flags: number) => void;

export function frameByteLength(count: number): number {
  return FRAME_HEADER_BYTES + count * FRAME_AVATAR_BYTES;
}

/**
 * Write the frame for `slots[0..count)` into `into`; returns the byte length written.
 * Throws RangeError on a programmer error (buffer too small, slot out of range): the server makes
 * these, so a wrong one is a bug to surface, not input to tolerate. Flags above 4 bits are dropped.
 */
export function encodeFrame(
  into: Uint8Array,
  tick: number,
  slots: ArrayLike<number>,
  count: number,
  table: AvatarTable,
): number {
  if (!Number.isInteger(count) || count < 0 || count > FRAME_MAX_AVATARS || count > slots.length) {
    throw new RangeError(`bad avatar count ${count}`);
  }
  const length = frameByteLength(count);
  if (into.byteLength < length) throw new RangeError(`frame needs ${length} B, buffer has ${into.byteLength}`);
  const view = new DataView(into.buffer, into.byteOffset, length);
  view.setUint8(0, FRAME_TYPE_POSITIONS);
  view.setUint32(1, tick >>> 0, true);
  view.setUint16(5, count, true);
  let o = FRAME_HEADER_BYTES;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    if (!Number.isInteger(slot) || slot < 0 || slot > FRAME_MAX_SLOT || slot >= table.x.length) {
      throw new RangeError(`bad slot ${slot}`);
    }
    view.setUint16(o, slot | ((table.flags[slot]! & FLAG_MASK) << 12), true);
    view.setUint16(o + 2, table.x[slot]!, true);
    view.setUint16(o + 4, table.z[slot]!, true);
    view.setUint8(o + 6, table.heading[slot]!);
    o += FRAME_AVATAR_BYTES;
  }
  return length;
}

/**
 * Check a received frame and, only if it is whole and well-formed, call `visit` once per avatar.
 * Never throws on any input: a truncated or garbage frame returns an error and visits nothing, so
 * a half-applied frame can never move some avatars and not others. Works on subarrays (the
 * Colyseus client hands over a view into a larger buffer: mind byteOffset).
 */
export function decodeFrame(bytes: unknown, visit?: FrameAvatarVisitor): FrameResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'notBytes' };
  if (bytes.byteLength < FRAME_HEADER_BYTES) return { ok: false, error: 'truncated' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== FRAME_TYPE_POSITIONS) return { ok: false, error: 'badType' };
  const tick = view.getUint32(1, true);
  const count = view.getUint16(5, true);
  const expected = frameByteLength(count);
  if (bytes.byteLength < expected) return { ok: false, error: 'truncated' };
  if (bytes.byteLength > expected) return { ok: false, error: 'lengthMismatch' };
  if (visit) {
    for (let i = 0, o = FRAME_HEADER_BYTES; i < count; i++, o += FRAME_AVATAR_BYTES) {
      const packed = view.getUint16(o, true);
      visit(packed & FRAME_MAX_SLOT, view.getUint16(o + 2, true), view.getUint16(o + 4, true), view.getUint8(o + 6), packed >>> 12);
    }
  }
  return { ok: true, tick, count };
}
