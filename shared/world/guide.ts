import { findPath } from './path.ts';
import { rectContains } from './geometry.ts';
import type { Layout, Vec2 } from './types.ts';

/**
 * 시웃이 the guide (issue 12 §2): the rules behind "ask him for a booth or a zone and a path appears
 * on the floor". Pure: the client's guide (client/world/guide/) draws and watches what these return.
 */

/** What a visitor asked for: a booth (stand at its counter) or an area (its entrance). */
export type GuideTarget = { kind: 'booth'; id: string } | { kind: 'area'; id: string };

export interface GuideGoal {
  /** Where the path ends: a booth's interact point or an area's entrance. */
  point: Vec2;
  /** Within this of `point` the visitor has arrived and the path clears. */
  radius: number;
  /** The area the goal is in (the last stop of the directions). */
  areaId: string;
}

/** Arrived at an area: within a few steps of its entrance is "there" (no prompt to wait for). */
const AREA_ARRIVAL_RADIUS = 3;
/** Leaving the drawn path by more than this (m) redraws it from where the visitor now stands. */
export const STRAY_DISTANCE = 3;
/** Legs shorter than this (m) are folded into the next: a kink no one could see on the floor. */
const MIN_LEG = 0.4;
/** 시웃이 points at the path this far along it (m): its direction once it has left the plaza's centre. */
const POINT_AHEAD = 8;

export function guideGoal(layout: Pick<Layout, 'booths' | 'areas'>, target: GuideTarget): GuideGoal | null {
  if (target.kind === 'booth') {
    const b = layout.booths.find((x) => x.id === target.id);
    return b ? { point: { ...b.interactPoint }, radius: b.interactRadius, areaId: b.areaId } : null;
  }
  const a = layout.areas.find((x) => x.id === target.id);
  return a ? { point: { ...a.entrance.position }, radius: AREA_ARRIVAL_RADIUS, areaId: a.id } : null;
}

/**
 * The path as floor legs: findPath's waypoints with legs shorter than MIN_LEG folded away (the ends
 * kept), so the ribbon has no slivers. Null when there is no walkable way.
 */
export function guideRoute(layout: Pick<Layout, 'nav'>, from: Vec2, goal: GuideGoal): Vec2[] | null {
  const raw = findPath(layout.nav, from, goal.point);
  return raw ? simplifyRoute(raw) : null;
}

export function simplifyRoute(points: readonly Vec2[]): Vec2[] {
  if (points.length <= 2) return points.map((p) => ({ ...p }));
  const out: Vec2[] = [{ ...points[0]! }];
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const last = out[out.length - 1]!;
    if (Math.hypot(p.x - last.x, p.z - last.z) >= MIN_LEG) out.push({ ...p });
  }
  const end = points[points.length - 1]!;
  // The end is kept; a waypoint hard by it goes instead.
  if (out.length > 1) {
    const last = out[out.length - 1]!;
    if (Math.hypot(end.x - last.x, end.z - last.z) < MIN_LEG) out.pop();
  }
  out.push({ ...end });
  return out;
}

/** Distance from p to the polyline (Infinity for an empty one). */
export function distanceToRoute(route: readonly Vec2[], p: Vec2): number {
  if (route.length === 1) return Math.hypot(p.x - route[0]!.x, p.z - route[0]!.z);
  let best = Infinity;
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    const dx = b.x - a.x;
    const dz = b.z - a.z;
    const len2 = dx * dx + dz * dz;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.z - a.z) * dz) / len2));
    best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.z - (a.z + t * dz)));
  }
  return best;
}

/** The visitor has left the drawn path: it is redrawn from where they stand. */
export function hasStrayed(route: readonly Vec2[], p: Vec2, limit = STRAY_DISTANCE): boolean {
  return distanceToRoute(route, p) > limit;
}

export function hasArrived(goal: GuideGoal, p: Vec2): boolean {
  return Math.hypot(p.x - goal.point.x, p.z - goal.point.z) <= goal.radius;
}

/** The point `distance` metres along the route (its end when shorter). */
export function pointAlong(route: readonly Vec2[], distance: number): Vec2 {
  let left = distance;
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    const len = Math.hypot(b.x - a.x, b.z - a.z);
    if (len >= left && len > 0) return { x: a.x + ((b.x - a.x) * left) / len, z: a.z + ((b.z - a.z) * left) / len };
    left -= len;
  }
  return { ...route[route.length - 1]! };
}

/**
 * The heading 시웃이 turns to and points along: toward the route POINT_AHEAD metres on, where it has
 * left the crowd at his feet and shows the way out of the plaza (atan2 heading, types.ts).
 */
export function pointingHeading(mascot: Vec2, route: readonly Vec2[]): number {
  const p = pointAlong(route, POINT_AHEAD);
  return Math.atan2(p.x - mascot.x, -(p.z - mascot.z));
}

/**
 * The areas the route passes through, in order, each once (walkways between them belong to none):
 * the directions as text, "시웃 광장 → 판로지원 구역 → …", for the panel and a screen reader.
 */
export function routeAreas(layout: Pick<Layout, 'areas'>, route: readonly Vec2[], step = 1): string[] {
  const ids: string[] = [];
  const visit = (p: Vec2): void => {
    const a = layout.areas.find((x) => rectContains(x.rect, p));
    if (a && ids[ids.length - 1] !== a.id) ids.push(a.id);
  };
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i]!;
    const b = route[i + 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / step));
    for (let k = 0; k < n; k++) visit({ x: a.x + ((b.x - a.x) * k) / n, z: a.z + ((b.z - a.z) * k) / n });
  }
  if (route.length > 0) visit(route[route.length - 1]!);
  return ids;
}
