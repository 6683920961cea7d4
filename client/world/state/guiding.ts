import type { SearchHit } from '../../../shared/catalogue/search.ts';
import {
  guideGoal, guideRoute, pointingHeading, routeAreas, type GuideGoal, type GuideTarget,
} from '../../../shared/world/guide.ts';
import type { Layout, Vec2 } from '../../../shared/world/types.ts';

/**
 * The way 시웃이 shows (slow state in the world store: it changes when a visitor asks, strays or
 * arrives, never per frame). `layout` is the one it was drawn on, so a re-layout redraws it.
 */
export interface ActiveGuide {
  target: GuideTarget;
  goal: GuideGoal;
  /** Floor legs from where the visitor stood to the goal (shared/world/guide.ts). */
  route: Vec2[];
  /** Ids of the areas the route passes, in order: the directions as text. */
  areas: string[];
  /** Where 시웃이 turns and points (a heading, shared/world/types.ts). */
  pointing: number;
  layout: Layout;
}

/** A search hit as something to be guided to: the booth (or the booth an exhibit stands in), else its zone. */
export function targetOfHit(hit: SearchHit): GuideTarget {
  return hit.boothId ? { kind: 'booth', id: hit.boothId } : { kind: 'area', id: hit.zoneId };
}

/** The guide from `from` to `target` on `layout`, or null when the target is gone or unreachable. */
export function planGuide(layout: Layout, target: GuideTarget, from: Vec2): ActiveGuide | null {
  const goal = guideGoal(layout, target);
  if (!goal) return null;
  const route = guideRoute(layout, from, goal);
  if (!route) return null;
  return { target, goal, route, areas: routeAreas(layout, route), pointing: pointingHeading(layout.mascot.position, route), layout };
}
