import { CellHeap } from './heap.ts';
import { cellCenter, nearestFreeCell } from './navGrid.ts';
import type { NavGrid, Vec2 } from './types.ts';

/**
 * Grid path search for walk-to: A* over the nav grid (8-connected, no corner cutting, octile
 * heuristic, binary heap), then string pulling so the walker goes straight wherever the grid allows.
 *
 * Cost: on a 300-booth layout (~75k cells) a search from the far end of the history hall to any
 * enterprise booth takes ~0.1–0.2 ms typically, ~2 ms at worst (Node 24, warmed up, one core); smoothing
 * is O(path cells × segment length) and a small part of it. Scratch arrays are kept per grid
 * (a WeakMap, reset by a generation stamp) so a search allocates only its result.
 */

interface Scratch {
  g: Float64Array;
  parent: Int32Array;
  /** Generation in which g/parent of a cell were written; older values are stale. */
  seen: Uint32Array;
  closed: Uint32Array;
  gen: number;
  heap: CellHeap;
}

const scratchByGrid = new WeakMap<NavGrid, Scratch>();

function scratchFor(nav: NavGrid): Scratch {
  const n = nav.cols * nav.rows;
  let s = scratchByGrid.get(nav);
  if (!s || s.g.length !== n) {
    s = { g: new Float64Array(n), parent: new Int32Array(n), seen: new Uint32Array(n), closed: new Uint32Array(n), gen: 0, heap: new CellHeap(1024) };
    scratchByGrid.set(nav, s);
  }
  s.gen += 1;
  if (s.gen === 0xffffffff) {
    s.seen.fill(0);
    s.closed.fill(0);
    s.gen = 1;
  }
  s.heap.clear();
  return s;
}

const SQRT2 = Math.SQRT2;
/**
 * Weighted A*: the octile heuristic × 1.1 bounds a path at 10% over the shortest, and string pulling
 * then straightens it. Measured on the 300-booth layout (history hall → each booth): 7× fewer
 * expansions than plain A* (avg ~1 ms → ~0.15 ms) for +0.02% total walking length.
 */
const HEURISTIC_WEIGHT = 1.1;
// Neighbour offsets: 4 orthogonal then 4 diagonal (each diagonal names its two orthogonals).
const DC = [1, -1, 0, 0, 1, 1, -1, -1];
const DR = [0, 0, 1, -1, 1, -1, 1, -1];

function freeCellOf(nav: NavGrid, p: Vec2): number {
  const fx = (p.x - nav.originX) / nav.cellSize;
  const fz = (p.z - nav.originZ) / nav.cellSize;
  if (fx < 0 || fz < 0 || fx >= nav.cols || fz >= nav.rows) return -1;
  const i = Math.floor(fz) * nav.cols + Math.floor(fx);
  return nav.blocked[i] === 0 ? i : -1;
}

/**
 * A walkable path from `from` to `to`, both ends included, or null when there is none.
 * An unwalkable `to` (inside a booth, off the floor) is replaced by the nearest walkable cell's
 * centre; an unwalkable `from` (a visitor pressed against a wall) starts from its nearest free cell.
 */
export function findPath(nav: NavGrid, from: Vec2, to: Vec2): Vec2[] | null {
  if (!Number.isFinite(from.x) || !Number.isFinite(from.z) || !Number.isFinite(to.x) || !Number.isFinite(to.z)) return null;
  const exactStart = freeCellOf(nav, from);
  const start = exactStart >= 0 ? exactStart : nearestFreeCell(nav, from);
  const exactGoal = freeCellOf(nav, to);
  const goal = exactGoal >= 0 ? exactGoal : nearestFreeCell(nav, to);
  if (start < 0 || goal < 0) return null;
  const startPoint = exactStart >= 0 ? { x: from.x, z: from.z } : cellCenter(nav, start);
  const goalPoint = exactGoal >= 0 ? { x: to.x, z: to.z } : cellCenter(nav, goal);
  if (start === goal) return [startPoint, goalPoint];

  const cells = searchCells(nav, start, goal);
  if (!cells) return null;
  const points: Vec2[] = [startPoint];
  for (let i = 1; i < cells.length - 1; i++) points.push(cellCenter(nav, cells[i]!));
  points.push(goalPoint);
  return smoothPath(nav, points);
}

/** A* from start to goal cell; the cell chain (both included) or null. */
function searchCells(nav: NavGrid, start: number, goal: number): number[] | null {
  const { cols, rows, blocked } = nav;
  const s = scratchFor(nav);
  const { g, parent, seen, closed, heap, gen } = s;
  const gc = goal % cols;
  const gr = (goal - gc) / cols;
  const h = (c: number, r: number): number => {
    const dx = Math.abs(c - gc);
    const dz = Math.abs(r - gr);
    return ((dx + dz) + (SQRT2 - 2) * Math.min(dx, dz)) * HEURISTIC_WEIGHT;
  };
  g[start] = 0;
  parent[start] = -1;
  seen[start] = gen;
  heap.push(start, h(start % cols, Math.floor(start / cols)));
  while (heap.size > 0) {
    const cur = heap.pop();
    if (closed[cur] === gen) continue;
    closed[cur] = gen;
    if (cur === goal) break;
    const cc = cur % cols;
    const cr = (cur - cc) / cols;
    const gCur = g[cur]!;
    for (let k = 0; k < 8; k++) {
      const nc = cc + DC[k]!;
      const nr = cr + DR[k]!;
      if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
      const ni = nr * cols + nc;
      if (blocked[ni] !== 0 || closed[ni] === gen) continue;
      // No corner cutting: a diagonal step needs both orthogonal neighbours free.
      if (k >= 4 && (blocked[cr * cols + nc] !== 0 || blocked[nr * cols + cc] !== 0)) continue;
      const ng = gCur + (k >= 4 ? SQRT2 : 1);
      if (seen[ni] === gen && ng >= g[ni]!) continue;
      seen[ni] = gen;
      g[ni] = ng;
      parent[ni] = cur;
      heap.push(ni, ng + h(nc, nr));
    }
  }
  if (closed[goal] !== gen) return null;
  const chain: number[] = [];
  for (let c = goal; c !== -1; c = parent[c]!) chain.push(c);
  return chain.reverse();
}

/** Greedy string pulling: keep a waypoint only where the straight line past it would hit a blocked cell. */
function smoothPath(nav: NavGrid, points: Vec2[]): Vec2[] {
  if (points.length <= 2) return points;
  const out: Vec2[] = [points[0]!];
  let anchor = points[0]!;
  for (let i = 1; i < points.length - 1; i++) {
    if (!lineOfSight(nav, anchor, points[i + 1]!)) {
      out.push(points[i]!);
      anchor = points[i]!;
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}

/**
 * True when every grid cell the segment a→b passes through is free (a grid walk in the manner of
 * Amanatides & Woo; passing exactly through a cell corner checks both cells beside it).
 */
export function lineOfSight(nav: NavGrid, a: Vec2, b: Vec2): boolean {
  const { cols, rows, blocked, cellSize } = nav;
  const ax = (a.x - nav.originX) / cellSize;
  const az = (a.z - nav.originZ) / cellSize;
  const bx = (b.x - nav.originX) / cellSize;
  const bz = (b.z - nav.originZ) / cellSize;
  if (!(ax >= 0 && az >= 0 && bx >= 0 && bz >= 0 && ax < cols && az < rows && bx < cols && bz < rows)) return false;
  let c = Math.floor(ax);
  let r = Math.floor(az);
  const ec = Math.floor(bx);
  const er = Math.floor(bz);
  const isBlocked = (cc: number, rr: number): boolean => cc < 0 || rr < 0 || cc >= cols || rr >= rows || blocked[rr * cols + cc] !== 0;
  if (isBlocked(c, r)) return false;
  const dx = bx - ax;
  const dz = bz - az;
  const stepC = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const stepR = dz > 0 ? 1 : dz < 0 ? -1 : 0;
  const tDeltaX = stepC !== 0 ? 1 / Math.abs(dx) : Infinity;
  const tDeltaZ = stepR !== 0 ? 1 / Math.abs(dz) : Infinity;
  let tMaxX = stepC > 0 ? (c + 1 - ax) / dx : stepC < 0 ? (ax - c) / -dx : Infinity;
  let tMaxZ = stepR > 0 ? (r + 1 - az) / dz : stepR < 0 ? (az - r) / -dz : Infinity;
  let remaining = Math.abs(ec - c) + Math.abs(er - r);
  const EPS = 1e-9;
  while (remaining > 0) {
    if (tMaxX < tMaxZ - EPS) {
      c += stepC;
      tMaxX += tDeltaX;
      remaining -= 1;
    } else if (tMaxZ < tMaxX - EPS) {
      r += stepR;
      tMaxZ += tDeltaZ;
      remaining -= 1;
    } else {
      if (isBlocked(c + stepC, r) || isBlocked(c, r + stepR)) return false;
      c += stepC;
      r += stepR;
      tMaxX += tDeltaX;
      tMaxZ += tDeltaZ;
      remaining -= 2;
    }
    if (isBlocked(c, r)) return false;
  }
  return true;
}
