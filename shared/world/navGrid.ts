import type { NavGrid, Rect, Vec2 } from './types.ts';

/**
 * Builds the walkability grid: a cell is blocked when any part of it lies within `radius` of a
 * collider (conservative rasterisation of the inflated boxes) or closer than `radius` to the bounds.
 * So any point in a free cell, and any segment crossing only free cells, keeps the player's whole
 * circle clear of every collider: paths on this grid never scrape a wall.
 * Cost: O(cells + Σ collider area in cells); ~0.1M cells for a 300-booth hall.
 */
export function buildNavGrid(bounds: Rect, colliders: readonly Rect[], radius: number, cellSize: number): NavGrid {
  const cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / cellSize));
  const rows = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / cellSize));
  const originX = bounds.minX;
  const originZ = bounds.minZ;
  const blocked = new Uint8Array(cols * rows);
  const blockRect = (minX: number, minZ: number, maxX: number, maxZ: number): void => {
    // Cells whose open interior overlaps the open rect.
    const c0 = Math.max(0, Math.floor((minX - originX) / cellSize));
    const c1 = Math.min(cols - 1, Math.ceil((maxX - originX) / cellSize) - 1);
    const r0 = Math.max(0, Math.floor((minZ - originZ) / cellSize));
    const r1 = Math.min(rows - 1, Math.ceil((maxZ - originZ) / cellSize) - 1);
    for (let r = r0; r <= r1; r++) blocked.fill(1, r * cols + c0, r * cols + c1 + 1);
  };
  for (const c of colliders) blockRect(c.minX - radius, c.minZ - radius, c.maxX + radius, c.maxZ + radius);
  // The bounds themselves, inset by the radius (cells past the last full cell included).
  blockRect(-Infinity, -Infinity, bounds.minX + radius, Infinity);
  blockRect(bounds.maxX - radius, -Infinity, Infinity, Infinity);
  blockRect(-Infinity, -Infinity, Infinity, bounds.minZ + radius);
  blockRect(-Infinity, bounds.maxZ - radius, Infinity, Infinity);
  return { cellSize, originX, originZ, cols, rows, blocked };
}

/** Column of x, clamped into the grid. */
export function cellCol(nav: NavGrid, x: number): number {
  return Math.min(nav.cols - 1, Math.max(0, Math.floor((x - nav.originX) / nav.cellSize)));
}

export function cellRow(nav: NavGrid, z: number): number {
  return Math.min(nav.rows - 1, Math.max(0, Math.floor((z - nav.originZ) / nav.cellSize)));
}

export function cellCenter(nav: NavGrid, index: number): Vec2 {
  const c = index % nav.cols;
  const r = (index - c) / nav.cols;
  return { x: nav.originX + (c + 0.5) * nav.cellSize, z: nav.originZ + (r + 0.5) * nav.cellSize };
}

/** True when p lies inside the grid in a free cell. */
export function isWalkable(nav: NavGrid, p: Vec2): boolean {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.z)) return false;
  const fx = (p.x - nav.originX) / nav.cellSize;
  const fz = (p.z - nav.originZ) / nav.cellSize;
  if (fx < 0 || fz < 0 || fx >= nav.cols || fz >= nav.rows) return false;
  return nav.blocked[Math.floor(fz) * nav.cols + Math.floor(fx)] === 0;
}

/**
 * Nearest free cell to p (Euclidean between cell centres), or -1 when the grid has none.
 * Searches square rings outward; once a ring holds a free cell, rings up to √2 times as far can
 * still hold a nearer one, so it looks that far and no further.
 */
export function nearestFreeCell(nav: NavGrid, p: Vec2): number {
  const pc = cellCol(nav, p.x);
  const pr = cellRow(nav, p.z);
  if (nav.blocked[pr * nav.cols + pc] === 0) return pr * nav.cols + pc;
  const maxRing = Math.max(nav.cols, nav.rows);
  let best = -1;
  let bestD = Infinity;
  let stopAt = maxRing;
  for (let k = 1; k <= Math.min(maxRing, stopAt); k++) {
    for (let r = pr - k; r <= pr + k; r++) {
      if (r < 0 || r >= nav.rows) continue;
      const edgeRow = r === pr - k || r === pr + k;
      for (let c = pc - k; c <= pc + k; c += edgeRow ? 1 : 2 * k) {
        if (c < 0 || c >= nav.cols) continue;
        const i = r * nav.cols + c;
        if (nav.blocked[i] !== 0) continue;
        const d = (c - pc) * (c - pc) + (r - pr) * (r - pr);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
    }
    if (best >= 0 && stopAt === maxRing) stopAt = Math.ceil(k * Math.SQRT2);
  }
  return best;
}
