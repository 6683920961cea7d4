import { drawSign, type DrawnLine } from './draw.ts';
import { packCells, type Packing } from './pack.ts';
import { CELL, type SignSpec } from './specs.ts';

/**
 * Draws every sign into ONE canvas (the texture behind the single instanced sign mesh). Drawing is
 * split into slices with a yield between them, so a 200-booth world does not freeze the page and the
 * loading screen can show real progress.
 */
export interface Atlas {
  canvas: HTMLCanvasElement;
  packing: Packing;
  /** The text lines drawn for each spec, in cell pixels (the test hook's signLines()). */
  lines: DrawnLine[][];
}

/**
 * GPU bytes the atlas may take with its mipmaps: 64 MB is a 4096 × 3072 atlas, so on `high` the
 * scene's textures stay within issue 9's 128 MB beside the shadow map and the booth picture pool
 * (client/world/media/budget.ts); a 2048² atlas (`low`) is well under it.
 */
export const ATLAS_MAX_BYTES = 64 * 1024 * 1024;

/** The tallest atlas `maxEdge` wide that ATLAS_MAX_BYTES allows (4 bytes a texel, 4/3 for the mip chain). */
export function atlasMaxHeight(maxEdge: number): number {
  return Math.min(maxEdge, Math.floor(ATLAS_MAX_BYTES / (maxEdge * 4 * (4 / 3)) / 4) * 4);
}

/** Time budget per slice before yielding to the browser (keeps input and the progress bar alive). */
const SLICE_MS = 24;

const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function buildAtlas(
  specs: readonly SignSpec[],
  maxEdge: number,
  onProgress: (done: number, total: number) => void,
  signal: { cancelled: boolean },
): Promise<Atlas> {
  const sizes = specs.map((s) => CELL[s.content.kind]);
  const packing = packCells(sizes, maxEdge, atlasMaxHeight(maxEdge));
  const canvas = document.createElement('canvas');
  canvas.width = packing.width;
  canvas.height = packing.height;
  const c = canvas.getContext('2d');
  if (!c) throw new Error('Sign atlas: no 2D canvas context');
  const lines: DrawnLine[][] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < specs.length; i++) {
    const r = packing.rects[i]!;
    const [w, h] = sizes[i]!;
    c.save();
    c.beginPath();
    c.rect(r.x, r.y, r.w, r.h);
    c.clip();
    c.translate(r.x, r.y);
    c.scale(r.w / w, r.h / h);
    lines.push(drawSign(c, specs[i]!.content, w, h));
    c.restore();
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(i + 1, specs.length);
      await nextTask();
      if (signal.cancelled) throw new Error('cancelled');
      sliceStart = performance.now();
    }
  }
  onProgress(specs.length, specs.length);
  return { canvas, packing, lines };
}
