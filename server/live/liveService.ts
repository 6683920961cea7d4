/**
 * The lives this process holds: one per booth at most, its publisher's state, its viewers and their
 * limit. A live opens waiting for its publisher ('reconnecting'), goes on air when the publisher's
 * connection is up, and back to 'reconnecting' when it drops (a phone's screen locked, the network
 * lost); a publisher that does not come back within LIVE_RESUME_MS ends the live. Every change is
 * written to the directory (what other processes list and route by) and announced to the booth's
 * visitors; viewer counts are coalesced to one write per second. A live's count is its SFU viewers
 * and its HLS viewers (registered, kept by heartbeats, lapsing without); a viewer moving from HLS to
 * WebRTC hands its registration over in the same step, so it is counted once throughout.
 */
import { randomBytes } from 'node:crypto';
import { HLS_VIEWER_TTL_MS, LIVE_RESUME_MS, type LiveState, type LiveView } from '../../shared/api/live.ts';
import type { Logger } from '../logger.ts';
import { HEARTBEAT_MS, type LiveDirectory } from './liveDirectory.ts';
import { replayFileReady } from './recording.ts';
import type { SfuEvent } from './protocol.ts';
import type { Sfu, SfuError } from './sfu.ts';

interface LocalLive {
  liveId: string;
  boothId: string;
  startedAt: string;
  state: LiveState;
  viewers: Set<string>;
  /** HLS viewers: when each registration lapses (performance.now() ms). */
  hlsViewers: Map<string, number>;
  /** HLS registrations handed over to WebRTC places: a heartbeat still on its way must not count them again. */
  handedOver: Set<string>;
  endTimer: NodeJS.Timeout | undefined;
}

export interface LiveServiceOptions {
  sfu: Sfu;
  directory: LiveDirectory;
  /** This process as others reach it (with REDIS_URL), or null. */
  address: string | null;
  maxViewers: number;
  /** A live started, changed or ended (null): told to the booth's visitors on every shard. */
  announce: (boothId: string, live: LiveView | null) => void;
  log: Logger;
  resumeMs?: number;
}

/** At most this many HLS registrations per live: a script cannot grow a live's memory without bound. */
const MAX_HLS_VIEWERS = 100_000;

export type ViewResult = { ok: true; viewerId: string; sdp: string } | { ok: false; error: SfuError | 'liveFull' };

const newId = (): string => randomBytes(12).toString('base64url');

export function createLiveService({ sfu, directory, address, maxViewers, announce, log, resumeMs = LIVE_RESUME_MS }: LiveServiceOptions) {
  const lives = new Map<string, LocalLive>();
  const countsChanged = new Set<string>();
  /** Ended lives whose recording is still being made into a replay. */
  const recording = new Map<string, { boothId: string; startedAt: string; endedAt: string }>();

  const viewOf = (l: LocalLive): LiveView => ({ liveId: l.liveId, boothId: l.boothId, startedAt: l.startedAt, viewers: l.viewers.size + l.hlsViewers.size, state: l.state });

  const write = (l: LocalLive): void => {
    directory.put(viewOf(l), address).catch((err: unknown) => log.warn({ err, liveId: l.liveId }, 'live not written to the presence'));
  };
  const changed = (l: LocalLive): void => {
    write(l);
    announce(l.boothId, viewOf(l));
  };

  const armEnd = (l: LocalLive): void => {
    clearTimeout(l.endTimer);
    l.endTimer = setTimeout(() => {
      log.info({ liveId: l.liveId, boothId: l.boothId }, 'live ended: the publisher did not come back');
      void end(l.liveId);
    }, resumeMs);
  };

  async function end(liveId: string): Promise<boolean> {
    const l = lives.get(liveId);
    if (!l) return false;
    lives.delete(liveId);
    countsChanged.delete(liveId);
    clearTimeout(l.endTimer);
    recording.set(liveId, { boothId: l.boothId, startedAt: l.startedAt, endedAt: new Date().toISOString() });
    await sfu.end(liveId);
    await directory.remove(liveId).catch((err: unknown) => log.warn({ err, liveId }, 'ended live not removed from the presence'));
    announce(l.boothId, null);
    log.info({ liveId, boothId: l.boothId }, 'live ended');
    return true;
  }

  sfu.onEvent((e) => {
    if (e.ev === 'recording') return replayMade(e);
    if (e.ev === 'hls') {
      if (e.state === 'ready') log.info({ liveId: e.liveId }, 'live HLS rendition ready');
      else if (e.state === 'restarting')
        log.warn({ liveId: e.liveId, detail: e.detail, attempt: e.attempt, of: e.of, restartInMs: e.restartInMs }, 'live HLS rendition stopped: its ffmpeg starts again (a new recorded part); WebRTC viewers watch on meanwhile');
      else log.warn({ liveId: e.liveId, detail: e.detail }, 'live HLS rendition given up: this live is WebRTC only from now, its recording ends here');
      return;
    }
    const l = lives.get(e.liveId);
    if (!l) return;
    if (e.ev === 'viewerGone') {
      if (l.viewers.delete(e.viewerId)) countsChanged.add(l.liveId);
      return;
    }
    if (e.state === 'connected') {
      clearTimeout(l.endTimer);
      l.endTimer = undefined;
      if (l.state !== 'onAir') log.info({ liveId: l.liveId, boothId: l.boothId }, 'live on air');
      l.state = 'onAir';
    } else {
      l.state = 'reconnecting';
      armEnd(l);
    }
    changed(l);
  });

  function replayMade(e: Extract<SfuEvent, { ev: 'recording' }>): void {
    const meta = recording.get(e.liveId);
    recording.delete(e.liveId);
    if (!meta) return;
    if (e.file === null || e.durationMs === null) return void log.warn({ liveId: e.liveId, detail: e.detail }, 'live not recorded: no replay');
    log.info({ liveId: e.liveId, file: e.file, durationMs: e.durationMs }, 'live replay made');
    for (const err of replayFileReady({ liveId: e.liveId, ...meta, durationMs: e.durationMs, file: e.file })) log.error({ err, liveId: e.liveId }, 'a replay listener failed');
  }

  // Viewer counts once a second; every entry again each heartbeat, so other processes keep seeing it.
  let ticks = 0;
  const ticker = setInterval(() => {
    ticks++;
    const heartbeat = ticks % Math.round(HEARTBEAT_MS / 1000) === 0;
    const now = performance.now();
    for (const l of lives.values()) {
      for (const [id, until] of l.hlsViewers) {
        if (until > now) continue;
        l.hlsViewers.delete(id);
        countsChanged.add(l.liveId);
      }
      if (countsChanged.has(l.liveId)) changed(l);
      else if (heartbeat) write(l);
    }
    countsChanged.clear();
  }, 1000);
  ticker.unref();

  return {
    /** This process's live of the booth, or a new one. */
    open(boothId: string): LiveView {
      for (const l of lives.values()) if (l.boothId === boothId) return viewOf(l);
      const l: LocalLive = { liveId: newId(), boothId, startedAt: new Date().toISOString(), state: 'reconnecting', viewers: new Set(), hlsViewers: new Map(), handedOver: new Set(), endTimer: undefined };
      lives.set(l.liveId, l);
      armEnd(l);
      changed(l);
      log.info({ liveId: l.liveId, boothId }, 'live opened');
      return viewOf(l);
    },
    local: (liveId: string): LiveView | null => {
      const l = lives.get(liveId);
      return l ? viewOf(l) : null;
    },
    async publish(liveId: string, sdp: string) {
      if (!lives.has(liveId)) return { ok: false, error: 'liveNotFound' } as const;
      return sfu.publish(liveId, sdp);
    },
    end,
    /** `hlsViewerId`: the HLS registration this viewer gives up once its WebRTC place is taken. */
    async view(liveId: string, sdp: string, hlsViewerId?: string): Promise<ViewResult> {
      const l = lives.get(liveId);
      if (!l) return { ok: false, error: 'liveNotFound' };
      if (l.viewers.size >= maxViewers) return { ok: false, error: 'liveFull' };
      const viewerId = newId();
      // Counted before the answer: concurrent joiners cannot pass the limit together.
      l.viewers.add(viewerId);
      const r = await sfu.view(liveId, viewerId, sdp);
      if (!r.ok) {
        l.viewers.delete(viewerId);
        return r;
      }
      if (hlsViewerId !== undefined) {
        l.hlsViewers.delete(hlsViewerId);
        l.handedOver.add(hlsViewerId);
      }
      countsChanged.add(liveId);
      return { ok: true, viewerId, sdp: r.sdp };
    },
    async leave(liveId: string, viewerId: string): Promise<boolean> {
      const l = lives.get(liveId);
      if (!l?.viewers.delete(viewerId)) return false;
      countsChanged.add(liveId);
      await sfu.dropViewer(liveId, viewerId);
      return true;
    },
    /**
     * An HLS viewer counted from now for HLS_VIEWER_TTL_MS: a new registration (no id) or a heartbeat
     * of one (counted again if it had lapsed). Null: no such live here, or too many registered.
     */
    watchHls(liveId: string, viewerId: string = newId()): string | null {
      const l = lives.get(liveId);
      if (!l || (!l.hlsViewers.has(viewerId) && l.hlsViewers.size >= MAX_HLS_VIEWERS)) return null;
      if (l.handedOver.has(viewerId)) return viewerId;
      if (!l.hlsViewers.has(viewerId)) countsChanged.add(liveId);
      l.hlsViewers.set(viewerId, performance.now() + HLS_VIEWER_TTL_MS);
      return viewerId;
    },
    leaveHls(liveId: string, viewerId: string): boolean {
      const l = lives.get(liveId);
      if (!l?.hlsViewers.delete(viewerId)) return false;
      countsChanged.add(liveId);
      return true;
    },
    /** Every live on air, on any process. */
    async onAir(): Promise<LiveView[]> {
      return (await directory.entries()).map((e) => e.live);
    },
    async close(): Promise<void> {
      clearInterval(ticker);
      await Promise.all([...lives.keys()].map((id) => end(id)));
      await sfu.close();
    },
  };
}
export type LiveService = ReturnType<typeof createLiveService>;
