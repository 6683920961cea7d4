/**
 * A live's recording (MPEG-TS, written while it is on air) made into the seekable replay: the same
 * streams copied, not re-encoded, into an MP4 whose index (moov) comes first (+faststart), so a
 * player can seek before it has the whole file. Written beside it and renamed into place, so
 * whoever reads replay.mp4 never sees half a file.
 */
import { spawn } from 'node:child_process';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** ffmpeg's run: its exit code and the end of what it said. */
function run(ffmpeg: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)));
    child.on('error', (err) => resolve({ code: null, stderr: String(err) }));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The media's duration as ffmpeg reads it (ffmpeg 4.1 ships without ffprobe), or null. */
export async function durationMs(ffmpeg: string, file: string): Promise<number | null> {
  const { stderr } = await run(ffmpeg, ['-i', file]);
  const m = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(stderr);
  return m ? Math.round((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000) : null;
}

export type RemuxResult = { ok: true; file: string; durationMs: number } | { ok: false; detail: string };

/**
 * `recordings`: the live's parts in order (more than one when its ffmpeg was restarted), joined by
 * ffmpeg's concat demuxer, which carries each part's timestamps on after the previous one's.
 */
export async function remuxToReplay(ffmpeg: string, dir: string, recordings: string[]): Promise<RemuxResult> {
  const file = join(dir, 'replay.mp4');
  const part = join(dir, 'replay.part.mp4');
  const list = join(dir, 'parts.txt');
  let input = ['-i', recordings[0] ?? ''];
  if (recordings.length > 1) {
    await writeFile(list, recordings.map((r) => `file '${r.replace(/'/g, "'\\''")}'\n`).join(''));
    input = ['-f', 'concat', '-safe', '0', '-i', list];
  }
  const r = await run(ffmpeg, ['-loglevel', 'error', '-y', ...input, '-map', '0', '-c', 'copy', '-bsf:a', 'aac_adtstoasc', '-movflags', '+faststart', '-f', 'mp4', part]);
  await rm(list, { force: true });
  if (r.code !== 0) {
    await rm(part, { force: true });
    return { ok: false, detail: r.stderr.trim().slice(-500) };
  }
  await rename(part, file);
  const ms = await durationMs(ffmpeg, file);
  return ms && ms > 0 ? { ok: true, file, durationMs: ms } : { ok: false, detail: 'the replay has no duration' };
}
