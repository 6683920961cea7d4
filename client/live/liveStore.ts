/**
 * Each booth's live as this page knows it: read over HTTP when a booth is shown, then kept current
 * by the hall's `live` message (sent to everyone at the booth, from any shard or process, when the
 * live starts, changes or ends). Bound to whatever room the hall connection holds, as chat is.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { LiveView } from '../../shared/api/live.ts';
import { onHallRoom, useHall } from '../net/hallStore.ts';
import { onServerMessage } from '../net/messages.ts';
import { fetchBoothLive } from './liveApi.ts';

interface LiveState {
  /** undefined: not known yet; null: not on air. */
  byBooth: Record<string, LiveView | null | undefined>;
}

export const useLives = create<LiveState>(() => ({ byBooth: {} }));

const setLive = (boothId: string, live: LiveView | null): void => useLives.setState((s) => ({ byBooth: { ...s.byBooth, [boothId]: live } }));

onHallRoom((room) => onServerMessage(room, 'live', (m) => setLive(m.boothId, m.live)));

/** Without a hall connection (no nickname yet, offline hall) the page asks this often instead. */
const POLL_MS = 5000;

/** The booth's live (null: none, undefined: still asking), current while the component is shown. */
export function useBoothLive(boothId: string): LiveView | null | undefined {
  const connected = useHall((s) => s.status === 'connected');
  useEffect(() => {
    let stopped = false;
    const read = async (): Promise<void> => {
      const r = await fetchBoothLive(boothId);
      if (!stopped && r.ok) setLive(boothId, r.value);
    };
    void read();
    // Connected: the `live` message keeps it current; one read on (re)connect covers what it missed.
    if (connected) return () => void (stopped = true);
    const timer = setInterval(() => void read(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [boothId, connected]);
  return useLives((s) => s.byBooth[boothId]);
}
