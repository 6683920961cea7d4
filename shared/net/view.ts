/**
 * The hall's per-visitor binary message (Colyseus bytes message type HALL_BYTES.view), decoded by the
 * client and the load bots. Pure (no server or browser imports), so the room, the /world client and
 * the bots share one codec.
 *
 * Layout, little-endian:
 *   ack        uint32   the visitor's last applied input seq (for reconciliation)
 *   goneCount  uint8    avatars that left this visitor's interest set…
 *   gone       uint16 × goneCount   …by slot: hide them
 *   frame      shared/net/frame.ts positions frame (tick, then 7 B per avatar); the visitor's own
 *              avatar is in it when its pose changed
 * Avatars absent from a frame are unchanged (or, beyond the nearest 12, due on a later tick).
 */
import { decodeFrame, frameByteLength, type FrameAvatarVisitor, type FrameResult } from './frame.ts';

/** Numeric Colyseus message types (one byte on the wire). */
export const HALL_BYTES = { view: 1 } as const;

export const VIEW_HEADER_BYTES = 5;

export function viewMessageMaxBytes(maxAvatars: number, maxGone: number): number {
  return VIEW_HEADER_BYTES + maxGone * 2 + frameByteLength(maxAvatars);
}

/** Writes ack and the gone list; returns the offset where the frame starts. */
export function writeViewHeader(out: Uint8Array, ack: number, gone: Uint16Array, goneCount: number): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(0, ack >>> 0, true);
  view.setUint8(4, goneCount);
  let o = VIEW_HEADER_BYTES;
  for (let i = 0; i < goneCount; i++, o += 2) view.setUint16(o, gone[i]!, true);
  return o;
}

export type ViewResult =
  | { ok: true; ack: number; tick: number; count: number }
  | { ok: false; error: 'notBytes' | 'truncated' | Exclude<FrameResult, { ok: true }>['error'] };

/**
 * Decode one view message; never throws. `onGone` runs for each departed slot and `visit` for each
 * avatar, only when the whole message is well-formed.
 */
export function decodeView(bytes: unknown, visit?: FrameAvatarVisitor, onGone?: (slot: number) => void): ViewResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'notBytes' };
  if (bytes.byteLength < VIEW_HEADER_BYTES) return { ok: false, error: 'truncated' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ack = view.getUint32(0, true);
  const goneCount = view.getUint8(4);
  const frameAt = VIEW_HEADER_BYTES + goneCount * 2;
  if (bytes.byteLength < frameAt) return { ok: false, error: 'truncated' };
  const frame = decodeFrame(bytes.subarray(frameAt));
  if (!frame.ok) return frame;
  if (onGone) for (let o = VIEW_HEADER_BYTES; o < frameAt; o += 2) onGone(view.getUint16(o, true));
  if (visit) decodeFrame(bytes.subarray(frameAt), visit);
  return { ok: true, ack, tick: frame.tick, count: frame.count };
}
