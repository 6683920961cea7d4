import { Canvas, useFrame } from '@react-three/fiber';
import { useMemo, useRef, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { layoutWorld } from '../../../shared/world/layout.ts';
import type { BoothPlacement } from '../../../shared/world/types.ts';
import { BoothPictures } from '../../world/media/BoothPictures.tsx';
import { Booths } from '../../world/scene/Booths.tsx';
import { FrameLoop } from '../../world/scene/FrameLoop.tsx';
import { Ground } from '../../world/scene/Ground.tsx';
import { Lights } from '../../world/scene/Lights.tsx';
import { WORLD_LENS, worldGl } from '../../world/scene/renderer.ts';
import { Sky } from '../../world/scene/Sky.tsx';
import { Signs } from '../../world/signage/Signs.tsx';
import { boothSignSpecs } from '../../world/signage/specs.ts';
import { WorldContext } from '../../world/state/context.ts';
import { QUALITY } from '../../world/state/quality.ts';
import { createWorld } from '../../world/state/worldStore.ts';
import { clampOrbit, previewCamera, previewView } from './previewView.ts';

export interface PreviewSceneProps {
  /** The venue with the draft laid over the booth (already debounced). */
  catalogue: Catalogue;
  boothId: string;
  /** The canvas's accessible name. */
  label: string;
  /** Said instead of the scene when the venue has no place for the booth. */
  unplaced: string;
}

/** The 'low' tier: no shadows, 30 fps at most; the preview is a small view beside a form, often on a phone. */
const QUALITY_LOW = QUALITY.low;
const noProgress = (): void => {};
/** Radians of swing per CSS pixel dragged. */
const DRAG_RATE = 0.008;

/** Puts the camera in front of the booth each frame the swing or the canvas's shape changed (before FrameLoop draws). */
function PreviewCamera({ booth, yaw }: { booth: BoothPlacement; yaw: RefObject<number> }) {
  const last = useMemo(() => ({ yaw: NaN, aspect: NaN, booth: null as BoothPlacement | null }), []);
  useFrame(({ camera, size }) => {
    const aspect = size.width / Math.max(1, size.height);
    if (last.yaw === yaw.current && last.aspect === aspect && last.booth === booth) return;
    Object.assign(last, { yaw: yaw.current, aspect, booth });
    const { position, target } = previewCamera(booth, yaw.current, aspect, WORLD_LENS.fov);
    camera.position.set(...position);
    camera.lookAt(...target);
  });
  return null;
}

/**
 * The draft booth drawn by the world's own parts (Booths, Signs with the booth signs only,
 * BoothPictures, the floor, sky and lights) into a world of its own (state/worldStore.ts), so
 * colours, sign and pictures come out exactly as visitors will see them. Nothing here opens a
 * booth or walks: the preview world has no booth opener and no player rig. Dragging sideways swings
 * the camera a little round the booth; nothing moves by itself (reduced motion needs no exception).
 */
export default function PreviewScene({ catalogue, boothId, label, unplaced }: PreviewSceneProps) {
  const full = useMemo(() => layoutWorld(catalogue), [catalogue]);
  const view = useMemo(() => previewView(full, boothId), [full, boothId]);
  const [world] = useState(() => createWorld({ layout: view?.layout ?? full, cameraMode: 'overview', quality: QUALITY_LOW.tier }));
  const [gl] = useState(() => worldGl(QUALITY_LOW));
  const ready = useStore(world.store, (s) => s.ready);
  const yaw = useRef(0);
  const drag = useRef<{ x: number; yaw: number } | null>(null);

  if (!view) return <p className="preview3d__note">{unplaced}</p>;
  return (
    <div
      className="preview3d__view"
      data-ready={ready ? '' : undefined}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, yaw: yaw.current };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current) yaw.current = clampOrbit(drag.current.yaw - (e.clientX - drag.current.x) * DRAG_RATE);
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      <WorldContext.Provider value={world}>
        <Canvas frameloop="always" dpr={QUALITY_LOW.dpr} shadows={false} gl={gl} camera={WORLD_LENS} role="img" aria-label={label} data-preview-canvas="">
          <FrameLoop maxFps={QUALITY_LOW.maxFps} />
          <Sky layout={full} overview={false} />
          <Lights layout={full} shadows={false} shadowMapSize={0} />
          <Ground layout={full} shadows={false} />
          <Booths layout={view.layout} catalogue={catalogue} shadows={false} />
          <Signs layout={view.layout} catalogue={catalogue} atlasMax={QUALITY_LOW.atlasMax} onProgress={noProgress} specsOf={boothSignSpecs} />
          <BoothPictures layout={view.layout} catalogue={catalogue} tier={QUALITY_LOW.tier} />
          <PreviewCamera booth={view.booth} yaw={yaw} />
        </Canvas>
      </WorldContext.Provider>
    </div>
  );
}
