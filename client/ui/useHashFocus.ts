import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Client-side navigation to "#id" neither scrolls nor moves focus once content loads late, so: when
 * `ready`, bring the hash target into view and focus it (keyboard and screen-reader users continue
 * reading there). Returns nothing; no-op without a hash.
 */
export function useHashFocus(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
