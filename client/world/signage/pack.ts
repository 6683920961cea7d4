/**
 * Shelf packing of sign cells into one atlas. All cells are scaled by one factor so the whole world's
 * text fits in a single texture (one draw call, whatever the booth count); the factor shrinks only
 * when the content would not fit at full size (e.g. 200+ booths, or 2048² on low quality).
 */
export interface CellRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Packing {
  width: number;
  height: number;
  scale: number;
  rects: CellRect[];
}

/** Gap around every cell so mipmaps (down to 1/16 size) never mix neighbouring signs. */
export const PAD = 16;

function shelfPack(sizes: readonly [number, number][], width: number, maxHeight: number): { rects: CellRect[]; height: number } | null {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]![1] - sizes[a]![1] || sizes[b]![0] - sizes[a]![0]);
  const rects: CellRect[] = new Array(sizes.length);
  let x = PAD;
  let y = PAD;
  let shelf = 0;
  for (const i of order) {
    const [w, h] = sizes[i]!;
    if (w + 2 * PAD > width) return null;
    if (x + w + PAD > width) {
      x = PAD;
      y += shelf + PAD;
      shelf = 0;
    }
    if (y + h + PAD > maxHeight) return null;
    rects[i] = { x, y, w, h };
    x += w + PAD;
    shelf = Math.max(shelf, h);
  }
  return { rects, height: y + shelf + PAD };
}

/**
 * Packs `sizes` (px at scale 1) into at most maxEdge × maxHeight (maxHeight ≤ maxEdge: a memory cap
 * below the square). The width is the smallest power of two that gives a roughly square atlas; the
 * height is what the shelves use, rounded up to 4 (WebGL2 takes any size; less height = less memory).
 */
export function packCells(sizes: readonly [number, number][], maxEdge: number, maxHeight = maxEdge): Packing {
  let area = 0;
  for (const [w, h] of sizes) area += (w + PAD) * (h + PAD);
  let scale = Math.min(1, Math.sqrt((maxEdge * maxHeight * 0.92) / Math.max(1, area)));
  for (let tries = 0; tries < 40; tries++) {
    const scaled = sizes.map(([w, h]): [number, number] => [Math.max(8, Math.floor(w * scale)), Math.max(8, Math.floor(h * scale))]);
    const need = Math.sqrt(area) * scale * 1.1;
    let width = 256;
    while (width < need && width < maxEdge) width *= 2;
    for (; width <= maxEdge; width *= 2) {
      const packed = shelfPack(scaled, width, maxHeight);
      if (packed) return { width, height: Math.ceil(packed.height / 4) * 4, scale, rects: packed.rects };
    }
    scale *= 0.92;
  }
  throw new Error(`Sign atlas: ${sizes.length} cells do not fit ${maxEdge} × ${maxHeight}`);
}
