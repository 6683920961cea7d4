import { NeutralToneMapping } from 'three';
import type { QualitySettings } from '../state/quality.ts';

/**
 * The world's GL context options for a quality tier (fixed when the context is created), shared by
 * the world's canvas and /studio's booth preview so a booth looks the same in both.
 * preserveDrawingBuffer stays off (it costs a copy per frame; Playwright screenshots work without it).
 */
export function worldGl(quality: QualitySettings) {
  return {
    antialias: quality.antialias,
    powerPreference: quality.tier === 'high' ? ('high-performance' as const) : ('low-power' as const),
    preserveDrawingBuffer: false,
    alpha: false,
    // Neutral keeps the palette's hues (ACES, R3F's default, greys and shifts pastels).
    toneMapping: NeutralToneMapping,
  };
}

/** The world's lens (vertical field of view in degrees, clip planes in metres). */
export const WORLD_LENS = { fov: 55, near: 0.1, far: 600 } as const;
