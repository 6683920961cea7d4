import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { useHallWorld } from '../net/useHallWorld.ts';
import { RemoteAvatars } from './avatars/RemoteAvatars.tsx';
import { Hud } from './hud/Hud.tsx';
import { PlayerRig } from './player/PlayerRig.tsx';
import { chooseInitialQuality, deviceMemoryGb, QUALITY, type QualityTier } from './quality.ts';
import { createRuntime } from './runtime.ts';
import { WorldRuntimeContext } from './runtimeContext.ts';
import { Scene } from './scene/Scene.tsx';
import { installTestHook } from './testHook.ts';
import { WorldCanvas } from './WorldCanvas.tsx';

export interface WorldAppProps {
  catalogue: Catalogue;
  /** Sign atlas progress, 0…1 (the loading screen's "signs" stage). */
  onSignsProgress: (fraction: number) => void;
  /** Fonts loaded, every sign laid out and a frame drawn after that. */
  onReady: () => void;
}

/**
 * Root of the heavy, lazily loaded 3D chunk: one runtime (per-frame state outside React), the layout,
 * the quality tier, the test hook, then the canvas (scene + player rig) and the DOM HUD over it.
 */
export default function WorldApp({ catalogue, onSignsProgress, onReady }: WorldAppProps) {
  const layout = useMemo(() => layoutWorld(catalogue), [catalogue]);
  const [runtime] = useState(() => {
    const rt = createRuntime();
    rt.cameraMode = new URLSearchParams(location.search).get('camera') === 'overview' ? 'overview' : 'follow';
    // Nothing is laid out yet: the sign mesh sets the real count, so "ready" cannot fire early.
    rt.signsPending = 1;
    return rt;
  });
  // Set during render (idempotent) so the rig and HUD see it on their first render.
  runtime.layout = layout;

  const [choice] = useState(() => chooseInitialQuality(location.search, deviceMemoryGb()));
  const [tier, setTier] = useState<QualityTier>(choice.tier);
  const tierRef = useRef(tier);
  useEffect(() => {
    tierRef.current = tier;
  }, [tier]);
  useEffect(() => installTestHook(runtime, () => tierRef.current), [runtime]);
  // Multiplayer: the hall connection for this world (works alone while connecting or offline).
  const net = useHallWorld(runtime, layout);

  const onSlow = useCallback(() => setTier('low'), []);
  const quality = QUALITY[tier];

  return (
    <WorldRuntimeContext.Provider value={runtime}>
      <WorldCanvas quality={quality} onSlow={choice.forced ? undefined : onSlow} onReady={onReady}>
        <Scene layout={layout} catalogue={catalogue} quality={quality} atlasMax={QUALITY[choice.tier].atlasMax} overview={runtime.cameraMode === 'overview'} onSignsProgress={onSignsProgress} />
        <PlayerRig />
        <RemoteAvatars net={net} shadows={quality.shadows} />
      </WorldCanvas>
      {/* The overview (?camera=overview: benchmarks, screenshots) shows the scene alone: no HUD, entry or help. */}
      {runtime.cameraMode === 'overview' ? null : <Hud catalogue={catalogue} layout={layout} />}
    </WorldRuntimeContext.Provider>
  );
}
