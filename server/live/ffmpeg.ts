/**
 * Which ffmpeg makes the lives' HLS renditions and recordings: the binary the
 * @ffmpeg-installer/ffmpeg package ships for this platform, else `ffmpeg` on PATH, else none (the
 * app then serves lives over WebRTC only, and says so once). LIVE_HLS=off turns it off on purpose.
 */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type { Logger } from '../logger.ts';

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The package's binary; it throws (a string) when no binary exists for this platform. */
function packagedFfmpeg(): string | null {
  try {
    const { path } = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
    return executable(path) ? path : null;
  } catch {
    return null;
  }
}

function onPath(pathVar: string | undefined): string | null {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (dir !== '' && executable(join(dir, 'ffmpeg'))) return join(dir, 'ffmpeg');
  }
  return null;
}

export interface FfmpegSources {
  packaged?: () => string | null;
  pathVar?: string | undefined;
}

/** Called once per process (live/start.ts): its one log line says which way lives go. */
export function findFfmpeg(setting: 'on' | 'off', log: Pick<Logger, 'info' | 'warn'>, { packaged = packagedFfmpeg, pathVar = process.env.PATH }: FfmpegSources = {}): string | null {
  if (setting === 'off') {
    log.info('live HLS off (LIVE_HLS=off): lives are WebRTC only, neither recorded nor served to viewers over the SFU limit');
    return null;
  }
  const found = packaged() ?? onPath(pathVar);
  if (found) log.info({ ffmpeg: found }, 'live HLS on: lives are recorded, and viewers over LIVE_MAX_VIEWERS watch HLS');
  else log.warn('no ffmpeg (neither @ffmpeg-installer/ffmpeg nor ffmpeg on PATH): lives are WebRTC only, neither recorded nor served to viewers over the SFU limit');
  return found;
}
