import { Canvas } from '@react-three/fiber';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PCFShadowMap } from 'three';
import type { QualitySettings } from './state/quality.ts';
import { FpsProbe } from './scene/FpsProbe.tsx';
import { FrameLoop } from './scene/FrameLoop.tsx';
import { WORLD_LENS, worldGl } from './scene/renderer.ts';

export interface WorldCanvasProps {
  quality: QualitySettings;
  /** Automatic quality only: called once if the first seconds render too slowly. */
  onSlow: (() => void) | undefined;
  children: ReactNode;
}

/**
 * The R3F canvas with the quality tier's renderer options. GL context options (antialias, power
 * preference: scene/renderer.ts) are fixed at creation; DPR, shadows and the frame cap follow the tier live.
 * R3F's own loop is the only one (frameloop "always"); FrameLoop draws within it, caps it on 'low'
 * and stops it while the tab is hidden.
 */

export function WorldCanvas({ quality, onSlow, children }: WorldCanvasProps) {
  const { t } = useTranslation('world');
  // Frozen at mount: a later downgrade must not try to recreate the context.
  const [gl] = useState(() => worldGl(quality));
  return (
    <Canvas
      frameloop="always"
      dpr={quality.dpr}
      shadows={quality.shadows ? { enabled: true, type: PCFShadowMap } : false}
      gl={gl}
      camera={{ ...WORLD_LENS, position: [0, 1.7, 12] }}
      onCreated={({ gl: renderer }) => {
        // FrameLoop resets renderer.info itself around its render, so counts cover exactly one frame (shadow pass included).
        renderer.info.autoReset = false;
      }}
      style={{ position: 'absolute', inset: 0, touchAction: 'none', outline: 'none' }}
      // A labelled focus target (not in the Tab order): dialogs closing with no opener left (a deep
      // link) return focus here instead of to <body> (dialog/focusTrap.ts worldFocusTarget); keys
      // still reach the world from here.
      tabIndex={-1}
      role="region"
      aria-label={t('canvasLabel')}
      data-world-canvas=""
    >
      <FrameLoop maxFps={quality.maxFps} />
      {onSlow && <FpsProbe onSlow={onSlow} />}
      {children}
    </Canvas>
  );
}
