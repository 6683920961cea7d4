/**
 * The seam where a live's recording becomes a replay (issue 10 §6): when a live has ended and its
 * recording has been remuxed into `<data dir>/lives/<liveId>/replay.mp4` (seekable: moov first),
 * every listener registered with onReplayFile is called once with where it is and what it was.
 * Listeners run in the process that held the live (the file is on its disk); one that throws is
 * logged by the caller and does not keep the others from being told.
 */
import { EventEmitter } from 'node:events';

export interface ReplayFile {
  liveId: string;
  boothId: string;
  /** ISO times: the live opened, the live ended. */
  startedAt: string;
  endedAt: string;
  /** The replay's media duration, as ffmpeg reads it from the file. */
  durationMs: number;
  /** Absolute path of replay.mp4. */
  file: string;
}

const replays = new EventEmitter<{ replay: [ReplayFile] }>();

/** Calls `listener` for every replay made from now on; returns the function that stops it. */
export function onReplayFile(listener: (replay: ReplayFile) => void): () => void {
  replays.on('replay', listener);
  return () => void replays.off('replay', listener);
}

/** Told by the live service when a replay is ready; returns the errors listeners threw. */
export function replayFileReady(replay: ReplayFile): unknown[] {
  const errors: unknown[] = [];
  for (const listener of replays.listeners('replay') as ((r: ReplayFile) => void)[]) {
    try {
      listener(replay);
    } catch (err) {
      errors.push(err);
    }
  }
  return errors;
}
