import { useCallback, useSyncExternalStore } from 'react';

/** Whether a media query holds now, re-rendering when it changes (rotation, resize, a mouse plugged in). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {};
      const mq = matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => typeof matchMedia === 'function' && matchMedia(query).matches, () => false);
}

/** Phones in portrait and other narrow screens: the HUD's one-row layout (hud.css uses the same width). */
export const NARROW_QUERY = '(max-width: 600px)';
