/**
 * The world's loading stages and how much each weighs in the progress bar. Weights follow what
 * usually takes longest on a first visit: the 3D engine chunk and the sign font are the big downloads
 * (~300 KB and ~870 KB), the atlas drawing is CPU work, the catalogue is one small JSON.
 */
export const STAGES = ['engine', 'catalogue', 'font', 'signs', 'frame'] as const;
export type StageId = (typeof STAGES)[number];

export const STAGE_WEIGHT: Record<StageId, number> = { engine: 30, catalogue: 10, font: 35, signs: 20, frame: 5 };

/** Each stage's completion, 0…1. */
export type StageProgress = Record<StageId, number>;

export const NO_PROGRESS: StageProgress = { engine: 0, catalogue: 0, font: 0, signs: 0, frame: 0 };

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/** Overall percentage 0…100, an integer that only reaches 100 when every stage is complete. */
export function overallPercent(p: StageProgress): number {
  let sum = 0;
  let total = 0;
  for (const id of STAGES) {
    sum += STAGE_WEIGHT[id] * clamp01(p[id]);
    total += STAGE_WEIGHT[id];
  }
  const pct = Math.floor((sum / total) * 100);
  return STAGES.every((id) => clamp01(p[id]) >= 1) ? 100 : Math.min(99, pct);
}

/** Byte progress to a fraction; an unknown total (0) shows as a slowly filling guess, never full. */
export function byteFraction(loaded: number, total: number, expected: number): number {
  if (total > 0) return clamp01(loaded / total);
  return clamp01(loaded / expected) * 0.95;
}
