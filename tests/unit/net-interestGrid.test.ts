import { describe, expect, it } from 'vitest';
import { createInterestGrid, insertId, nearest, removeId } from '../../shared/net/interestGrid.ts';
import type { InterestGrid } from '../../shared/net/interestGrid.ts';
import { mulberry32, randomInt } from '../../shared/net/prng.ts';
import type { Rng } from '../../shared/net/prng.ts';
import type { Rect, Vec2 } from '../../shared/world/types.ts';

const HALL: Rect = { minX: -150, minZ: -100, maxX: 150, maxZ: 100 };

/** Brute force: every id within radius, by (distance, id), the first k. */
function oracle(pos: Map<number, Vec2>, q: Vec2, self: number, k: number, radius: number): number[] {
  return [...pos]
    .filter(([id]) => id !== self)
    .map(([id, p]) => ({ id, d2: (p.x - q.x) ** 2 + (p.z - q.z) ** 2 }))
    .filter((e) => e.d2 <= radius * radius)
    .sort((a, b) => a.d2 - b.d2 || a.id - b.id)
    .slice(0, k)
    .map((e) => e.id);
}

function randomPoint(rng: Rng): Vec2 {
  return { x: HALL.minX + rng() * (HALL.maxX - HALL.minX), z: HALL.minZ + rng() * (HALL.maxZ - HALL.minZ) };
}

/** The grid stores positions clamped into the hall, so the oracle's copy must be clamped too. */
function inHall(p: Vec2): Vec2 {
  return { x: Math.max(HALL.minX, Math.min(HALL.maxX, p.x)), z: Math.max(HALL.minZ, Math.min(HALL.maxZ, p.z)) };
}

/** Crowds gather at booths: half the points in a few tight clusters, some on exactly the same spot. */
function clusteredPoint(rng: Rng, centres: Vec2[]): Vec2 {
  if (rng() < 0.5) return randomPoint(rng);
  const c = centres[randomInt(rng, 0, centres.length - 1)]!;
  if (rng() < 0.1) return { ...c };
  return inHall({ x: c.x + (rng() - 0.5) * 6, z: c.z + (rng() - 0.5) * 6 });
}

function checkInvariants(grid: InterestGrid, pos: Map<number, Vec2>): void {
  expect(grid.size).toBe(pos.size);
  let total = 0;
  grid.cells.forEach((list, cell) => {
    total += list.length;
    list.forEach((id, i) => {
      expect(grid.cellOfId[id]).toBe(cell);
      expect(grid.indexInCell[id]).toBe(i);
    });
  });
  expect(total).toBe(pos.size);
}

describe('interest grid vs a brute-force oracle', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`finds exactly the k nearest within the radius (seed ${seed})`, () => {
      const rng = mulberry32(seed);
      const cellSize = [16, 7, 40, 500][seed - 1]!;
      const grid = createInterestGrid(HALL, cellSize, 1200);
      const centres = Array.from({ length: 6 }, () => randomPoint(rng));
      const pos = new Map<number, Vec2>();
      const out: number[] = [];
      for (let id = 0; id < 1000; id++) {
        const p = clusteredPoint(rng, centres);
        pos.set(id, p);
        insertId(grid, id, p.x, p.z);
      }
      for (let round = 0; round < 3; round++) {
        // churn: moves (mostly small, some teleports), leaves and joins
        for (let i = 0; i < 400; i++) {
          const id = randomInt(rng, 0, 1199);
          const roll = rng();
          if (roll < 0.15) {
            expect(removeId(grid, id)).toBe(pos.delete(id));
          } else if (roll < 0.3 || !pos.has(id)) {
            const p = clusteredPoint(rng, centres);
            pos.set(id, p);
            insertId(grid, id, p.x, p.z);
          } else {
            const old = pos.get(id)!;
            const p = rng() < 0.8 ? inHall({ x: old.x + (rng() - 0.5) * 4, z: old.z + (rng() - 0.5) * 4 }) : randomPoint(rng);
            pos.set(id, p);
            insertId(grid, id, p.x, p.z);
          }
        }
        checkInvariants(grid, pos);
        for (let q = 0; q < 150; q++) {
          const k = [1, 24, 40, 200][q % 4]!;
          const radius = [20, 5, 60, 1000][(q >> 2) % 4]!;
          if (q % 2 === 0) {
            const ids = [...pos.keys()];
            const self = ids[randomInt(rng, 0, ids.length - 1)]!;
            const n = nearest(grid, self, k, radius, out);
            expect(out).toEqual(oracle(pos, pos.get(self)!, self, k, radius));
            expect(n).toBe(out.length);
          } else {
            // a point query, sometimes outside the hall
            const p = { x: -200 + rng() * 400, z: -150 + rng() * 300 };
            nearest(grid, p, k, radius, out);
            expect(out).toEqual(oracle(pos, p, -1, k, radius));
          }
        }
      }
    });
  }
});

describe('interest grid bookkeeping', () => {
  it('clamps positions into the hall (NaN to the min edge) and keeps ids in their cells', () => {
    const grid = createInterestGrid(HALL, 16, 8);
    insertId(grid, 0, 1e9, -1e9);
    expect([grid.xs[0], grid.zs[0]]).toEqual([HALL.maxX, HALL.minZ]);
    insertId(grid, 1, Number.NaN, 0);
    expect(grid.xs[1]).toBe(HALL.minX);
    insertId(grid, 2, HALL.maxX, HALL.maxZ);
    expect(grid.cellOfId[2]).toBe(grid.cols * grid.rows - 1);
    expect(grid.cells[grid.cols - 1]).toEqual([0]);
  });

  it('updates in place: moving within a cell keeps the cell list, emptied lists are reused', () => {
    const grid = createInterestGrid(HALL, 16, 8);
    insertId(grid, 3, 1, 1);
    const cell = grid.cellOfId[3]!;
    const list = grid.cells[cell];
    insertId(grid, 3, 2, 2);
    expect(grid.cells[cell]).toBe(list);
    insertId(grid, 3, 100, 50);
    expect(list).toEqual([]);
    insertId(grid, 3, 1, 1);
    expect(grid.cells[cell]).toBe(list);
    expect(list).toEqual([3]);
  });

  it('rejects ids out of range and double removes', () => {
    const grid = createInterestGrid(HALL, 16, 4);
    expect(() => insertId(grid, 4, 0, 0)).toThrow(RangeError);
    expect(() => insertId(grid, -1, 0, 0)).toThrow(RangeError);
    expect(() => insertId(grid, 1.5, 0, 0)).toThrow(RangeError);
    expect(removeId(grid, 2)).toBe(false);
    insertId(grid, 2, 0, 0);
    expect(removeId(grid, 2)).toBe(true);
    expect(removeId(grid, 2)).toBe(false);
    expect(grid.size).toBe(0);
    expect(nearest(grid, 2, 5, 10, [])).toBe(0);
  });

  it('returns nothing for nonsense k, radius or query', () => {
    const grid = createInterestGrid(HALL, 16, 4);
    insertId(grid, 0, 0, 0);
    const out = [99];
    expect(nearest(grid, { x: 0, z: 0 }, 0, 10, out)).toBe(0);
    expect(out).toEqual([]);
    expect(nearest(grid, { x: 0, z: 0 }, 3, -1, out)).toBe(0);
    expect(nearest(grid, { x: Number.NaN, z: 0 }, 3, 10, out)).toBe(0);
    expect(nearest(grid, { x: 0, z: 0 }, 3, 0, out)).toBe(1); // radius is inclusive
  });

  it('refuses empty bounds', () => {
    expect(() => createInterestGrid({ minX: 0, minZ: 0, maxX: 0, maxZ: 10 }, 16, 1)).toThrow(RangeError);
  });
});
