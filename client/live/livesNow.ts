/**
 * The lives on air now, as every "live now" part of the page shows them (landing page, /list, the
 * world's badges and mini-map, 알림 받기): one list for the page, read from GET /api/lives while any
 * part wants it (on mount, then every POLL_MS while the tab is visible). In the world the hall's
 * `live` message keeps it current sooner (livesNowHall.ts).
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { LIVE_ROUTES, LivesResponseSchema, type LiveSummary, type LiveView } from '../../shared/api/live.ts';

interface LivesNowState {
  /** null: not read yet. */
  lives: LiveSummary[] | null;
}

export const useLivesNow = create<LivesNowState>(() => ({ lives: null }));

/** Often enough for a visitor browsing; the server lets the answer be cached for a few seconds. */
const POLL_MS = 15_000;

let reading: Promise<void> | null = null;

/** Reads the list again. `fresh`: past the browser's cache (a start was just told, the cached list predates it). */
export function refreshLivesNow(fresh = false): Promise<void> {
  reading ??= (async () => {
    try {
      const res = await fetch(LIVE_ROUTES.lives, { headers: { Accept: 'application/json' }, cache: fresh ? 'no-cache' : 'default' });
      const parsed = LivesResponseSchema.safeParse(res.ok ? await res.json() : null);
      if (parsed.success) useLivesNow.setState({ lives: parsed.data.lives });
    } catch {
      // Offline or a deploy: the page keeps what it shows; the next poll asks again.
    } finally {
      reading = null;
    }
  })();
  return reading;
}

/** A live started, changed or ended somewhere (the hall's `live` message). */
export function liveChanged(boothId: string, live: LiveView | null): void {
  const lives = useLivesNow.getState().lives;
  if (live === null) {
    if (lives?.some((l) => l.boothId === boothId)) useLivesNow.setState({ lives: lives.filter((l) => l.boothId !== boothId) });
    return;
  }
  const known = lives?.find((l) => l.liveId === live.liveId);
  // A new live: its booth's name and pinned product come with the list.
  if (!known) return void refreshLivesNow(true);
  if (known.viewers === live.viewers && known.state === live.state) return;
  useLivesNow.setState({ lives: (lives ?? []).map((l) => (l === known ? { ...l, viewers: live.viewers, state: live.state } : l)) });
}

let wanted = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Keeps the list read while the calling component is mounted (any number of them share one poll). */
export function useLivesNowFeed(enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    if (wanted++ === 0) {
      void refreshLivesNow();
      timer = setInterval(() => {
        if (document.visibilityState === 'visible') void refreshLivesNow();
      }, POLL_MS);
    }
    return () => {
      if (--wanted === 0) clearInterval(timer);
    };
  }, [enabled]);
}
