/**
 * A booth's pinned product as the server pushes it (sellEvents.ts): the listing with its stock and
 * deal kept current, and the server's clock offset for the countdown. undefined until the first
 * snapshot; null while nothing is pinned.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PublicListing } from '../../shared/api/orders.ts';
import { loadListings } from './ordersApi.ts';
import { followSell, pinnedAfter } from './sellEvents.ts';

export interface Pinned {
  listing: PublicListing | null | undefined;
  offsetMs: number;
  /** The countdown reached zero: the regular price applies (the server charges it already). */
  dealEnded(): void;
  /** The server refused an order as stale: read the listing again. */
  reload(): void;
}

export function usePinned(boothId: string): Pinned {
  const [listing, setListing] = useState<PublicListing | null | undefined>(undefined);
  const [offsetMs, setOffsetMs] = useState(0);
  useEffect(() => {
    setListing(undefined);
    return followSell(boothId, (e, offset) => {
      if (e.t === 'snapshot' || e.t === 'pin') setOffsetMs(offset);
      setListing((current) => pinnedAfter(current, e));
    });
  }, [boothId]);
  const dealEnded = useCallback(() => setListing((l) => (l && l.deal ? { ...l, deal: null, unitPriceWon: l.priceWon } : l)), []);
  const reload = useCallback(() => {
    void loadListings(boothId).then((r) => {
      if (!r.ok) return;
      setOffsetMs(r.data.offsetMs);
      setListing((current) => (current ? (r.data.listings.find((l) => l.id === current.id) ?? null) : current));
    });
  }, [boothId]);
  return { listing, offsetMs, dealEnded, reload };
}
