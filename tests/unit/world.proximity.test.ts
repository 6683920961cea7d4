import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { fixtureCatalogue } from '../../shared/catalogue/fixture.ts';
import { clampToWalkable, createCollisionWorld, isClear, nearestBooth } from '../../shared/world/collision.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { createPlayerState, step } from '../../shared/world/movement.ts';
import { boothTeleportId, teleportTarget } from '../../shared/world/teleports.ts';

describe('the real layout, walked', () => {
  const layout = layoutWorld(CATALOGUE);
  const world = createCollisionWorld(layout);

  it('walk-to from the spawn reaches every booth, whose prompt then shows', () => {
    let seq = 0;
    for (const b of layout.booths) {
      let s = step(createPlayerState(layout.spawn), { seq: ++seq, kind: 'walkTo', target: b.interactPoint, run: true }, world);
      for (let i = 0; i < 2000 && s.path; i++) s = step(s, null, world);
      expect(s.path, b.id).toBeNull();
      expect(Math.hypot(s.position.x - b.interactPoint.x, s.position.z - b.interactPoint.z), b.id).toBeLessThan(1e-6);
      expect(nearestBooth(world, s.position)?.id).toBe(b.id);
      expect(nearestBooth(layout, s.position)?.id).toBe(b.id);
    }
  });

  it('shows no prompt far from every booth', () => {
    expect(nearestBooth(world, layout.spawn.position)).toBeNull();
    expect(nearestBooth(layout, layout.spawn.position)).toBeNull();
    expect(nearestBooth(world, { x: Number.NaN, z: 0 })).toBeNull();
  });

  it('clicking on a booth body walks to the floor beside it', () => {
    const b = layout.booths[0]!;
    let s = step(createPlayerState(layout.spawn), { seq: 1, kind: 'walkTo', target: b.position, run: false }, world);
    for (let i = 0; i < 2000 && s.path; i++) s = step(s, null, world);
    expect(isClear(world, s.position)).toBe(true);
    expect(Math.hypot(s.position.x - b.position.x, s.position.z - b.position.z)).toBeLessThan(b.depth / 2 + 1.5);
  });

  it('clampToWalkable moves a position inside a booth out of it', () => {
    const b = layout.booths[0]!;
    const q = clampToWalkable(world, b.position);
    expect(isClear(world, q)).toBe(true);
  });
});

describe('booth proximity on a 300-booth layout', () => {
  const layout = layoutWorld(fixtureCatalogue(CATALOGUE, 300));
  const world = createCollisionWorld(layout);

  it('the spatial index agrees with a plain scan everywhere on a 0.7 m grid', () => {
    const { minX, minZ, maxX, maxZ } = layout.bounds;
    let found = 0;
    for (let x = minX; x <= maxX; x += 0.7) {
      for (let z = minZ; z <= maxZ; z += 0.7) {
        const fast = nearestBooth(world, { x, z });
        expect(fast?.id).toBe(nearestBooth(layout, { x, z })?.id);
        if (fast) found += 1;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('each booth teleport lands where that booth is the nearest', () => {
    for (const b of layout.booths) {
      const t = teleportTarget(layout, boothTeleportId(b.id))!;
      expect(nearestBooth(world, t.position)?.id).toBe(b.id);
    }
  });
});
