/**
 * What a visitor does at a booth that the hall cannot see, reported for the booth's figures
 * (POST /api/analytics/events, shared/analytics/api.ts): the booth opened, a link of it
 * followed, a product's buy form opened (orders/BoothSales.tsx, PinnedProduct.tsx). Fire and forget: a keepalive request survives the page navigating away on a link, and a report that
 * fails costs a count, never the visitor anything. The server rate-limits and stores no guest id.
 */
import { useEffect, type RefObject } from 'react';
import type { BoothEventBody } from '../../shared/analytics/api.ts';

export function reportBoothEvent(boothId: string, kind: BoothEventBody['kind']): void {
  const body: BoothEventBody = { boothId, kind };
  // keepalive rather than sendBeacon: Chromium refuses a beacon whose body is JSON-typed.
  void fetch('/api/analytics/events', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', keepalive: true }).catch(() => {});
}

/** A booth's panel: one `dialog_open` per booth shown, one `link_click` per outside link followed in it. */
export function useBoothEvents(ref: RefObject<HTMLElement | null>, boothId: string): void {
  useEffect(() => reportBoothEvent(boothId, 'dialog_open'), [boothId]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (a instanceof HTMLAnchorElement && a.origin !== location.origin) reportBoothEvent(boothId, 'link_click');
    };
    el.addEventListener('click', onClick);
    return () => el.removeEventListener('click', onClick);
  }, [ref, boothId]);
}
