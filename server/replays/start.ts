/**
 * Replays for app.ts: the routes (under /api and /media) and the tagger the pin route calls, on the
 * database's repositories and the presence's live directory. Every recording the live service
 * finishes in this process (live/recording.ts) is kept through registerReplay (register.ts).
 */
import type { Presence } from '@colyseus/core';
import type { Repos } from '../db/repos.ts';
import { replayApiRoutes, replayFileRoutes } from '../http/replays.ts';
import { createLiveDirectory } from '../live/liveDirectory.ts';
import { onReplayFile } from '../live/recording.ts';
import type { Logger } from '../logger.ts';
import { pinTagger } from './pinTags.ts';
import { registerReplay, type ReplayFile } from './register.ts';

export interface ReplaysOptions {
  repos: Repos;
  log: Logger;
  /** The Colyseus presence (set up after the app): where the lives on air are listed. */
  presence: () => Presence;
}

export function startReplays({ repos, log, presence }: ReplaysOptions) {
  const pending = new Set<Promise<void>>();
  const stopFollowing = onReplayFile((file) => {
    const kept = replays.register(file).finally(() => pending.delete(kept));
    pending.add(kept);
  });
  const replays = {
    apiRouter: replayApiRoutes({ repos, log }),
    fileRouter: replayFileRoutes({ repos }),
    onPin: pinTagger({ repos, directory: createLiveDirectory(presence), log }),
    /** The recorder's onReplayFile: keeps the file as a replay, logs the outcome, never throws. */
    async register(file: ReplayFile): Promise<void> {
      try {
        const r = await registerReplay(repos, file);
        if (r.ok) log.info({ replayId: r.replay.id, liveId: r.replay.liveId, created: r.created }, 'replay kept');
        else log.warn({ reason: r.reason, liveId: file.liveId }, 'replay not kept');
      } catch (err) {
        log.warn({ err, liveId: file.liveId }, 'replay not kept');
      }
    },
    /** After the live service closed (its last remuxes told): waits for their rows, before the database closes. */
    async close(): Promise<void> {
      stopFollowing();
      await Promise.all(pending);
    },
  };
  return replays;
}
