/**
 * The published fairs open or coming with their events not yet ended, as /list's schedule and the
 * world's 일정 panel show them: one read of GET /api/fairs per page (the first part that wants it
 * asks), then again every REFRESH_MS while a part is mounted. Not in the server's /list HTML: the
 * schedule changes by the clock.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { PublicFairListSchema, type PublicFair } from '../../shared/api/fairs.ts';

interface FairsFeedState {
  /** null: not read yet (or the read failed: no schedule is shown rather than a broken one). */
  fairs: PublicFair[] | null;
}

export const useFairsFeed = create<FairsFeedState>(() => ({ fairs: null }));

/** Staff add events while a fair runs; a visitor with the page open sees them within this. */
const REFRESH_MS = 60_000;

async function read(): Promise<void> {
  try {
    const res = await fetch('/api/fairs', { headers: { Accept: 'application/json' } });
    const parsed = PublicFairListSchema.safeParse(res.ok ? await res.json() : null);
    if (parsed.success) useFairsFeed.setState({ fairs: parsed.data.fairs });
  } catch {
    // Offline or a deploy: keep what is shown; the next refresh asks again.
  }
}

let wanted = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/** Keeps the fairs read while the calling component is mounted (any number share one read). */
export function useFairsFeedReader(): void {
  useEffect(() => {
    if (wanted++ === 0) {
      void read();
      timer = setInterval(() => void read(), REFRESH_MS);
    }
    return () => {
      if (--wanted === 0) clearInterval(timer);
    };
  }, []);
}

/** The fairs that have events left, for a schedule to list (the server already dropped ended events). */
export const withEvents = (fairs: readonly PublicFair[] | null): PublicFair[] => (fairs ?? []).filter((f) => f.events.length > 0);
