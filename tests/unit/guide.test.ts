import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import {
  distanceToRoute, guideGoal, guideRoute, hasArrived, hasStrayed, pointingHeading, routeAreas, simplifyRoute,
} from '../../shared/world/guide.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { isWalkable } from '../../shared/world/navGrid.ts';
import { PLAZA_ID } from '../../shared/world/plaza.ts';

/*
 * 시웃이 the guide (issue 12 §2): a booth or a zone asked for resolves to where a visitor stands,
 * the path from the visitor is walkable floor legs with no slivers, straying redraws it, arriving
 * clears it, and the directions name the areas it passes in order.
 */
const layout = layoutWorld(CATALOGUE);
const zoneBooth = layout.booths.find((b) => layout.areas.find((a) => a.id === b.areaId)?.kind === 'zone')!;
const zone = layout.areas.find((a) => a.id === zoneBooth.areaId)!;

describe('guide', () => {
  it('resolves a booth to its counter and an area to its entrance; unknown ids to nothing', () => {
    const g = guideGoal(layout, { kind: 'booth', id: zoneBooth.id })!;
    expect(g.point).toEqual(zoneBooth.interactPoint);
    expect(g.areaId).toBe(zone.id);
    expect(guideGoal(layout, { kind: 'area', id: zone.id })!.point).toEqual(zone.entrance.position);
    expect(guideGoal(layout, { kind: 'booth', id: 'no-such-booth' })).toBeNull();
    expect(guideGoal(layout, { kind: 'area', id: 'no-such-area' })).toBeNull();
  });

  it('draws a walkable route from the spawn to a zone booth, through the plaza and into the zone', () => {
    const goal = guideGoal(layout, { kind: 'booth', id: zoneBooth.id })!;
    const route = guideRoute(layout, layout.spawn.position, goal)!;
    expect(route[0]).toEqual(layout.spawn.position);
    expect(route[route.length - 1]).toEqual(goal.point);
    for (let i = 0; i + 1 < route.length; i++) {
      const a = route[i]!;
      const b = route[i + 1]!;
      expect(Math.hypot(b.x - a.x, b.z - a.z)).toBeGreaterThanOrEqual(0.4);
      for (let k = 0; k <= 20; k++) expect(isWalkable(layout.nav, { x: a.x + ((b.x - a.x) * k) / 20, z: a.z + ((b.z - a.z) * k) / 20 })).toBe(true);
    }
    expect(routeAreas(layout, route)).toEqual([PLAZA_ID, zone.id]);
  });

  it('folds legs too short to see but keeps both ends', () => {
    const pts = [{ x: 0, z: 0 }, { x: 0.1, z: 0 }, { x: 3, z: 0 }, { x: 3, z: 4 }, { x: 3.1, z: 4.1 }];
    expect(simplifyRoute(pts)).toEqual([{ x: 0, z: 0 }, { x: 3, z: 0 }, { x: 3.1, z: 4.1 }]);
  });

  it('says strayed beyond 3 m of the path and arrived within the booth prompt radius', () => {
    const route = [{ x: 0, z: 0 }, { x: 10, z: 0 }, { x: 10, z: 10 }];
    expect(distanceToRoute(route, { x: 5, z: 2 })).toBeCloseTo(2);
    expect(hasStrayed(route, { x: 5, z: 2.5 })).toBe(false);
    expect(hasStrayed(route, { x: 5, z: 3.5 })).toBe(true);
    expect(hasStrayed(route, { x: 13.5, z: 5 })).toBe(true);
    const goal = guideGoal(layout, { kind: 'booth', id: zoneBooth.id })!;
    expect(hasArrived(goal, goal.point)).toBe(true);
    expect(hasArrived(goal, { x: goal.point.x + goal.radius + 0.1, z: goal.point.z })).toBe(false);
  });

  it('points 시웃이 along the route where it leaves him, west for a west-wing zone', () => {
    const west = layout.areas.find((a) => a.kind === 'zone' && a.rect.maxX < 0)!;
    const route = guideRoute(layout, layout.spawn.position, guideGoal(layout, { kind: 'area', id: west.id })!)!;
    const h = pointingHeading(layout.mascot.position, route);
    // West is heading -π/2; anything with a westward component will do.
    expect(Math.sin(h)).toBeLessThan(-0.3);
  });
});
