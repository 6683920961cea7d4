/**
 * The SFU worker's renditions, one per live while a publisher has published (live/rendition.ts):
 * opened on the first publish and kept through resumes (one recording per live), fed every packet
 * of the live's current publisher, asked a keyframe from the publisher until the first segment is
 * written, and stopped when the live ends. Stops still running (ffmpeg closing its files, the
 * remux) are awaited on shutdown, so no ffmpeg outlives the server.
 */
import { join } from 'node:path';
import type { HlsConfig, SfuEvent } from './protocol.ts';
import { startRendition, type Kind, type Rendition } from './rendition.ts';

interface Entry {
  rendition: Rendition | null;
  starting: Promise<Rendition | null>;
  readyTold: boolean;
  /** Told as failed (ffmpeg could not start, or stopped on its own): nothing more to say or ask. */
  failed: boolean;
}

export function createRenditions(hls: HlsConfig | null, emit: (e: SfuEvent) => void) {
  const entries = new Map<string, Entry>();
  const stopping = new Set<Promise<void>>();

  const fail = (liveId: string, detail: string): void => emit({ ev: 'hls', liveId, state: 'failed', detail: detail.slice(0, 500) });

  return {
    /** The live's rendition, started at its first publish (nothing without ffmpeg). */
    open(liveId: string): void {
      if (!hls || entries.has(liveId)) return;
      const entry: Entry = { rendition: null, starting: Promise.resolve(null), readyTold: false, failed: false };
      entry.starting = startRendition(hls.ffmpeg, join(hls.livesDir, liveId)).then(
        (r) => (entry.rendition = r),
        (err: unknown) => {
          entry.failed = true;
          fail(liveId, String(err));
          return null;
        },
      );
      entries.set(liveId, entry);
    },
    write(liveId: string, kind: Kind, packet: Buffer): void {
      entries.get(liveId)?.rendition?.write(kind, packet);
    },
    /**
     * Once a second: tells when a rendition became ready or failed, and asks the live's publisher
     * for a keyframe while ffmpeg needs one (to start on, or to decode again after a loss).
     */
    tick(requestKeyframe: (liveId: string) => void): void {
      for (const [liveId, e] of entries) {
        if (!e.rendition || e.failed) continue;
        const failure = e.rendition.failure();
        if (failure !== null) {
          e.failed = true;
          fail(liveId, failure);
          continue;
        }
        if (!e.readyTold && e.rendition.ready()) {
          e.readyTold = true;
          emit({ ev: 'hls', liveId, state: 'ready' });
        }
        if (e.rendition.wantsKeyframe()) requestKeyframe(liveId);
      }
    },
    /** Stops the live's ffmpeg and makes its replay; told as a `recording` event when done. */
    end(liveId: string): void {
      const e = entries.get(liveId);
      if (!e) return;
      entries.delete(liveId);
      const done = e.starting
        .then((r) => r?.stop() ?? null)
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
