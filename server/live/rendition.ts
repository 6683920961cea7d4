/**
 * A live's HLS rendition and recording, made by one ffmpeg child (runs in the SFU worker, which
 * feeds it). The publisher's RTP goes to ffmpeg over loopback UDP, described by an SDP file; ffmpeg
 * decodes VP8/Opus once and encodes H.264 (x264 veryfast, zerolatency) and AAC, written twice via
 * its tee muxer: a live playlist of 1 s segments with a window of the last few (what viewers over
 * the SFU's limit watch, served by http/liveHls.ts) and the whole broadcast as one MPEG-TS file.
 * Stopping asks ffmpeg to finish (SIGINT: it closes both outputs properly), then the recording is
 * remuxed into replay.mp4 and the rendition's files are removed.
 *
 * An ffmpeg that died mid-live is replaced by a new one (live/renditions.ts decides when): a new
 * part, which numbers its segments on from the last one written (a segment's name is never reused)
 * behind a discontinuity tag, and records into a part file of its own; the replay joins every part.
 */
import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { remuxToReplay, type RemuxResult } from './remux.ts';
import { rtpContinuity, type Rewrite } from './rtpContinuity.ts';

export type Kind = 'audio' | 'video';

/** Segment length (s) and how many the live playlist lists: the HLS delay is about three segments. */
export const SEGMENT_S = 1;
const WINDOW = 6;
/** The picture every rendition has, whatever the camera sends (a size change mid-stream would stop x264). */
const WIDTH = 960;
const HEIGHT = 540;
const PT = { video: 96, audio: 111 } as const;
/** ffmpeg has this long to close its files after SIGINT before it is killed. */
const STOP_MS = 8_000;
/**
 * A browser's encoder sends a keyframe only when asked: after a lost packet ffmpeg cannot decode
 * until the next one, so one is asked for at a gap in the video's sequence, and every this long in
 * case a loss happened where the worker cannot see it (ffmpeg's own socket).
 */
const KEYFRAME_EVERY_MS = 10_000;
/** ffmpeg's receive buffer for the RTP sockets (the kernel may cap it at net.core.rmem_max). */
const RTP_BUFFER = 4 * 1024 * 1024;

export const PLAYLIST = 'index.m3u8';
const SDP = 'live.sdp';
/** The recording of part 0 (the first ffmpeg), and of the parts after a restart. */
const recordingOf = (part: number): string => (part === 0 ? 'recording.ts' : `recording-${part}.ts`);
const RECORDING_FILE = /^recording(?:-(\d+))?\.ts$/;
const SEGMENT_FILE = /^seg-(\d+)\.ts$/;

export interface Rendition {
  /** A publisher's packet (serialised, without header extensions); copied, never changed. */
  write(kind: Kind, packet: Buffer): void;
  /** The live playlist is written: viewers can watch. */
  ready(): boolean;
  /** Whether ffmpeg needs a keyframe now (true once per need): a gap in the video, or a while without one. */
  wantsKeyframe(): boolean;
  /** Whether ffmpeg stopped on its own (its last words, for the log), or null while it runs. */
  failure(): string | null;
  /** Ends ffmpeg and makes the replay of every part (null: nothing was recorded). Idempotent. */
  stop(): Promise<RemuxResult | null>;
  /** Lets go of a part whose ffmpeg died (a new part takes over): its files stay for the next. */
  release(): void;
}

/** Two adjacent free UDP ports on loopback, RTP and RTCP, as ffmpeg binds them for each m-line. */
async function freePortPair(): Promise<number> {
  const bind = (port: number) =>
    new Promise<Socket | null>((resolve) => {
      const s = createSocket('udp4');
      s.once('error', () => resolve(null));
      s.bind(port, '127.0.0.1', () => resolve(s));
    });
  for (let i = 0; i < 50; i++) {
    const port = 20000 + 2 * Math.floor(Math.random() * 20000);
    const [a, b] = [await bind(port), await bind(port + 1)];
    a?.close();
    b?.close();
    if (a && b) return port;
  }
  throw new Error('no free UDP port pair on loopback');
}

const sdpOf = (video: number, audio: number): string =>
  [
    'v=0',
    'o=- 0 0 IN IP4 127.0.0.1',
    's=live',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=video ${video} RTP/AVP ${PT.video}`,
    `a=rtpmap:${PT.video} VP8/90000`,
    `m=audio ${audio} RTP/AVP ${PT.audio}`,
    `a=rtpmap:${PT.audio} opus/48000/2`,
    '',
  ].join('\n');

/** Paths are relative to the live's directory (ffmpeg's cwd): a data dir with ':' or '|' cannot break the tee syntax. */
const ffmpegArgs = (part: number, firstSegment: number): string[] => [
  ...['-hide_banner', '-nostdin', '-loglevel', 'error'],
  ...['-protocol_whitelist', 'file,udp,rtp', '-buffer_size', String(RTP_BUFFER), '-i', SDP],
  ...['-map', '0:v', '-map', '0:a'],
  ...['-vf', `scale=${WIDTH}:${HEIGHT}:force_original_aspect_ratio=decrease,pad=${WIDTH}:${HEIGHT}:(ow-iw)/2:(oh-ih)/2`, '-vsync', 'vfr'],
  ...['-c:v', 'libx264', '-preset', 'veryfast', '-tune', 'zerolatency', '-profile:v', 'main', '-pix_fmt', 'yuv420p', '-b:v', '1500k', '-maxrate', '2000k', '-bufsize', '2000k'],
  // A keyframe every segment: each segment starts one, so a player can start at any.
  ...['-force_key_frames', `expr:gte(t,n_forced*${SEGMENT_S})`],
  ...['-c:a', 'aac', '-b:a', '96k', '-ac', '2', '-ar', '48000'],
  // Audio flows while the video waits for its first keyframe: held for the muxer meanwhile (ffmpeg's
  // default of 128 packets ended the rendition with "Too many packets buffered" within seconds).
  ...['-max_muxing_queue_size', '8192'],
  ...['-f', 'tee', `[f=hls:hls_time=${SEGMENT_S}:hls_list_size=${WINDOW}:start_number=${firstSegment}:hls_flags=delete_segments${part > 0 ? '+discont_start' : ''}:hls_segment_filename=seg-%05d.ts]${PLAYLIST}|[f=mpegts]${recordingOf(part)}`],
];

/** The next segment number after those a previous part wrote (0 in a new directory). */
async function nextSegment(dir: string): Promise<number> {
  let next = 0;
  for (const name of await readdir(dir)) {
    const m = SEGMENT_FILE.exec(name);
    if (m) next = Math.max(next, Number(m[1]) + 1);
  }
  return next;
}

/** Every part's recording with something in it, in order. */
async function recordings(dir: string): Promise<string[]> {
  const parts: { part: number; name: string }[] = [];
  for (const name of await readdir(dir)) {
    const m = RECORDING_FILE.exec(name);
    if (m && (await stat(join(dir, name))).size > 0) parts.push({ part: Number(m[1] ?? 0), name });
  }
  return parts.sort((a, b) => a.part - b.part).map((p) => join(dir, p.name));
}

/** `part`: 0 for the live's first ffmpeg, then 1, 2… for those that replace one that died. */
export async function startRendition(ffmpeg: string, dir: string, part = 0): Promise<Rendition> {
  await mkdir(dir, { recursive: true });
  const firstSegment = await nextSegment(dir);
  // A part after a restart is ready when its own ffmpeg has written the playlist, not the dead one's.
  if (part > 0) await rm(join(dir, PLAYLIST), { force: true });
  const video = await freePortPair();
  let audio = await freePortPair();
  while (audio === video) audio = await freePortPair();
  await writeFile(join(dir, SDP), sdpOf(video, audio));
  const socket = createSocket('udp4');
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  socket.unref();

  const child = spawn(ffmpeg, ffmpegArgs(part, firstSegment), { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
  let exited = false;
  let stopping = false;
  let failed: string | null = null;
  const exit = new Promise<void>((resolve) => {
    child.on('error', (err) => {
      failed = String(err);
      exited = true;
      resolve();
    });
    child.on('exit', (code, signal) => {
      exited = true;
      if (!stopping) failed = `ffmpeg exited (${signal ?? code}): ${stderr.trim().slice(-300)}`;
      resolve();
    });
  });

  const ports = { video, audio };
  const rewrite: Record<Kind, Rewrite> = {
    video: rtpContinuity({ clockRate: 90000, payloadType: PT.video, ssrc: 1 }),
    audio: rtpContinuity({ clockRate: 48000, payloadType: PT.audio, ssrc: 2 }),
  };
  let isReady = false;
  let nextVideoSeq: number | null = null;
  let gap = false;
  let askedAt = performance.now();
  let stopped: Promise<RemuxResult | null> | undefined;

  let released = false;
  const release = (): void => {
    if (!released) socket.close();
    released = true;
  };
  const finish = async (): Promise<RemuxResult | null> => {
    stopping = true;
    if (!exited) {
      child.kill('SIGINT');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
      await exit;
      clearTimeout(killer);
    }
    release();
    const parts = await recordings(dir);
    const replay = parts.length > 0 ? await remuxToReplay(ffmpeg, dir, parts) : null;
    // The rendition is over (viewers watch the replay); the recordings stay only if no replay came of them.
    for (const name of await readdir(dir)) {
      const recording = RECORDING_FILE.test(name);
      if (name === PLAYLIST || name === SDP || SEGMENT_FILE.test(name) || (recording && (replay?.ok || parts.length === 0))) await rm(join(dir, name), { force: true });
    }
    if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true, force: true });
    return replay;
  };

  return {
    write(kind, packet) {
      if (exited || stopping) return;
      if (kind === 'video' && packet.length >= 12) {
        const seq = packet.readUInt16BE(2);
        if (nextVideoSeq !== null && seq !== nextVideoSeq) gap = true;
        nextVideoSeq = (seq + 1) & 0xffff;
      }
      const copy = Buffer.from(packet);
      rewrite[kind](copy, performance.now());
      socket.send(copy, ports[kind], '127.0.0.1');
    },
    ready() {
      return (isReady ||= existsSync(join(dir, PLAYLIST)));
    },
    wantsKeyframe() {
      const now = performance.now();
      if (isReady && !gap && now - askedAt < KEYFRAME_EVERY_MS) return false;
      gap = false;
      askedAt = now;
      return true;
    },
    failure: () => failed,
    stop: () => (stopped ??= finish()),
    release,
  };
}
