import { lazy, Suspense } from 'react';
import { useHydrated } from '../ui/useHydrated.ts';
import type { BoothSalesProps } from './BoothSales.tsx';
import { PinnedProductSlot } from './PinnedProductSlot.tsx';

// The listings, the buy form and the contract's schemas load after the booth's content, in the
// browser only (stock is live: the server's HTML never holds it, so hydration has nothing to match).
const BoothSales = lazy(() => (import.meta.env.SSR ? Promise.reject(new Error('sales are browser-only')) : import('./BoothSales.tsx')));

/**
 * Where a booth page or the world's booth panel shows what the booth sells (nothing until read):
 * the product pinned during a live first, then every listing.
 */
export function BoothSalesSlot(props: BoothSalesProps) {
  if (!useHydrated()) return null;
  return (
    <>
      <PinnedProductSlot {...props} />
      <Suspense fallback={null}>
        <BoothSales {...props} />
      </Suspense>
    </>
  );
}
