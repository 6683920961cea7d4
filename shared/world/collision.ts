import { PLAYER_RADIUS } from './constants.ts';
import { cellCenter, isWalkable, nearestFreeCell } from './navGrid.ts';
import type { BoothPlacement, Layout, NavGrid, Rect, Vec2 } from './types.ts';

/**
 * A uniform grid over the colliders (and over booth interact points) so that collision and
 * booth-proximity queries touch only the few boxes near the player: O(1) in the booth count.
 * Stored in flat typed arrays (CSR: cell → slice of item indices) so queries allocate nothing.
 */
export interface SpatialIndex {
  cellSize: number;
  originX: number;
  originZ: number;
  cols: number;
  rows: number;
  /** Items of cell i are items[start[i] .. start[i+1]). */
  start: Int32Array;
  items: Int32Array;
}

export interface CollisionWorld {
  bounds: Rect;
  spawn: Vec2;
  radius: number;
  nav: NavGrid;
  /** Colliders as [minX, minZ, maxX, maxZ] quadruples. */
  boxes: Float64Array;
  boxIndex: SpatialIndex;
  booths: readonly BoothPlacement[];
  boothIndex: SpatialIndex;
  /** The largest interactRadius, so a booth query knows how far to look. */
  maxInteractRadius: number;
}

/** 4 m cells: about one booth each, and a player's circle touches at most four. */
const INDEX_CELL = 4;

function buildIndex(bounds: Rect, spans: readonly Rect[]): SpatialIndex {
  const cols = Math.max(1, Math.ceil((bounds.maxX - bounds.minX) / INDEX_CELL));
  const rows = Math.max(1, Math.ceil((bounds.maxZ - bounds.minZ) / INDEX_CELL));
  const range = (v: number, origin: number, n: number): number => Math.min(n - 1, Math.max(0, Math.floor((v - origin) / INDEX_CELL)));
  const counts = new Int32Array(cols * rows + 1);
  const each = (s: Rect, f: (cell: number) => void): void => {
    const c1 = range(s.maxX, bounds.minX, cols);
    const r1 = range(s.maxZ, bounds.minZ, rows);
    for (let r = range(s.minZ, bounds.minZ, rows); r <= r1; r++) {
      for (let c = range(s.minX, bounds.minX, cols); c <= c1; c++) f(r * cols + c);
    }
  };
  for (const s of spans) each(s, (cell) => (counts[cell + 1]! += 1));
  for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
  const start = counts.slice();
  const fill = counts.slice();
  const items = new Int32Array(start[start.length - 1]!);
  spans.forEach((s, k) => each(s, (cell) => (items[fill[cell]!++] = k)));
  return { cellSize: INDEX_CELL, originX: bounds.minX, originZ: bounds.minZ, cols, rows, start, items };
}

/** Builds the collision world once per layout (cost O(colliders + booths)). */
export function createCollisionWorld(layout: Layout): CollisionWorld {
  const boxes = new Float64Array(layout.colliders.length * 4);
  layout.colliders.forEach((c, i) => boxes.set([c.minX, c.minZ, c.maxX, c.maxZ], i * 4));
  const maxInteractRadius = layout.booths.reduce((m, b) => Math.max(m, b.interactRadius), 0);
  return {
    bounds: layout.bounds,
    spawn: layout.spawn.position,
    radius: PLAYER_RADIUS,
    nav: layout.nav,
    boxes,
    boxIndex: buildIndex(layout.bounds, layout.colliders),
    booths: layout.booths,
    boothIndex: buildIndex(
      layout.bounds,
      layout.booths.map((b) => ({ minX: b.interactPoint.x, minZ: b.interactPoint.z, maxX: b.interactPoint.x, maxZ: b.interactPoint.z })),
    ),
    maxInteractRadius,
  };
}

/** Scratch output of resolveCircle, reused to avoid allocating per sub-step. */
export interface MutableVec2 {
  x: number;
  z: number;
}

/**
 * Pushes a circle at p (radius r) out of every collider it overlaps, along the shortest way out, and
 * keeps it inside the bounds. Pushing along the contact normal is what makes a diagonal walk slide
 * along a wall: the component into the wall is removed, the one along it stays. Mutates p.
 * Returns true when anything was pushed.
 */
export function resolveCircle(world: CollisionWorld, p: MutableVec2): boolean {
  const r = world.radius;
  const { boxes, boxIndex: ix } = world;
  const r2 = r * r - 1e-9;
  let pushed = false;
  // A few passes settle corners where two boxes push against each other.
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    const c0 = Math.max(0, Math.floor((p.x - r - ix.originX) / ix.cellSize));
    const c1 = Math.min(ix.cols - 1, Math.floor((p.x + r - ix.originX) / ix.cellSize));
    const r0 = Math.max(0, Math.floor((p.z - r - ix.originZ) / ix.cellSize));
    const r1 = Math.min(ix.rows - 1, Math.floor((p.z + r - ix.originZ) / ix.cellSize));
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const cell = row * ix.cols + col;
        for (let j = ix.start[cell]!; j < ix.start[cell + 1]!; j++) {
          const k = ix.items[j]! * 4;
          const minX = boxes[k]!;
          const minZ = boxes[k + 1]!;
          const maxX = boxes[k + 2]!;
          const maxZ = boxes[k + 3]!;
          const qx = p.x < minX ? minX : p.x > maxX ? maxX : p.x;
          const qz = p.z < minZ ? minZ : p.z > maxZ ? maxZ : p.z;
          const dx = p.x - qx;
          const dz = p.z - qz;
          const d2 = dx * dx + dz * dz;
          if (d2 >= r2) continue;
          if (d2 > 1e-12) {
            const d = Math.sqrt(d2);
            p.x = qx + (dx / d) * r;
            p.z = qz + (dz / d) * r;
          } else {
            // Centre inside the box (only after a teleport or a spawn inside one): leave by the nearest face.
            const left = p.x - minX;
            const right = maxX - p.x;
            const top = p.z - minZ;
            const bottom = maxZ - p.z;
            const m = Math.min(left, right, top, bottom);
            if (m === left) p.x = minX - r;
            else if (m === right) p.x = maxX + r;
            else if (m === top) p.z = minZ - r;
            else p.z = maxZ + r;
          }
          moved = true;
        }
      }
    }
    pushed ||= moved;
    if (!moved) break;
  }
  const b = world.bounds;
  const x = Math.min(b.maxX - r, Math.max(b.minX + r, p.x));
  const z = Math.min(b.maxZ - r, Math.max(b.minZ + r, p.z));
  if (x !== p.x || z !== p.z) pushed = true;
  p.x = x;
  p.z = z;
  return pushed;
}

/** True when a circle of the player's radius at p overlaps no collider and lies inside the bounds. */
export function isClear(world: CollisionWorld, p: Vec2): boolean {
  const probe = { x: p.x, z: p.z };
  return !resolveCircle(world, probe);
}

/**
 * A position the server can trust: p itself when the player could stand there, otherwise the centre
 * of the nearest walkable nav cell (the spawn point for non-finite input).
 */
export function clampToWalkable(world: CollisionWorld, p: Vec2): Vec2 {
  if (!Number.isFinite(p.x) || !Number.isFinite(p.z)) return { x: world.spawn.x, z: world.spawn.z };
  if (isWalkable(world.nav, p) || isClear(world, p)) return { x: p.x, z: p.z };
  const cell = nearestFreeCell(world.nav, p);
  return cell >= 0 ? cellCenter(world.nav, cell) : { x: world.spawn.x, z: world.spawn.z };
}

/**
 * The booth whose interactPoint is nearest to `position`, among those within their interactRadius;
 * null when none. With a CollisionWorld it looks only at nearby cells (O(1)); with a Layout it scans.
 */
export function nearestBooth(source: Layout | CollisionWorld, position: Vec2): BoothPlacement | null {
  if (!Number.isFinite(position.x) || !Number.isFinite(position.z)) return null;
  let best: BoothPlacement | null = null;
  let bestD = Infinity;
  const consider = (b: BoothPlacement): void => {
    const d = Math.hypot(b.interactPoint.x - position.x, b.interactPoint.z - position.z);
    if (d <= b.interactRadius && d < bestD) {
      bestD = d;
      best = b;
    }
  };
  if (!('boothIndex' in source)) {
    for (const b of source.booths) consider(b);
    return best;
  }
  const ix = source.boothIndex;
  const R = source.maxInteractRadius;
  const c0 = Math.max(0, Math.floor((position.x - R - ix.originX) / ix.cellSize));
  const c1 = Math.min(ix.cols - 1, Math.floor((position.x + R - ix.originX) / ix.cellSize));
  const r0 = Math.max(0, Math.floor((position.z - R - ix.originZ) / ix.cellSize));
  const r1 = Math.min(ix.rows - 1, Math.floor((position.z + R - ix.originZ) / ix.cellSize));
  // Cells are visited in a fixed order and ties keep the first found, so results are deterministic;
  // a tie between equidistant booths goes to the lower booth index.
  let bestIndex = Infinity;
  for (let row = r0; row <= r1; row++) {
    for (let col = c0; col <= c1; col++) {
      const cell = row * ix.cols + col;
      for (let j = ix.start[cell]!; j < ix.start[cell + 1]!; j++) {
        const k = ix.items[j]!;
        const b = source.booths[k]!;
        const d = Math.hypot(b.interactPoint.x - position.x, b.interactPoint.z - position.z);
        if (d <= b.interactRadius && (d < bestD || (d === bestD && k < bestIndex))) {
          bestD = d;
          best = b;
          bestIndex = k;
        }
      }
    }
  }
  return best;
}
