import { lazy, Suspense } from 'react';
import { useHydrated } from '../ui/useHydrated.ts';
import type { PinnedProductProps } from './PinnedProduct.tsx';

// The card, the buy form and the contract's schemas load after the booth's content, in the browser
// only (the pin and the stock are live: the server's HTML never holds them).
const PinnedProduct = lazy(() => (import.meta.env.SSR ? Promise.reject(new Error('the pinned product is browser-only')) : import('./PinnedProduct.tsx')));

/** The product pinned during a live, for BoothSalesSlot (nothing until pinned). */
export function PinnedProductSlot(props: PinnedProductProps) {
  if (!useHydrated()) return null;
  return (
    <Suspense fallback={null}>
      <PinnedProduct {...props} />
    </Suspense>
  );
}
