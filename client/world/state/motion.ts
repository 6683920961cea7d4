/**
 * prefers-reduced-motion, shared by the scene (no idle bobbing, no spinning heart) and the player rig
 * (no camera easing). Read live, so a change in OS settings applies without a reload.
 */
const QUERY = '(prefers-reduced-motion: reduce)';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches;
}

/** Calls `listener` when the preference changes; returns the unsubscribe function. */
export function onReducedMotionChange(listener: (reduced: boolean) => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(QUERY);
  const handler = (e: MediaQueryListEvent): void => listener(e.matches);
  mq.addEventListener('change', handler);
  return () => mq.removeEventListener('change', handler);
}
