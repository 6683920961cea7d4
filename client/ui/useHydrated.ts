import { useSyncExternalStore } from 'react';

const neverChanges = (): (() => void) => () => {};

/**
 * False on the server and while React hydrates the server's HTML, true from then on (and at once in
 * a page rendered in the browser). For parts that only make sense with the browser's JavaScript (the
 * hall connection, live counts): rendered after hydration, so the server's HTML and the client's first
 * render agree and React has nothing to warn about.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
