import { addAfterEffect } from '@react-three/fiber';
import { useEffect } from 'react';
import { nearestBooth } from '../../../shared/world/collision.ts';
import { useWorld } from '../state/context.ts';

/**
 * Publishes the booth the visitor stands at to the world store, from R3F's loop (after each frame:
 * no loop of its own, nothing while the tab is hidden). The store only changes, and the HUD only
 * re-renders, when that booth changes.
 */
export function useNearbyBooth(): void {
  const { store, frame } = useWorld();
  useEffect(() => {
    const { setNearby } = store.getState();
    // The controller's world is read each time: a re-layout replaces it.
    const off = addAfterEffect(() => setNearby(nearestBooth(frame.controller.world, frame.player.position)?.id ?? null));
    return () => {
      off();
      setNearby(null);
    };
  }, [store, frame]);
}
