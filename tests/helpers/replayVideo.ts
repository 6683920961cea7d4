/**
 * A real replay file as the recorder writes one: a seekable H.264 MP4 (moov first) made by the
 * shipped ffmpeg (@ffmpeg-installer) from its test pattern, `seconds` long.
 */
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function makeReplayMp4(file: string, seconds = 6): Promise<string> {
  mkdirSync(dirname(file), { recursive: true });
  const args = ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `testsrc=size=640x360:rate=25`, '-t', String(seconds), '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', file];
  await run(ffmpeg.path, args, { timeout: 60_000 });
  return file;
}
