/**
 * Render quality tiers. `?quality=low|high` forces one; otherwise we start from what the device tells
 * us (navigator.deviceMemory) and drop to 'low' if the first seconds render slowly (FpsProbe).
 * WebGL2 itself is required (three.js 0.187), so "no WebGL2" is handled by webgl.ts, not here.
 */
export type QualityTier = 'low' | 'high';

export interface QualitySettings {
  tier: QualityTier;
  /** Device-pixel-ratio range handed to R3F (it clamps window.devicePixelRatio into it). */
  dpr: [number, number];
  shadows: boolean;
  /** Decided when the canvas is created; a later downgrade keeps it (a GL context cannot change it). */
  antialias: boolean;
  /** Frames per second cap; Infinity = the display's rate. 30 fps halves GPU/CPU work on weak devices. */
  maxFps: number;
  /** Largest sign-atlas edge in pixels: 4096² is 64 MB of texture, too much for small GPUs. */
  atlasMax: number;
  /** One directional light's shadow map; 2048² covers the ~130 m world at ~6 cm per texel. */
  shadowMapSize: number;
}

export const QUALITY: Record<QualityTier, QualitySettings> = {
  high: { tier: 'high', dpr: [1, 2], shadows: true, antialias: true, maxFps: Infinity, atlasMax: 4096, shadowMapSize: 2048 },
  low: { tier: 'low', dpr: [1, 1], shadows: false, antialias: false, maxFps: 30, atlasMax: 2048, shadowMapSize: 0 },
};

/** Devices reporting this much memory or less (GB; Chrome rounds down to 0.25…8) start on 'low'. */
export const LOW_MEMORY_GB = 4;

/** The FPS probe: skip the first frames (shader compiles, texture uploads), then average over a window. */
export const FPS_PROBE = { warmupMs: 1500, windowMs: 3000, minFps: 24 } as const;

export function parseQualityParam(search: string): QualityTier | null {
  const q = new URLSearchParams(search).get('quality');
  return q === 'low' || q === 'high' ? q : null;
}

export interface QualityChoice {
  tier: QualityTier;
  /** Forced by the URL: the FPS probe must not change it. */
  forced: boolean;
  reason: 'param' | 'device-memory' | 'default';
}

export function chooseInitialQuality(search: string, deviceMemory: number | undefined): QualityChoice {
  const param = parseQualityParam(search);
  if (param) return { tier: param, forced: true, reason: 'param' };
  if (deviceMemory !== undefined && deviceMemory <= LOW_MEMORY_GB) return { tier: 'low', forced: false, reason: 'device-memory' };
  return { tier: 'high', forced: false, reason: 'default' };
}

/** navigator.deviceMemory exists in Chromium only; undefined elsewhere. */
export function deviceMemoryGb(): number | undefined {
  const m = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
  return typeof m === 'number' ? m : undefined;
}

/** True when the frames counted over `ms` milliseconds are too few to feel smooth. */
export function isSlow(frames: number, ms: number): boolean {
  return ms > 0 && (frames * 1000) / ms < FPS_PROBE.minFps;
}
