import type { Localized } from '../schemas/localized.ts';
import { relativeArrow } from './directory.ts';
import { headingOf } from './geometry.ts';
import { PLAZA_ID, PLAZA_TITLE } from './plaza.ts';
import type { Layout, Vec2 } from './types.ts';

/**
 * Floor paths and signposts between the zones (issue 12 §4), generated from the layout's gates:
 * - a coloured lane from the ring round 시웃이 to each hall's and zone's gate, in that area's
 *   colour; a wing's zone lanes turn at the wing's junction column, in the plaza beside the wing;
 * - a connector between neighbouring gates of a wing along that column, each half in the colour of
 *   the zone it leads to;
 * - a signpost at each junction (where a zone's lane meets the connector), arrows to the zones it
 *   joins and back to the plaza, facing visitors who come from 시웃이.
 * Pure and cheap (a few dozen points); the client paints lanes into the floor mesh and the
 * signposts into the sign atlas, so neither adds a draw call.
 */

export interface Lane {
  /** The area whose colour the lane has: where it leads. */
  areaId: string;
  points: Vec2[];
}

export interface Signpost {
  position: Vec2;
  /** The way its board faces (toward 시웃이, where visitors come from). */
  heading: number;
  entries: { areaId: string; title: Localized; angle: number }[];
}

/** Lanes start on this ring round 시웃이 (just outside the plaza floor's inlay, 4.2 m). */
const HUB_RADIUS = 4.6;
/** The wing's junction column: this far out from the plaza's centre line, short of its edge (13 m). */
const JUNCTION_X = 11;
/** A signpost stands this far from its junction toward the wing's outside and toward the plaza, clear of both lanes. */
const POST_OFFSET = { out: 1.8, in: 1 } as const;

interface WingGate {
  areaId: string;
  gate: Vec2;
  side: -1 | 1;
}

/** The value-chain zones' gates by wing (west, east), each wing north to south. */
function wings(layout: Pick<Layout, 'areas' | 'gates'>): WingGate[][] {
  const zoneIds = new Set(layout.areas.filter((a) => a.kind === 'zone').map((a) => a.id));
  const gates = layout.gates.filter((g) => zoneIds.has(g.areaId)).map((g) => ({ areaId: g.areaId, gate: g.position, side: (g.position.x < 0 ? -1 : 1) as -1 | 1 }));
  return [-1, 1].map((side) => gates.filter((g) => g.side === side).sort((a, b) => a.gate.z - b.gate.z)).filter((w) => w.length > 0);
}

function ringPoint(hub: Vec2, toward: Vec2): Vec2 {
  const dx = toward.x - hub.x;
  const dz = toward.z - hub.z;
  const d = Math.hypot(dx, dz) || 1;
  return { x: hub.x + (dx / d) * HUB_RADIUS, z: hub.z + (dz / d) * HUB_RADIUS };
}

/** Every lane and connector half, in area order then wing order. */
export function floorLanes(layout: Pick<Layout, 'areas' | 'gates' | 'mascot'>): Lane[] {
  const hub = layout.mascot.position;
  const lanes: Lane[] = [];
  const zoneIds = new Set(layout.areas.filter((a) => a.kind === 'zone').map((a) => a.id));
  // The halls (history north, enterprise south): straight out from the ring to the gate.
  for (const g of layout.gates) {
    if (zoneIds.has(g.areaId)) continue;
    lanes.push({ areaId: g.areaId, points: [ringPoint(hub, g.position), { ...g.position }] });
  }
  for (const wing of wings(layout)) {
    for (const w of wing) {
      const corner = { x: w.side * JUNCTION_X, z: w.gate.z };
      // A gate in line with the ring gets one straight lane (clear of the plaza sign beside 시웃이).
      const dz = w.gate.z - hub.z;
      const start = Math.abs(dz) < HUB_RADIUS ? { x: hub.x + w.side * Math.sqrt(HUB_RADIUS ** 2 - dz ** 2), z: w.gate.z } : ringPoint(hub, corner);
      lanes.push({ areaId: w.areaId, points: [start, corner, { ...w.gate }] });
    }
    for (let i = 0; i + 1 < wing.length; i++) {
      const a = wing[i]!;
      const b = wing[i + 1]!;
      const x = a.side * JUNCTION_X;
      const mid = (a.gate.z + b.gate.z) / 2;
      lanes.push({ areaId: a.areaId, points: [{ x, z: mid }, { x, z: a.gate.z }] });
      lanes.push({ areaId: b.areaId, points: [{ x, z: mid }, { x, z: b.gate.z }] });
    }
  }
  return lanes;
}

/** A signpost at each junction of a wing with more than one zone (a lone zone's lane has none). */
export function signposts(layout: Pick<Layout, 'areas' | 'gates' | 'mascot'>): Signpost[] {
  const hub = layout.mascot.position;
  const title = (id: string): Localized => layout.areas.find((a) => a.id === id)?.title ?? PLAZA_TITLE;
  const posts: Signpost[] = [];
  for (const wing of wings(layout)) {
    if (wing.length < 2) continue;
    const midZ = (wing[0]!.gate.z + wing[wing.length - 1]!.gate.z) / 2;
    wing.forEach((w, i) => {
      // Outward from the wing's middle (north of the north zone's lane, south of the south one's),
      // and toward the plaza, so the board stands on neither the lane nor the connector.
      const away = w.gate.z < midZ ? -1 : w.gate.z > midZ ? 1 : 0;
      const position = { x: w.side * (JUNCTION_X - POST_OFFSET.in), z: w.gate.z + (away === 0 ? 1 : away) * POST_OFFSET.out };
      const heading = headingOf(hub.x - position.x, hub.z - position.z);
      const reader = heading - Math.PI;
      const targets: { areaId: string; at: Vec2 }[] = [{ areaId: w.areaId, at: w.gate }];
      for (const n of [wing[i - 1], wing[i + 1]]) if (n) targets.push({ areaId: n.areaId, at: { x: w.side * JUNCTION_X, z: n.gate.z } });
      targets.push({ areaId: PLAZA_ID, at: hub });
      posts.push({
        position,
        heading,
        entries: targets.map((t) => ({ areaId: t.areaId, title: title(t.areaId), angle: relativeArrow(position, reader, t.at) })),
      });
    });
  }
  return posts;
}
