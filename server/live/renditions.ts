/**
 * The SFU worker's renditions, one per live while a publisher has published (live/rendition.ts):
 * opened on the first publish and kept through resumes (one recording per live), fed every packet
 * of the live's current publisher, asked a keyframe from the publisher until the first segment is
 * written, and stopped when the live ends. Stops still running (ffmpeg closing its files, the
 * remux) are awaited on shutdown, so no ffmpeg outlives the server.
 *
 * An ffmpeg that dies while its live is on air is started again as the live's next part, after
 * RESTART_MS[n] for its n-th failure in a row (a part that gets its playlist written resets the
 * count); after the last the live stays WebRTC only. Viewers on WebRTC never notice; each failure
 * is told once (an `hls` event the live service logs).
 */
import { join } from 'node:path';
import type { HlsConfig, SfuEvent } from './protocol.ts';
import { startRendition, type Kind, type Rendition } from './rendition.ts';

/** Waits before each restart in a row: bounded, so a binary that cannot run stops being tried. */
export const RESTART_MS = [1_000, 2_000, 4_000, 8_000, 16_000] as const;

interface Entry {
  rendition: Rendition | null;
  starting: Promise<Rendition | null>;
  /** The part now running (0: the first ffmpeg), and failures since a part last became ready. */
  part: number;
  failures: number;
  readyTold: boolean;
  /** A restart is scheduled, or its ffmpeg starting: the dead part is not checked again meanwhile. */
  restartTimer: NodeJS.Timeout | undefined;
  restarting: boolean;
  /** Given up (ffmpeg could not start, or died too often): nothing more to say or ask. */
  failed: boolean;
}

export function createRenditions(hls: HlsConfig | null, emit: (e: SfuEvent) => void) {
  const entries = new Map<string, Entry>();
  const stopping = new Set<Promise<void>>();

  const start = (liveId: string, entry: Entry): void => {
    if (!hls) return;
    entry.readyTold = false;
    entry.starting = startRendition(hls.ffmpeg, join(hls.livesDir, liveId), entry.part).then(
      (r) => {
        // The dead part's socket goes; its recording stays for the replay. (Ended meanwhile: end() stops `r`.)
        entry.rendition?.release();
        entry.rendition = r;
        entry.restarting = false;
        return r;
      },
      (err: unknown) => {
        entry.restarting = false;
        died(liveId, entry, String(err));
        // The last part that ran (if any) is what end() stops, joining the parts recorded.
        return entry.rendition;
      },
    );
  };

  /** Told once per failure: restarted after a wait, or given up after the last. */
  function died(liveId: string, entry: Entry, detail: string): void {
    const wait = RESTART_MS[entry.failures];
    entry.failures++;
    if (wait === undefined || entries.get(liveId) !== entry) {
      entry.failed = true;
      return emit({ ev: 'hls', liveId, state: 'failed', detail: detail.slice(0, 500) });
    }
    emit({ ev: 'hls', liveId, state: 'restarting', detail: detail.slice(0, 500), attempt: entry.failures, of: RESTART_MS.length, restartInMs: wait });
    entry.restarting = true;
    entry.restartTimer = setTimeout(() => {
      entry.restartTimer = undefined;
      if (entries.get(liveId) !== entry) return;
      entry.part++;
      start(liveId, entry);
    }, wait);
  }

  return {
    /** The live's rendition, started at its first publish (nothing without ffmpeg). */
    open(liveId: string): void {
      if (!hls || entries.has(liveId)) return;
      const entry: Entry = { rendition: null, starting: Promise.resolve(null), part: 0, failures: 0, readyTold: false, restartTimer: undefined, restarting: false, failed: false };
      entries.set(liveId, entry);
      start(liveId, entry);
    },
    write(liveId: string, kind: Kind, packet: Buffer): void {
      entries.get(liveId)?.rendition?.write(kind, packet);
    },
    /**
     * Once a second: tells when a rendition became ready, restarts one whose ffmpeg died, and asks
     * the live's publisher for a keyframe while ffmpeg needs one (to start on, or after a loss).
     */
    tick(requestKeyframe: (liveId: string) => void): void {
      for (const [liveId, e] of entries) {
        if (!e.rendition || e.failed || e.restarting) continue;
        const failure = e.rendition.failure();
        if (failure !== null) {
          died(liveId, e, failure);
          continue;
        }
        if (!e.readyTold && e.rendition.ready()) {
          e.readyTold = true;
          e.failures = 0;
          emit({ ev: 'hls', liveId, state: 'ready' });
        }
        if (e.rendition.wantsKeyframe()) requestKeyframe(liveId);
      }
    },
    /** Stops the live's ffmpeg and makes its replay of every part; told as a `recording` event when done. */
    end(liveId: string): void {
      const e = entries.get(liveId);
      if (!e) return;
      entries.delete(liveId);
      clearTimeout(e.restartTimer);
      const done = e.starting
        // A part that died and was not replaced yet stops all the same: its stop joins the recorded parts.
        .then((r) => (r ?? e.rendition)?.stop() ?? null)
        .then(
          (replay) => {
            if (!replay) emit({ ev: 'recording', liveId, file: null, durationMs: null, detail: 'nothing was recorded' });
            else if (replay.ok) emit({ ev: 'recording', liveId, file: replay.file, durationMs: replay.durationMs });
            else emit({ ev: 'recording', liveId, file: null, durationMs: null, detail: replay.detail });
          },
          (err: unknown) => emit({ ev: 'recording', liveId, file: null, durationMs: null, detail: String(err).slice(0, 500) }),
        )
        .finally(() => stopping.delete(done));
      stopping.add(done);
    },
    /** Every live ended, every stop finished. */
    async close(): Promise<void> {
      for (const liveId of [...entries.keys()]) this.end(liveId);
      await Promise.all([...stopping]);
    },
  };
}
