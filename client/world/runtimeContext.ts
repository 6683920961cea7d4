import { createContext, useContext } from 'react';
import type { WorldRuntime } from './runtime.ts';

/** The mounted world's runtime, provided by WorldApp to the scene, the player rig and the HUD. */
export const WorldRuntimeContext = createContext<WorldRuntime | null>(null);

export function useWorldRuntime(): WorldRuntime {
  const rt = useContext(WorldRuntimeContext);
  if (!rt) throw new Error('useWorldRuntime must be used inside WorldRuntimeContext');
  return rt;
}
