import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

/**
 * The canvas runs with frameloop="demand" and this loop asks for frames: every display frame on
 * 'high', at most `maxFps` on 'low' (30 fps halves the work on weak devices), and none at all while
 * the tab is hidden (visibilitychange), so a background tab costs no GPU or battery.
 */
export function FrameDriver({ maxFps }: { maxFps: number }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    // A little slack, so a 60 Hz display hitting 33.2 ms does not skip to 20 fps.
    const minGap = Number.isFinite(maxFps) ? 1000 / maxFps - 4 : 0;
    let raf = 0;
    let last = -Infinity;
    const tick = (t: number): void => {
      raf = requestAnimationFrame(tick);
      if (t - last >= minGap) {
        last = t;
        invalidate();
      }
    };
    const start = (): void => {
      if (!raf && !document.hidden) raf = requestAnimationFrame(tick);
    };
    const stop = (): void => {
      cancelAnimationFrame(raf);
      raf = 0;
    };
    const onVisibility = (): void => (document.hidden ? stop() : start());
    document.addEventListener('visibilitychange', onVisibility);
    start();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stop();
    };
  }, [maxFps, invalidate]);
  return null;
}
