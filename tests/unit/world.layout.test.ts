import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { ENTERPRISE_ZONE_ID, listZones } from '../../shared/catalogue/booths.ts';
import { WORLD_MARGIN, OUTER_WALL_THICKNESS } from '../../shared/world/dimensions.ts';
import { unionRects } from '../../shared/world/geometry.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { boothTeleportId, historyTeleportId, teleportTarget } from '../../shared/world/teleports.ts';
import type { Layout } from '../../shared/world/types.ts';
import { layoutProblems, shapedCatalogue } from '../helpers/worldFixtures.ts';

const width = (l: Layout): number => l.bounds.maxX - l.bounds.minX;
const depth = (l: Layout): number => l.bounds.maxZ - l.bounds.minZ;

describe('layoutWorld on the real catalogue', () => {
  const layout = layoutWorld(CATALOGUE);

  it('keeps every floor-plan rule', () => {
    expect(layoutProblems(layout, CATALOGUE)).toEqual([]);
  });

  it('is deterministic: the same catalogue gives a deep-equal layout', () => {
    expect(layoutWorld(CATALOGUE)).toEqual(layout);
    expect(layoutWorld(structuredClone(CATALOGUE))).toEqual(layout);
  });

  it('stays compact enough to walk and fits its bounds to the content', () => {
    expect(width(layout)).toBeLessThanOrEqual(120);
    expect(depth(layout)).toBeLessThanOrEqual(120);
    const content = unionRects(layout.areas.map((a) => a.rect));
    const slack = WORLD_MARGIN + OUTER_WALL_THICKNESS + 1e-9;
    expect(content.minX - layout.bounds.minX).toBeLessThanOrEqual(slack);
    expect(layout.bounds.maxX - content.maxX).toBeLessThanOrEqual(slack);
    expect(content.minZ - layout.bounds.minZ).toBeLessThanOrEqual(slack);
    expect(layout.bounds.maxZ - content.maxZ).toBeLessThanOrEqual(slack);
  });

  it('puts the spawn in the plaza facing the mascot', () => {
    const plaza = layout.areas.find((a) => a.kind === 'plaza')!;
    const { position: s, heading } = layout.spawn;
    const m = layout.mascot.position;
    expect(s.x).toBeGreaterThan(plaza.rect.minX);
    expect(s.x).toBeLessThan(plaza.rect.maxX);
    // The facing vector points at the mascot.
    const toMascot = Math.atan2(m.x - s.x, -(m.z - s.z));
    expect(Math.abs(toMascot - heading)).toBeLessThan(1e-9);
    expect(teleportTarget(layout, 'spawn')?.position).toEqual(s);
  });

  it('has one history station per history block, in order along the corridor, alternating sides', () => {
    const stations = layout.historyStations;
    expect(stations.map((s) => s.id)).toEqual(CATALOGUE.history.map((h) => h.id));
    stations.forEach((s, i) => {
      expect([s.yearFrom, s.yearTo]).toEqual([CATALOGUE.history[i]!.yearFrom, CATALOGUE.history[i]!.yearTo]);
      expect(teleportTarget(layout, historyTeleportId(s.id))?.position).toEqual(s.interactPoint);
      if (i === 0) return;
      const prev = stations[i - 1]!;
      expect(Math.sign(s.position.x)).toBe(-Math.sign(prev.position.x));
      // Walking away from the plaza (north, -z) goes forward in time.
      expect(s.position.z).toBeLessThan(prev.position.z);
    });
    const hall = layout.areas.find((a) => a.kind === 'history')!;
    for (const s of stations) expect(s.position.z).toBeGreaterThan(hall.rect.minZ);
  });

  it('groups the value-chain zones by activity: one wing per activity, either side of the plaza', () => {
    const zones = listZones(CATALOGUE).filter((z) => z.activity);
    const side = (id: string): number => Math.sign(layout.areas.find((a) => a.id === id)!.rect.minX + layout.areas.find((a) => a.id === id)!.rect.maxX);
    for (const z of zones) {
      for (const other of zones) {
        if (z.activity!.id === other.activity!.id) expect(side(z.id)).toBe(side(other.id));
        else expect(side(z.id)).not.toBe(side(other.id));
      }
      expect(layout.areas.find((a) => a.id === z.id)?.activityId).toBe(z.activity!.id);
    }
  });

  it('connects the plaza to every area with a walkway and puts each sign by its gate', () => {
    const plaza = layout.areas.find((a) => a.kind === 'plaza')!;
    for (const a of layout.areas) {
      if (a.kind === 'plaza') continue; // its sign is the welcome sign behind the mascot
      // Visitors arrive out on the walkway, the gate and its banner ahead (shared/world/arrival.ts).
      const gate = layout.gates.find((g) => g.areaId === a.id)!;
      expect(Math.hypot(a.sign.position.x - gate.position.x, a.sign.position.z - gate.position.z)).toBeLessThan(8);
      const onEdge = (p: { x: number; z: number }, r: typeof plaza.rect): boolean =>
        p.x >= r.minX - 1e-9 && p.x <= r.maxX + 1e-9 && p.z >= r.minZ - 1e-9 && p.z <= r.maxZ + 1e-9;
      const walk = layout.paths.find((p) => onEdge(p.from, plaza.rect) && onEdge(p.to, a.rect));
      expect(walk, `walkway to ${a.id}`).toBeDefined();
    }
  });

  it('gives every booth a teleport at its interact point, facing it', () => {
    for (const b of layout.booths) {
      const t = teleportTarget(layout, boothTeleportId(b.id))!;
      expect(t.position).toEqual(b.interactPoint);
      const look = { x: Math.sin(t.heading), z: -Math.cos(t.heading) };
      const toBooth = { x: b.position.x - t.position.x, z: b.position.z - t.position.z };
      expect(look.x * toBooth.x + look.z * toBooth.z).toBeGreaterThan(0);
    }
    expect(teleportTarget(layout, 'booth:no-such-booth')).toBeUndefined();
  });
});

describe('layoutWorld at other sizes', () => {
  it.each([20, 300])('lays out a %i-booth fixture validly', (n) => {
    const catalogue = fixtureCatalogue(CATALOGUE, n);
    const layout = layoutWorld(catalogue);
    expect(layout.booths).toHaveLength(n);
    expect(layoutProblems(layout, catalogue)).toEqual([]);
    expect(layoutWorld(catalogue)).toEqual(layout);
  });

  it('grows the enterprise hall with its booth count', () => {
    const hall = (n: number) => layoutWorld(fixtureCatalogue(CATALOGUE, n)).areas.find((a) => a.id === ENTERPRISE_ZONE_ID)!.rect;
    const small = hall(20);
    const big = hall(300);
    expect((big.maxX - big.minX) * (big.maxZ - big.minZ)).toBeGreaterThan(5 * (small.maxX - small.minX) * (small.maxZ - small.minZ));
  });

  it.each([
    { stages: [[1, 1], [1, 1]], enterprises: 0, history: 1 },
    { stages: [[5, 2], [3, 9]], enterprises: 1, history: 12 },
    { stages: [[2], [2], [4]], enterprises: 37, history: 3 },
    { stages: [[20, 20], [20, 20]], enterprises: 220, history: 20 },
  ])('lays out catalogue shape %j validly', (shape) => {
    const catalogue = shapedCatalogue(shape);
    const layout = layoutWorld(catalogue);
    expect(layoutProblems(layout, catalogue)).toEqual([]);
    expect(layout.historyStations).toHaveLength(shape.history);
  });
});
