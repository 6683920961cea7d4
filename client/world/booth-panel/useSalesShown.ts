import { useEffect, useState, type RefObject } from 'react';

/** The id BoothSales gives its heading (client/orders/BoothSales.tsx). */
export const salesTitleId = (boothId: string): string => `sales-title-${boothId}`;

/**
 * True while the booth's sales section is on screen inside `ref`. BoothSales reads the listings
 * itself (lazily, polling stock) and renders nothing for a booth that sells nothing; watching for
 * its heading lets the panel's 구매 button follow it without a second request or its schemas.
 */
export function useSalesShown(ref: RefObject<HTMLElement | null>, boothId: string): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const check = () => setShown(document.getElementById(salesTitleId(boothId)) !== null && root.contains(document.getElementById(salesTitleId(boothId))));
    check();
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, boothId]);
  return shown;
}
