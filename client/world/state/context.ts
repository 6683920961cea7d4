import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { World, WorldState } from './worldStore.ts';

/** The mounted world (store + per-frame object), provided by WorldApp to the canvas and the HUD. */
export const WorldContext = createContext<World | null>(null);

export function useWorld(): World {
  const world = useContext(WorldContext);
  if (!world) throw new Error('useWorld must be used inside WorldContext');
  return world;
}

/** A slice of the world's slow state; re-renders only when the selected value changes. */
export function useWorldState<T>(selector: (s: WorldState) => T): T {
  return useStore(useWorld().store, selector);
}
