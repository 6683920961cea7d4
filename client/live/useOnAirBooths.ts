/**
 * The world's view of "live now": the ids of the booths on air, current from the hall's `live`
 * message (livesNowHall.ts) and the periodic read. The same Set while nothing changes, so the
 * badges and the mini-map re-render only when a live starts or ends.
 */
import './livesNowHall.ts';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLivesNow, useLivesNowFeed } from './livesNow.ts';

export function useOnAirBooths(): ReadonlySet<string> {
  useLivesNowFeed();
  const ids = useLivesNow(useShallow((s) => (s.lives ?? []).map((l) => l.boothId)));
  return useMemo(() => new Set(ids), [ids]);
}
