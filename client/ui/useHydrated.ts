import { startTransition, useEffect, useState } from 'react';

/** Whether the page's first render (a hydration, or the browser's own) has committed. */
let settled = false;

/**
 * False on the server and while React hydrates the server's HTML, true from then on (and at once in
 * anything mounted later). For parts that only make sense with the browser's JavaScript (the hall
 * connection, live counts): rendered after hydration, so the server's HTML and the client's first
 * render agree and React has nothing to warn about. They appear as a transition, which React renders
 * in slices: as an external store's change (useSyncExternalStore) they were one synchronous render
 * right after hydration, 15-25 ms of CPU on /list in a fresh browser.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(settled);
  useEffect(() => {
    if (hydrated) return;
    settled = true;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
