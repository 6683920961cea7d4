import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { floorLanes, signposts } from '../../shared/world/floorPaths.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import type { Layout } from '../../shared/world/types.ts';
import { shapedCatalogue } from '../helpers/worldFixtures.ts';

/*
 * Issue 12 §4, floor paths between zones, generated from the layout for any venue: a lane to every
 * gate ending on it, lanes on free floor only (never through a booth, wall, plinth or desk), and a
 * signpost at each junction of a wing with arrows to each zone it joins and back to the plaza.
 */
const CASES: [string, Layout][] = [
  ['the real catalogue', layoutWorld(CATALOGUE)],
  ['300 booths, 6 + 4 zones', layoutWorld(shapedCatalogue({ stages: [[6, 5], [4, 5]], enterprises: 280, history: 9 }))],
];

describe.each(CASES)('floor paths on %s', (_, layout) => {
  const lanes = floorLanes(layout);

  it('leads a lane onto every gate, in the colour of the area it leads to', () => {
    for (const g of layout.gates) {
      const end = lanes.filter((l) => l.areaId === g.areaId).map((l) => l.points.at(-1)!);
      expect(end.some((p) => Math.hypot(p.x - g.position.x, p.z - g.position.z) < 1e-9), g.areaId).toBe(true);
    }
  });

  it('keeps every lane on free floor', () => {
    for (const l of lanes) {
      for (let i = 0; i + 1 < l.points.length; i++) {
        const a = l.points[i]!;
        const b = l.points[i + 1]!;
        for (let k = 0; k <= 40; k++) {
          const p = { x: a.x + ((b.x - a.x) * k) / 40, z: a.z + ((b.z - a.z) * k) / 40 };
          const hit = layout.colliders.find((c) => p.x > c.minX && p.x < c.maxX && p.z > c.minZ && p.z < c.maxZ);
          expect(hit, `${l.areaId} lane at ${p.x.toFixed(2)},${p.z.toFixed(2)}`).toBeUndefined();
        }
      }
    }
  });

  it('puts a signpost at each zone junction, with an arrow to the zone, each neighbour and the plaza', () => {
    const posts = signposts(layout);
    const zones = layout.areas.filter((a) => a.kind === 'zone');
    expect(posts.length).toBe(zones.length);
    for (const p of posts) {
      expect(p.entries.at(-1)!.areaId).toBe('plaza');
      expect(p.entries.length).toBeGreaterThanOrEqual(3);
      expect(new Set(p.entries.map((e) => e.angle)).size, JSON.stringify(p.entries.map((e) => e.areaId))).toBe(p.entries.length);
      // Off the floor's lanes and clear of every collider.
      expect(layout.colliders.some((c) => p.position.x >= c.minX && p.position.x <= c.maxX && p.position.z >= c.minZ && p.position.z <= c.maxZ)).toBe(false);
    }
  });
});
