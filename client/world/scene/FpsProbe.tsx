import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { FPS_PROBE, isSlow } from '../state/quality.ts';
import { useWorld } from '../state/context.ts';

/**
 * Automatic quality: once the world is ready (shader compiles and the atlas upload are behind us),
 * skip a warm-up, count frames over a window, and call onSlow once if the rate is below the floor.
 * A hidden tab restarts the measurement (no frames are drawn there).
 */
export function FpsProbe({ onSlow }: { onSlow: () => void }) {
  const { store } = useWorld();
  const state = useRef({ start: -1, frames: 0, done: false });
  const cb = useRef(onSlow);
  useEffect(() => {
    cb.current = onSlow;
  }, [onSlow]);
  useEffect(() => {
    const reset = (): void => {
      state.current.start = -1;
      state.current.frames = 0;
    };
    document.addEventListener('visibilitychange', reset);
    return () => document.removeEventListener('visibilitychange', reset);
  }, []);

  useFrame(() => {
    const s = state.current;
    if (s.done || !store.getState().ready) return;
    const now = performance.now();
    if (s.start < 0) {
      s.start = now + FPS_PROBE.warmupMs;
      return;
    }
    if (now < s.start) return;
    s.frames++;
    const elapsed = now - s.start;
    if (elapsed < FPS_PROBE.windowMs) return;
    s.done = true;
    if (isSlow(s.frames, elapsed)) setTimeout(() => cb.current(), 0);
  });
  return null;
}
