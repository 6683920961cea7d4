import { useEffect } from 'react';
import { nearestBooth } from '../../../shared/world/collision.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { collisionWorldFor } from '../player/collisionWorldFor.ts';
import type { WorldRuntime } from '../runtime.ts';
import { useHud } from './hudStore.ts';

/**
 * Watches the player's position once per animation frame (no React render) and publishes the booth
 * they stand at to the HUD store, which re-renders only when that booth changes.
 */
export function useNearbyBooth(runtime: WorldRuntime, layout: Layout): void {
  useEffect(() => {
    const world = collisionWorldFor(layout);
    const setNearby = useHud.getState().setNearby;
    let raf = 0;
    const tick = () => {
      raf = requestAnimationFrame(tick);
      setNearby(nearestBooth(world, runtime.player.position)?.id ?? null);
    };
    raf = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(raf);
      setNearby(null);
    };
  }, [runtime, layout]);
}
