/**
 * Uniform spatial grid over the hall for interest management: which avatars each visitor hears
 * about. Ids are small integers (the avatar's slot, the same uint16 the position frame carries),
 * so all bookkeeping lives in typed arrays indexed by id and every update is O(1):
 * each cell keeps a plain array of ids, and an id's index inside it allows swap-remove.
 * Cell arrays are kept and reused when they empty, so a steady crowd allocates nothing per tick.
 *
 * Positions are clamped into the bounds when stored (NaN → the min edge, like quantize.ts): the
 * server clamps avatars to walkable space anyway, and clamping keeps every id inside its cell,
 * which the ring search below relies on.
 */
import type { Rect, Vec2 } from '../world/types.ts';

// The hall's radius, tiers and cell size are server/hall/config.ts's (INTEREST_RADIUS, GRID_CELL).

export interface InterestGrid {
  readonly bounds: Rect;
  readonly cellSize: number;
  readonly cols: number;
  readonly rows: number;
  /** Ids run from 0 to capacity - 1. */
  readonly capacity: number;
  readonly xs: Float64Array;
  readonly zs: Float64Array;
  /** Cell of each id, -1 when absent. */
  readonly cellOfId: Int32Array;
  readonly indexInCell: Int32Array;
  /** Row-major: cell = row * cols + col. */
  readonly cells: number[][];
  size: number;
  /** Scratch for `nearest`, grown on demand (only when k grows). */
  candIds: Int32Array;
  candD2: Float64Array;
}

export function createInterestGrid(bounds: Rect, cellSize: number, capacity: number): InterestGrid {
  const w = bounds.maxX - bounds.minX;
  const h = bounds.maxZ - bounds.minZ;
  if (!(cellSize > 0) || !(w > 0) || !(h > 0) || !Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError('interest grid needs positive bounds, cell size and capacity');
  }
  const cols = Math.max(1, Math.ceil(w / cellSize));
  const rows = Math.max(1, Math.ceil(h / cellSize));
  return {
    bounds, cellSize, cols, rows, capacity,
    xs: new Float64Array(capacity),
    zs: new Float64Array(capacity),
    cellOfId: new Int32Array(capacity).fill(-1),
    indexInCell: new Int32Array(capacity),
    cells: Array.from({ length: cols * rows }, () => []),
    size: 0,
    candIds: new Int32Array(32),
    candD2: new Float64Array(32),
  };
}

const clamp = (v: number, lo: number, hi: number): number => (Number.isNaN(v) ? lo : Math.min(hi, Math.max(lo, v)));

/** The cell holding point (x, z); points outside the bounds map to the nearest edge cell. */
function cellAt(grid: InterestGrid, x: number, z: number): number {
  const col = clamp(Math.floor((x - grid.bounds.minX) / grid.cellSize), 0, grid.cols - 1);
  const row = clamp(Math.floor((z - grid.bounds.minZ) / grid.cellSize), 0, grid.rows - 1);
  return row * grid.cols + col;
}

function hasId(grid: InterestGrid, id: number): boolean {
  return Number.isInteger(id) && id >= 0 && id < grid.capacity && grid.cellOfId[id] !== -1;
}

function detach(grid: InterestGrid, id: number, cell: number): void {
  const list = grid.cells[cell]!;
  const i = grid.indexInCell[id]!;
  const last = list.pop()!;
  if (last !== id) {
    list[i] = last;
    grid.indexInCell[last] = i;
  }
}

function attach(grid: InterestGrid, id: number, cell: number): void {
  const list = grid.cells[cell]!;
  grid.indexInCell[id] = list.length;
  list.push(id);
  grid.cellOfId[id] = cell;
}

/** Add `id` at (x, z), or move it there if it is already in. Throws on an id out of range. */
export function insertId(grid: InterestGrid, id: number, x: number, z: number): void {
  if (!Number.isInteger(id) || id < 0 || id >= grid.capacity) throw new RangeError(`id ${id} out of range`);
  const b = grid.bounds;
  const cx = clamp(x, b.minX, b.maxX);
  const cz = clamp(z, b.minZ, b.maxZ);
  grid.xs[id] = cx;
  grid.zs[id] = cz;
  const cell = cellAt(grid, cx, cz);
  const old = grid.cellOfId[id]!;
  if (old === cell) return;
  if (old === -1) grid.size++;
  else detach(grid, id, old);
  attach(grid, id, cell);
}

export function removeId(grid: InterestGrid, id: number): boolean {
  if (!hasId(grid, id)) return false;
  detach(grid, id, grid.cellOfId[id]!);
  grid.cellOfId[id] = -1;
  grid.size--;
  return true;
}

/** Keep the k best (smallest d², then smallest id) candidates sorted in the scratch arrays. */
function offer(grid: InterestGrid, n: number, k: number, id: number, d2: number): number {
  const ids = grid.candIds;
  const ds = grid.candD2;
  if (n === k && (d2 > ds[k - 1]! || (d2 === ds[k - 1]! && id > ids[k - 1]!))) return n;
  let i = n < k ? n++ : k - 1;
  while (i > 0 && (ds[i - 1]! > d2 || (ds[i - 1]! === d2 && ids[i - 1]! > id))) {
    ids[i] = ids[i - 1]!;
    ds[i] = ds[i - 1]!;
    i--;
  }
  ids[i] = id;
  ds[i] = d2;
  return n;
}

function scanCell(grid: InterestGrid, cell: number, self: number, qx: number, qz: number, r2: number, k: number, n: number): number {
  const list = grid.cells[cell]!;
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    if (id === self) continue;
    const dx = grid.xs[id]! - qx;
    const dz = grid.zs[id]! - qz;
    const d2 = dx * dx + dz * dz;
    if (d2 <= r2) n = offer(grid, n, k, id, d2);
  }
  return n;
}

/**
 * The k nearest ids within `radius` (inclusive) of a point or of an id (which is then left out),
 * nearest first, ties by smaller id; written into `out`, returns the count (≤ k). The room asks for
 * its minimum (24) or a larger k where the byte budget allows. Rings of cells are searched outward
 * and the search stops as soon as no unvisited cell can hold anything closer than the k-th found.
 */
export function nearest(grid: InterestGrid, query: number | Vec2, k: number, radius: number, out: number[]): number {
  out.length = 0;
  let qx: number;
  let qz: number;
  let self = -1;
  if (typeof query === 'number') {
    if (!hasId(grid, query)) return 0;
    self = query;
    qx = grid.xs[query]!;
    qz = grid.zs[query]!;
  } else {
    qx = query.x;
    qz = query.z;
  }
  if (!(k >= 1) || !(radius >= 0) || Number.isNaN(qx) || Number.isNaN(qz)) return 0;
  if (grid.candIds.length < k) {
    grid.candIds = new Int32Array(k);
    grid.candD2 = new Float64Array(k);
  }
  const r2 = radius * radius;
  const { cols, rows, cellSize, bounds } = grid;
  const home = cellAt(grid, qx, qz);
  const hc = home % cols;
  const hr = (home - hc) / cols;
  let n = 0;
  for (let ring = 0; ; ring++) {
    const c0 = hc - ring;
    const c1 = hc + ring;
    const r0 = hr - ring;
    const r1 = hr + ring;
    for (let r = Math.max(0, r0); r <= Math.min(rows - 1, r1); r++) {
      if (r === r0 || r === r1) {
        // The ring's top and bottom rows: every column.
        for (let c = Math.max(0, c0); c <= Math.min(cols - 1, c1); c++) n = scanCell(grid, r * cols + c, self, qx, qz, r2, k, n);
      } else {
        // Rows in between: only the ring's two ends, where they exist.
        if (c0 >= 0) n = scanCell(grid, r * cols + c0, self, qx, qz, r2, k, n);
        if (c1 < cols) n = scanCell(grid, r * cols + c1, self, qx, qz, r2, k, n);
      }
    }
    // Anything outside this block lies beyond one of its sides that is not the hall's edge.
    let bound = Infinity;
    if (c0 > 0) bound = Math.min(bound, qx - (bounds.minX + c0 * cellSize));
    if (c1 < cols - 1) bound = Math.min(bound, bounds.minX + (c1 + 1) * cellSize - qx);
    if (r0 > 0) bound = Math.min(bound, qz - (bounds.minZ + r0 * cellSize));
    if (r1 < rows - 1) bound = Math.min(bound, bounds.minZ + (r1 + 1) * cellSize - qz);
    if (bound === Infinity || bound > radius) break;
    if (n === k && grid.candD2[k - 1]! < bound * bound) break;
  }
  for (let i = 0; i < n; i++) out.push(grid.candIds[i]!);
  return n;
}
