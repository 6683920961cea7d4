import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { PLAYER_RADIUS } from '../../shared/world/constants.ts';
import { rectGap } from '../../shared/world/geometry.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { isWalkable } from '../../shared/world/navGrid.ts';
import { findPath, lineOfSight } from '../../shared/world/path.ts';
import type { NavGrid, Rect, Vec2 } from '../../shared/world/types.ts';
import { arena } from '../helpers/worldFixtures.ts';

/** Samples every path segment every 5 cm: every sample must be walkable (so clear of every box). */
function expectWalkable(nav: NavGrid, path: Vec2[]): void {
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / 0.05));
    for (let k = 0; k <= n; k++) {
      const p = { x: a.x + ((b.x - a.x) * k) / n, z: a.z + ((b.z - a.z) * k) / n };
      expect(isWalkable(nav, p), `(${p.x.toFixed(2)}, ${p.z.toFixed(2)}) on segment ${i}`).toBe(true);
    }
  }
}

function clearance(p: Vec2, boxes: Rect[]): number {
  return Math.min(...boxes.map((b) => rectGap(b, { minX: p.x, minZ: p.z, maxX: p.x, maxZ: p.z })));
}

const length = (path: Vec2[]): number => path.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - path[i]!.x, p.z - path[i]!.z), 0);

describe('findPath', () => {
  // A wall across the arena at x = 0 with a 2 m door at z ∈ [6, 8].
  const wallA: Rect = { minX: -0.25, minZ: -15, maxX: 0.25, maxZ: 6 };
  const wallB: Rect = { minX: -0.25, minZ: 8, maxX: 0.25, maxZ: 15 };
  const layout = arena(15, [wallA, wallB]);

  it('goes around obstacles, through the door, and ends exactly at a walkable target', () => {
    const from = { x: -5, z: -5 };
    const to = { x: 5, z: -5 };
    const path = findPath(layout.nav, from, to)!;
    expect(path).not.toBeNull();
    expect(path[0]).toEqual(from);
    expect(path[path.length - 1]).toEqual(to);
    expectWalkable(layout.nav, path);
    // It passes through the doorway, and it is not absurdly long (the detour is ~2 × 14 m).
    expect(path.some((p, i) => i > 0 && Math.min(p.z, path[i - 1]!.z) < 8 && Math.max(p.z, path[i - 1]!.z) > 6 - 1e-9 && Math.abs(p.x) < 3)).toBe(true);
    expect(length(path)).toBeLessThan(32);
    for (const p of path) expect(clearance(p, [wallA, wallB])).toBeGreaterThanOrEqual(PLAYER_RADIUS);
  });

  it('smooths an open-floor path to a straight line', () => {
    const path = findPath(layout.nav, { x: -10, z: -10 }, { x: -2, z: 4 })!;
    expect(path).toHaveLength(2);
  });

  it('snaps a target inside an obstacle to the nearest walkable spot', () => {
    const target = { x: -0.2, z: -3 }; // inside wallA, nearer its west face
    const path = findPath(layout.nav, { x: -5, z: -3 }, target)!;
    const end = path[path.length - 1]!;
    expect(isWalkable(layout.nav, end)).toBe(true);
    expect(end.x).toBeLessThan(0); // the near side of the wall
    expect(Math.hypot(end.x - target.x, end.z - target.z)).toBeLessThan(0.25 + PLAYER_RADIUS + 1);
    expectWalkable(layout.nav, path);
  });

  it('snaps a target outside the world into it', () => {
    const path = findPath(layout.nav, { x: -5, z: -3 }, { x: -500, z: 2 })!;
    expect(isWalkable(layout.nav, path[path.length - 1]!)).toBe(true);
  });

  it('starts from the nearest free cell when the visitor stands pressed against a wall', () => {
    const from = { x: -0.25 - PLAYER_RADIUS, z: -3 }; // touching wallA
    const path = findPath(layout.nav, from, { x: -5, z: -3 })!;
    expect(path).not.toBeNull();
    expect(Math.hypot(path[0]!.x - from.x, path[0]!.z - from.z)).toBeLessThan(1);
    expectWalkable(layout.nav, path);
  });

  it('returns null when the walkable target cannot be reached', () => {
    // A closed room: its inside is walkable but no door leads there.
    const room = arena(15, [
      { minX: 4, minZ: 4, maxX: 12, maxZ: 4.5 },
      { minX: 4, minZ: 11.5, maxX: 12, maxZ: 12 },
      { minX: 4, minZ: 4, maxX: 4.5, maxZ: 12 },
      { minX: 11.5, minZ: 4, maxX: 12, maxZ: 12 },
    ]);
    const inside = { x: 8, z: 8 };
    expect(isWalkable(room.nav, inside)).toBe(true);
    expect(findPath(room.nav, { x: -5, z: -5 }, inside)).toBeNull();
    expect(findPath(room.nav, { x: Number.NaN, z: 0 }, inside)).toBeNull();
  });

  it('never cuts a corner between two diagonal blocked cells', () => {
    const nav: NavGrid = { cellSize: 1, originX: 0, originZ: 0, cols: 2, rows: 2, blocked: Uint8Array.from([0, 1, 1, 0]) };
    expect(findPath(nav, { x: 0.5, z: 0.5 }, { x: 1.5, z: 1.5 })).toBeNull();
    expect(lineOfSight(nav, { x: 0.5, z: 0.5 }, { x: 1.5, z: 1.5 })).toBe(false);
  });

  it('is deterministic and finds every booth of a 300-booth layout from the spawn', () => {
    const big = layoutWorld(fixtureCatalogue(CATALOGUE, 300));
    const last = big.booths[big.booths.length - 1]!;
    expect(findPath(big.nav, big.spawn.position, last.interactPoint)).toEqual(findPath(big.nav, big.spawn.position, last.interactPoint));
    for (const b of big.booths) {
      const path = findPath(big.nav, big.spawn.position, b.interactPoint);
      expect(path?.[path.length - 1]).toEqual(b.interactPoint);
    }
  });
});
