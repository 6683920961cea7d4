import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { createCollisionWorld } from '../../shared/world/collision.ts';
import { WALL_THICKNESS } from '../../shared/world/dimensions.ts';
import { rectContains, rectContainsRect } from '../../shared/world/geometry.ts';
import { GATE_WIDTH } from '../../shared/world/hall.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { createPlayerState, step, type PlayerState } from '../../shared/world/movement.ts';
import { findPath } from '../../shared/world/path.ts';
import type { Area, Gate, Layout, Vec2 } from '../../shared/world/types.ts';
import { shapedCatalogue } from '../helpers/worldFixtures.ts';

const LAYOUTS: [string, Layout][] = [
  ['the real catalogue', layoutWorld(CATALOGUE)],
  ['300 booths', layoutWorld(shapedCatalogue({ stages: [[6, 5], [4, 5]], enterprises: 280, history: 9 }))],
];
const walled = (l: Layout): Area[] => l.areas.filter((a) => a.kind === 'zone' || a.kind === 'enterprise');
const gateOf = (l: Layout, a: Area): Gate | undefined => l.gates.find((g) => g.areaId === a.id);
const inWall = (l: Layout, p: Vec2): boolean => l.walls.some((w) => rectContains(w, p));

/** Points every 0.25 m along the middle of the wall line round `a`, with their distance along it from the gate's centre (or Infinity). */
function perimeter(a: Area, g: Gate): { p: Vec2; fromGate: number }[] {
  const h = WALL_THICKNESS / 2;
  const r = { minX: a.rect.minX - h, minZ: a.rect.minZ - h, maxX: a.rect.maxX + h, maxZ: a.rect.maxZ + h };
  const out: { p: Vec2; fromGate: number }[] = [];
  const onGateLine = (p: Vec2): number => {
    const alongX = Math.abs(Math.cos(g.heading)) > 0.5; // facing north/south: the gate runs along x
    const line = alongX ? Math.abs(p.z - g.position.z) : Math.abs(p.x - g.position.x);
    if (line > WALL_THICKNESS) return Infinity;
    return alongX ? Math.abs(p.x - g.position.x) : Math.abs(p.z - g.position.z);
  };
  for (let x = r.minX; x <= r.maxX; x += 0.25) for (const z of [r.minZ, r.maxZ]) out.push({ p: { x, z }, fromGate: onGateLine({ x, z }) });
  for (let z = r.minZ; z <= r.maxZ; z += 0.25) for (const x of [r.minX, r.maxX]) out.push({ p: { x, z }, fromGate: onGateLine({ x, z }) });
  return out;
}

/** Holds a direction for `seconds` from `from`; where the visitor ends up. */
function walk(l: Layout, from: Vec2, dx: number, dz: number, seconds: number): Vec2 {
  const world = createCollisionWorld(l);
  let s: PlayerState = createPlayerState({ position: from, heading: 0 });
  for (let i = 0; i < seconds * 20; i++) s = step(s, { seq: i + 1, kind: 'dir', dx, dz, run: false }, world);
  return s.position;
}

describe.each(LAYOUTS)('the fair hall on %s', (_, layout) => {
  it('walls every zone and the enterprise hall in, open only at one gate of the aisle\'s width where its walkway arrives', () => {
    for (const a of walled(layout)) {
      const g = gateOf(layout, a);
      expect(g, a.id).toBeDefined();
      expect(g!.width).toBe(GATE_WIDTH);
      // The walkway from the plaza ends in the gate's opening.
      const path = layout.paths.find((p) => rectContains(a.rect, p.to) || Math.hypot(p.to.x - g!.position.x, p.to.z - g!.position.z) < 1e-9);
      expect(path, a.id).toBeDefined();
      expect(Math.hypot(path!.to.x - g!.position.x, path!.to.z - g!.position.z)).toBeLessThan(GATE_WIDTH / 2);
      for (const { p, fromGate } of perimeter(a, g!)) {
        if (fromGate < GATE_WIDTH / 2 - 0.05) expect(inWall(layout, p), `${a.id}: gate at ${p.x},${p.z} is blocked`).toBe(false);
        else if (fromGate > GATE_WIDTH / 2 + 0.05) expect(inWall(layout, p), `${a.id}: gap in the wall at ${p.x},${p.z}`).toBe(true);
      }
    }
  });

  it('puts every booth inside the walls of its own area, and every wall among the colliders', () => {
    for (const b of layout.booths) {
      const a = layout.areas.find((x) => x.id === b.areaId)!;
      expect(walled(layout)).toContain(a);
      expect(rectContainsRect(a.rect, { minX: b.position.x - 2, minZ: b.position.z - 2, maxX: b.position.x + 2, maxZ: b.position.z + 2 })).toBe(true);
    }
    for (const w of layout.walls) expect(layout.colliders).toContainEqual(w);
  });

  it('keeps every booth and history station reachable from the spawn through the gates', () => {
    for (const t of [...layout.booths.map((b) => b.interactPoint), ...layout.historyStations.map((s) => s.interactPoint), layout.infoDesk.interactPoint]) {
      const path = findPath(layout.nav, layout.spawn.position, t);
      expect(path, `${t.x},${t.z}`).not.toBeNull();
      expect(Math.hypot(path!.at(-1)!.x - t.x, path!.at(-1)!.z - t.z)).toBeLessThan(1e-9);
    }
  });

  it('stops a visitor walking at a wall, and lets one walk in through the gate', () => {
    for (const a of walled(layout)) {
      const g = gateOf(layout, a)!;
      // From 2 m outside the gate, straight in (against the gate's outward facing).
      const out = { x: Math.sin(g.heading), z: -Math.cos(g.heading) };
      const along = { x: -out.z, z: out.x };
      const start = { x: g.position.x + out.x * 2, z: g.position.z + out.z * 2 };
      const through = walk(layout, start, -out.x, -out.z, 2);
      expect(rectContains(a.rect, through), `${a.id}: through the gate`).toBe(true);
      // The same walk 4 m to the side of the gate meets the wall and stays outside.
      const beside = { x: start.x + along.x * (GATE_WIDTH / 2 + 2), z: start.z + along.z * (GATE_WIDTH / 2 + 2) };
      const blocked = walk(layout, beside, -out.x, -out.z, 2);
      expect(rectContains(a.rect, blocked), `${a.id}: through the wall`).toBe(false);
      const dist = (blocked.x - g.position.x) * out.x + (blocked.z - g.position.z) * out.z;
      expect(dist).toBeGreaterThan(WALL_THICKNESS);
    }
  });
});

describe('the info desk', () => {
  const layout = layoutWorld(CATALOGUE);
  const d = layout.infoDesk;
  const plaza = layout.areas.find((a) => a.kind === 'plaza')!;

  it('stands in the plaza beside 시웃이, faces the spawn, and does not open on arrival', () => {
    expect(rectContains(plaza.rect, d.position)).toBe(true);
    expect(Math.hypot(d.position.x - layout.mascot.position.x, d.position.z - layout.mascot.position.z)).toBeLessThan(7);
    // Its front faces the spawn's side (south), the spawn is outside its walk-up radius.
    expect(d.interactPoint.z).toBeGreaterThan(d.position.z);
    expect(Math.hypot(layout.spawn.position.x - d.interactPoint.x, layout.spawn.position.z - d.interactPoint.z)).toBeGreaterThan(d.interactRadius + 2);
  });

  it('is solid: walking north into the counter stops in front of it', () => {
    const end = walk(layout, d.interactPoint, 0, -1, 2);
    expect(end.z).toBeGreaterThan(d.position.z);
    expect(Math.hypot(end.x - d.interactPoint.x, end.z - d.interactPoint.z)).toBeLessThan(d.interactRadius);
  });
});
