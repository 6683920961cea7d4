import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { RemoteAvatars } from './avatars/RemoteAvatars.tsx';
import { Hud } from './hud/Hud.tsx';
import { NetFrame } from './net/NetFrame.tsx';
import { useHallWorld } from './net/useHallWorld.ts';
import { PlayerRig } from './player/PlayerRig.tsx';
import { Scene } from './scene/Scene.tsx';
import { WorldContext } from './state/context.ts';
import { chooseInitialQuality, deviceMemoryGb, QUALITY } from './state/quality.ts';
import { createWorld } from './state/worldStore.ts';
import { loadTestHook } from './testHook/load.ts';
import { WorldCanvas } from './WorldCanvas.tsx';

export interface WorldAppProps {
  catalogue: Catalogue;
  /** Sign atlas progress, 0…1 (the loading screen's "signs" stage). */
  onSignsProgress: (fraction: number) => void;
  /** Fonts loaded, every sign laid out and a frame drawn after that. */
  onReady: () => void;
}

/**
 * Root of the heavy, lazily loaded 3D chunk: one world (store + per-frame object, state/), its hall
 * connection, the test hook, then the canvas (scene, player rig, remote avatars) and the DOM HUD.
 *
 * The world lives as long as the page: a changed venue (`catalogue`) is laid out again into it
 * (the store's `relayout`: the visitor and camera stay put), and the scene, signs and HUD re-render
 * from the new layout and catalogue, which change together; the canvas is never remounted.
 */
export default function WorldApp({ catalogue, onSignsProgress, onReady }: WorldAppProps) {
  const [choice] = useState(() => chooseInitialQuality(location.search, deviceMemoryGb()));
  const [shown, setShown] = useState(catalogue);
  // Created once: later venues are laid out into it (below).
  const [world] = useState(() =>
    createWorld({
      layout: layoutWorld(catalogue),
      cameraMode: new URLSearchParams(location.search).get('camera') === 'overview' ? 'overview' : 'follow',
      quality: choice.tier,
    }),
  );
  useEffect(() => {
    if (catalogue === shown) return;
    world.store.getState().relayout(layoutWorld(catalogue));
    setShown(catalogue);
  }, [world, catalogue, shown]);
  const layout = useStore(world.store, (s) => s.layout);
  const { cameraMode } = world.store.getState();
  const tier = useStore(world.store, (s) => s.quality);
  const ready = useStore(world.store, (s) => s.ready);
  // Multiplayer: the hall connection for this world (works alone while connecting or offline).
  const net = useHallWorld(world);
  // Tests and benchmarks only (switched on before the page loads); a visitor's page never loads it.
  useEffect(() => loadTestHook(world, net), [world, net]);
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);

  const onSlow = useCallback(() => world.store.getState().setQuality('low'), [world]);
  const quality = QUALITY[tier];
  const overview = cameraMode === 'overview';

  return (
    <WorldContext.Provider value={world}>
      <WorldCanvas quality={quality} onSlow={choice.forced ? undefined : onSlow}>
        <Scene layout={layout} catalogue={shown} quality={quality} atlasMax={QUALITY[choice.tier].atlasMax} overview={overview} onSignsProgress={onSignsProgress} />
        <PlayerRig />
        <RemoteAvatars remotes={net.remotes} emotes={net.emotes} />
        <NetFrame net={net} />
      </WorldCanvas>
      {/* The overview (?camera=overview: benchmarks, screenshots) shows the scene alone: no HUD, entry or help. */}
      {overview ? null : <Hud catalogue={shown} layout={layout} />}
    </WorldContext.Provider>
  );
}
