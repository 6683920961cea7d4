import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { rectContains } from '../../shared/world/geometry.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import type { Layout } from '../../shared/world/types.ts';
import { hallFrameBoxes } from '../../client/world/scene/hallFrame.ts';
import { BANNER, gateCentre, TRUSS_Y } from '../../client/world/signage/gateBanner.ts';
import { signSpecs } from '../../client/world/signage/specs.ts';
import { paletteColor } from '../../client/theme/palette.ts';
import { shapedCatalogue } from '../helpers/worldFixtures.ts';

const CASES: [string, Layout, typeof CATALOGUE][] = [
  ['the real catalogue', layoutWorld(CATALOGUE), CATALOGUE],
  ...((): [string, Layout, typeof CATALOGUE][] => {
    const c = shapedCatalogue({ stages: [[6, 5], [4, 5]], enterprises: 280, history: 9 });
    return [['300 booths', layoutWorld(c), c]];
  })(),
];

describe.each(CASES)('the hall\'s gates, banners and roof on %s', (_, layout, catalogue) => {
  const specs = signSpecs(layout, catalogue);
  const boxes = hallFrameBoxes(layout);

  it('hangs a banner with the area\'s own name at every zone\'s and hall\'s gate, readable from the walkway and from inside', () => {
    expect(layout.gates.map((g) => g.areaId).sort()).toEqual(layout.areas.filter((a) => a.kind !== 'plaza').map((a) => a.id).sort());
    for (const g of layout.gates) {
      const area = layout.areas.find((a) => a.id === g.areaId)!;
      const sign = specs.find((s) => s.key === `area:${area.id}`)!;
      expect(sign.content).toMatchObject({ kind: 'area', ko: area.title.ko, en: area.title.en, color: paletteColor(area.colorIndex) });
      const c = gateCentre(g);
      const banners = sign.placements.filter((p) => Math.abs(p.y - BANNER.y) < 1e-9 && Math.hypot(p.x - c.x, p.z - c.z) < 0.1);
      // One face out toward the walkway (the gate's heading), one in.
      expect(banners.map((p) => Math.round(Math.cos(p.heading - g.heading)))).toEqual([1, -1]);
      // Same cell as the area sign, so the same text size rules: width and height keep its aspect.
      const post = sign.placements[0]!;
      expect(banners[0]!.width / banners[0]!.height).toBeCloseTo(post.width / post.height, 1);
      // Its board is drawn in the area's colour.
      expect(boxes.some((b) => Math.abs(b.y - BANNER.y) < 1e-9 && Math.hypot(b.x - c.x, b.z - c.z) < 1e-9 && b.color === paletteColor(area.colorIndex))).toBe(true);
    }
  });

  it('keeps banners and trusses above the follow camera and every post inside a wall, out of every walkway', () => {
    expect(BANNER.y - BANNER.height / 2).toBeGreaterThan(5.3);
    for (const b of boxes) {
      const bottom = b.y - b.sy / 2;
      if (bottom > 0.01) {
        expect(bottom, `box at ${b.x},${b.z} hangs into the camera's height`).toBeGreaterThan(5.2);
        continue;
      }
      // Standing on the floor: a post, whose foot is within a wall (so nobody walks into it unawares).
      expect(layout.walls.some((w) => rectContains(w, { x: b.x, z: b.z })), `post at ${b.x},${b.z}`).toBe(true);
      expect(b.y + b.sy / 2).toBeCloseTo(TRUSS_Y, 5);
    }
  });

  it('roofs every zone and the enterprise hall with trusses spanning it', () => {
    for (const a of layout.areas.filter((x) => x.kind === 'zone' || x.kind === 'enterprise')) {
      const over = boxes.filter((b) => b.y === TRUSS_Y && rectContains(a.rect, { x: b.x, z: b.z }) && Math.max(b.sx, b.sz) >= Math.min(a.rect.maxX - a.rect.minX, a.rect.maxZ - a.rect.minZ));
      expect(over.length, a.id).toBeGreaterThanOrEqual(2);
    }
  });
});
