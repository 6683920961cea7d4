/**
 * A 720p VP8 clip for bench:live's publisher, and the RTP framing of its frames (RFC 7741). The clip
 * is encoded once by the shipped ffmpeg into an IVF file before anything is measured; the bench
 * then replays its frames itself (packetised here, paced by lib/livePublisher.ts), so no encoder
 * takes CPU during the measurement and RTP timestamps and sequence numbers stay continuous when
 * the clip loops.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLIP_FPS = 30;
/**
 * A keyframe every half second. The replayed clip cannot answer a viewer's keyframe request as a
 * browser publisher does, so a joiner waits for the next one: 0.25 s on average, inside first_frame_ms.
 */
export const CLIP_GOP = 15;

/** Encodes `seconds` of ffmpeg's testsrc2 at 1280×720, 30 fps, ~`kbps` into an IVF file. */
export function encodeClip(ffmpeg: string, out: string, seconds: number, kbps: number): void {
  const rate = `${kbps}k`;
  const r = spawnSync(ffmpeg, [
    '-hide_banner', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=1280x720:rate=${CLIP_FPS}`, '-t', String(seconds),
    '-c:v', 'libvpx', '-b:v', rate, '-minrate', rate, '-maxrate', rate, '-deadline', 'realtime', '-cpu-used', '8', '-g', String(CLIP_GOP),
    '-f', 'ivf', out,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`ffmpeg could not encode the clip (${r.status ?? r.signal}): ${r.stderr.toString()}`);
}

/** The frames of an IVF file (32-byte file header; each frame a 12-byte header: size u32le, pts u64le). */
export function ivfFrames(file: Buffer): Buffer[] {
  if (file.subarray(0, 4).toString('latin1') !== 'DKIF') throw new Error('not an IVF file');
  const frames: Buffer[] = [];
  for (let at = file.readUInt16LE(6); at + 12 <= file.length; ) {
    const size = file.readUInt32LE(at);
    frames.push(file.subarray(at + 12, at + 12 + size));
    at += 12 + size;
  }
  return frames;
}

export const readClip = (path: string): Buffer[] => ivfFrames(readFileSync(path));

/**
 * `seconds` of the clip at ~`kbps`, encoded by the binary the server's HLS uses (server/live/ffmpeg.ts,
 * shipped as an npm package) in a folder of its own, read and removed: its frames and measured rate.
 */
export function benchClip(seconds: number, kbps: number): { frames: Buffer[]; kbps: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-live-clip-'));
  try {
    const { path: ffmpeg } = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
    encodeClip(ffmpeg, join(dir, 'clip.ivf'), seconds, kbps);
    const frames = readClip(join(dir, 'clip.ivf'));
    return { frames, kbps: Math.round((frames.reduce((sum, f) => sum + f.length, 0) * 8) / (frames.length / CLIP_FPS) / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One frame's RTP payloads, each at most `maxPayload` bytes: a one-byte VP8 payload descriptor (S set
 * on the frame's first packet, partition 0) and a slice of the frame. The last one carries the marker.
 */
export function packetizeVp8(frame: Buffer, maxPayload = 1200): Buffer[] {
  const chunk = maxPayload - 1;
  const out: Buffer[] = [];
  for (let at = 0; at < frame.length || out.length === 0; at += chunk) {
    out.push(Buffer.concat([Buffer.from([at === 0 ? 0x10 : 0x00]), frame.subarray(at, at + chunk)]));
  }
  return out;
}

/** Offset of the VP8 payload after the descriptor (RFC 7741 §4.2: X, then I with an M-sized picture id, L, T/K). */
function payloadOffset(p: Uint8Array): number {
  let at = 1;
  if (p[0]! & 0x80) {
    const x = p[at++]!;
    if (x & 0x80) at += p[at]! & 0x80 ? 2 : 1;
    if (x & 0x40) at++;
    if (x & 0x30) at++;
  }
  return at;
}

/** Whether an RTP payload starts a VP8 keyframe (S set, partition 0, the frame header's P bit clear). */
export function startsKeyframe(payload: Uint8Array): boolean {
  if (payload.length < 2 || (payload[0]! & 0x1f) !== 0x10) return false;
  const at = payloadOffset(payload);
  return at < payload.length && (payload[at]! & 0x01) === 0;
}

/** Whether a frame (raw VP8, as in the IVF file) is a keyframe. */
export const isKeyframe = (frame: Uint8Array): boolean => frame.length > 0 && (frame[0]! & 0x01) === 0;
