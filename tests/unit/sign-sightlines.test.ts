import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue.ts';
import { relativeArrow } from '../../shared/world/directory.ts';
import { floorLanes, signposts } from '../../shared/world/floorPaths.ts';
import { layoutWorld } from '../../shared/world/layout.ts';
import { DEFAULT_PITCH } from '../../client/world/input/playerInput.ts';
import { FOLLOW_DISTANCE, LOOK_HEIGHT, PORTRAIT_FACTOR } from '../../client/world/player/cameraRig.ts';
import { cameraObstacles } from '../../client/world/player/cameraObstacles.ts';
import { boomPose, type BoomPose } from '../../shared/world/cameraBoom.ts';
import { WORLD_LENS } from '../../client/world/scene/renderer.ts';
import { GATE_ARRIVAL_PITCH } from '../../client/world/state/worldStore.ts';
import { signSpecs, type Placement } from '../../client/world/signage/specs.ts';

/*
 * Issue 12 §4: signs placed so that none hides another from the walkways. From the follow camera
 * where a visitor arrives (the spawn and every area's entrance, looking in), each area sign in the
 * picture is seen whole: no other sign's board, the plaza's directory or 시웃이's plate and bubble
 * stands between the camera and any of the sign's corners or its centre. And the directory's arrows
 * point where its halls and zones are.
 */

const layout = layoutWorld(CATALOGUE);
const specs = signSpecs(layout, CATALOGUE);
type V3 = [number, number, number];

/** The follow camera's position for an avatar at (x, z) facing `heading` (0 = north, -z), at `pitch`. */
function cameraAt(x: number, z: number, heading: number, pitch = DEFAULT_PITCH): V3 {
  const back = FOLLOW_DISTANCE * Math.cos(pitch);
  return [x - Math.sin(heading) * back, LOOK_HEIGHT + FOLLOW_DISTANCE * Math.sin(pitch), z + Math.cos(heading) * back];
}

/** Corners and centre of a sign's board. */
function points(p: Placement): V3[] {
  const ux = Math.cos(p.heading);
  const uz = Math.sin(p.heading);
  const pts: V3[] = [[p.x, p.y, p.z]];
  for (const sx of [-0.45, 0.45]) for (const sy of [-0.4, 0.4]) pts.push([p.x + ux * sx * p.width, p.y + sy * p.height, p.z + uz * sx * p.width]);
  return pts;
}

/** Whether the segment from `o` to `t` passes through board `q` (before reaching `t`). */
function blocks(q: Placement, o: V3, t: V3): boolean {
  const n: V3 = [Math.sin(q.heading), 0, -Math.cos(q.heading)];
  const d: V3 = [t[0] - o[0], t[1] - o[1], t[2] - o[2]];
  const den = n[0] * d[0] + n[2] * d[2];
  if (Math.abs(den) < 1e-9) return false;
  const s = (n[0] * (q.x - o[0]) + n[2] * (q.z - o[2])) / den;
  if (s <= 0 || s >= 0.98) return false;
  const px = o[0] + d[0] * s - q.x;
  const py = o[1] + d[1] * s - q.y;
  const pz = o[2] + d[2] * s - q.z;
  return Math.abs(px * Math.cos(q.heading) + pz * Math.sin(q.heading)) <= q.width / 2 && Math.abs(py) <= q.height / 2;
}

/** Horizontal half field of view on a 16:9 laptop screen. */
const HALF_HFOV = Math.atan(Math.tan((WORLD_LENS.fov * Math.PI) / 360) * (16 / 9));
const SIGHT_M = 45;

function inView(cam: V3, heading: number, p: Placement): boolean {
  const dx = p.x - cam[0];
  const dz = p.z - cam[2];
  const dist = Math.hypot(dx, dz);
  // Angle between the view direction (sin h, -cos h) and the sign, and the sign faces the camera.
  const cos = (dx * Math.sin(heading) - dz * Math.cos(heading)) / dist;
  const facing = -(dx * Math.sin(p.heading) - dz * Math.cos(p.heading)) > 0;
  return dist < SIGHT_M && Math.acos(Math.min(1, cos)) < HALF_HFOV && facing;
}

const areaBoards = specs.filter((s) => s.key.startsWith('area:'));
const occluders = specs.filter((s) => s.key.startsWith('area:') || s.key.startsWith('signpost:') || s.key.startsWith('mascot:') || s.key === 'directory');
// An area's entrance is its teleport point: at every gated area the camera arrives levelled (worldStore's teleport).
const viewpoints = [
  { name: 'spawn', ...layout.spawn, pitch: DEFAULT_PITCH },
  ...layout.areas.map((a) => ({ name: `${a.id} entrance`, ...a.entrance, pitch: a.kind === 'plaza' ? DEFAULT_PITCH : GATE_ARRIVAL_PITCH })),
];

describe('area signs are seen whole from where visitors arrive', () => {
  it('from the spawn the plaza sign and the history hall sign are both in the picture', () => {
    const cam = cameraAt(layout.spawn.position.x, layout.spawn.position.z, layout.spawn.heading);
    const seen = areaBoards.filter((s) => s.placements.some((p) => inView(cam, layout.spawn.heading, p))).map((s) => s.key);
    expect(seen).toEqual(expect.arrayContaining(['area:plaza', 'area:history']));
  });

  it('no sign, plate or bubble stands between the camera and an area sign in view', () => {
    const hidden: string[] = [];
    for (const v of viewpoints) {
      const cam = cameraAt(v.position.x, v.position.z, v.heading, v.pitch);
      for (const s of areaBoards) {
        for (const p of s.placements.filter((q) => inView(cam, v.heading, q))) {
          for (const o of occluders) {
            if (o === s) continue;
            if (o.placements.some((q) => points(p).some((pt) => blocks(q, cam, pt)))) hidden.push(`${v.name}: ${s.key} behind ${o.key}`);
          }
        }
      }
    }
    expect([...new Set(hidden)]).toEqual([]);
  });
});

describe('arriving at a gate, the camera stands where the arrival puts it', () => {
  // The levelled view of the gate's banner holds only if nothing behind the visitor (시웃이's plinth,
  // a wall, a sign) makes the boom tilt up or shorten: on a laptop and on a phone's longer boom.
  const boxes = cameraObstacles(layout);
  const pose: BoomPose = { pitch: 0, length: 0 };
  for (const a of layout.areas.filter((x) => x.kind !== 'plaza')) {
    for (const [screen, full] of [['laptop', FOLLOW_DISTANCE], ['phone', FOLLOW_DISTANCE * PORTRAIT_FACTOR]] as const) {
      it(`${a.id} on a ${screen}`, () => {
        const { x, z } = a.entrance.position;
        boomPose(pose, boxes, x, LOOK_HEIGHT, z, a.entrance.heading, GATE_ARRIVAL_PITCH, full, 1.1);
        expect(pose.pitch).toBeCloseTo(GATE_ARRIVAL_PITCH);
        expect(pose.length).toBeCloseTo(full);
      });
    }
  }
});

/** Boards in view from `cam` looking along `heading` that another board stands in front of. */
function hiddenFrom(name: string, cam: V3, heading: number, boards: typeof specs): string[] {
  const hidden: string[] = [];
  for (const s of boards) {
    for (const p of s.placements.filter((q) => inView(cam, heading, q))) {
      for (const o of occluders) {
        if (o === s) continue;
        if (o.placements.some((q) => points(p).some((pt) => blocks(q, cam, pt)))) hidden.push(`${name}: ${s.key} behind ${o.key}`);
      }
    }
  }
  return hidden;
}

describe('the floor paths and their signposts (shared/world/floorPaths.ts)', () => {
  const lanes = floorLanes(layout);
  const posts = specs.filter((s) => s.key.startsWith('signpost:'));

  it('has a lane to every hall and zone gate and a signpost at each junction of a wing', () => {
    const ends = new Set(lanes.map((l) => l.areaId));
    for (const g of layout.gates) {
      expect(ends, g.areaId).toContain(g.areaId);
      expect(lanes.some((l) => l.areaId === g.areaId && Math.hypot(l.points.at(-1)!.x - g.position.x, l.points.at(-1)!.z - g.position.z) < 1e-9)).toBe(true);
    }
    expect(posts.length).toBe(layout.areas.filter((a) => a.kind === 'zone').length);
    for (const p of signposts(layout)) {
      // Arrows to its zone, its neighbour(s) and back to the plaza, each a different way.
      expect(p.entries.length).toBeGreaterThanOrEqual(3);
      expect(new Set(p.entries.map((e) => e.angle)).size).toBe(p.entries.length);
    }
  });

  it('lanes run on free floor: no booth, wall, plinth or desk under them', () => {
    for (const l of lanes) {
      for (let i = 0; i + 1 < l.points.length; i++) {
        const a = l.points[i]!;
        const b = l.points[i + 1]!;
        for (let k = 0; k <= 20; k++) {
          const p = { x: a.x + ((b.x - a.x) * k) / 20, z: a.z + ((b.z - a.z) * k) / 20 };
          // The gate end is on the area's edge, inside the wall line's opening.
          expect(layout.colliders.some((c) => p.x > c.minX && p.x < c.maxX && p.z > c.minZ && p.z < c.maxZ), `${l.areaId} at ${p.x},${p.z}`).toBe(false);
        }
      }
    }
  });

  // What a visitor on a lane reads: every signpost, and the sign and banner of where the lane leads.
  // (The plaza sign beside 시웃이 still covers other halls' signs from a few plaza points off the
  // lanes' ends; the spawn and arrival views above are where those are read.)
  it('walking any lane, no sign, signpost, plate or bubble hides a signpost or the sign it leads to', () => {
    const hidden: string[] = [];
    for (const l of lanes) {
      const boards = specs.filter((s) => s.key === `area:${l.areaId}` || s.key.startsWith('signpost:'));
      for (let i = 0; i + 1 < l.points.length; i++) {
        const a = l.points[i]!;
        const b = l.points[i + 1]!;
        const len = Math.hypot(b.x - a.x, b.z - a.z);
        const heading = Math.atan2(b.x - a.x, -(b.z - a.z));
        // From the ring round 시웃이 the follow camera would stand behind him: lanes are walked from the spawn's side.
        for (let d = i === 0 ? 4 : 0; d < len; d += 2) {
          const x = a.x + ((b.x - a.x) * d) / len;
          const z = a.z + ((b.z - a.z) * d) / len;
          hidden.push(...hiddenFrom(`${l.areaId} lane at ${x.toFixed(1)},${z.toFixed(1)}`, cameraAt(x, z, heading), heading, boards));
        }
      }
    }
    expect([...new Set(hidden)]).toEqual([]);
  });
});

describe("the plaza's directory board", () => {
  const d = layout.directory;
  const reader = d.heading - Math.PI;

  it('lists every hall and zone once, and the spawn camera sees it', () => {
    expect(d.entries.map((e) => e.areaId).sort()).toEqual(layout.areas.filter((a) => a.kind !== 'plaza').map((a) => a.id).sort());
    const cam = cameraAt(layout.spawn.position.x, layout.spawn.position.z, layout.spawn.heading);
    const board = specs.find((s) => s.key === 'directory')!;
    expect(board.placements.some((p) => inView(cam, layout.spawn.heading, p))).toBe(true);
  });

  it("points ahead to the history hall, behind to the enterprise hall, and each wing's zones to its side", () => {
    const angle = (id: string) => d.entries.find((e) => e.areaId === id)!.angle;
    const history = layout.areas.find((a) => a.kind === 'history')!;
    const enterprise = layout.areas.find((a) => a.kind === 'enterprise')!;
    expect(Math.abs(angle(history.id))).toBeLessThanOrEqual(Math.PI / 4);
    expect(Math.abs(angle(enterprise.id))).toBeGreaterThanOrEqual((3 * Math.PI) / 4);
    for (const z of layout.areas.filter((a) => a.kind === 'zone')) {
      // West of the board reads as left (negative), east as right.
      expect(Math.sign(angle(z.id)), z.id).toBe(Math.sign(z.entrance.position.x - d.position.x));
      expect(angle(z.id)).toBe(relativeArrow(d.position, reader, z.entrance.position));
    }
  });

  it('a bearing is snapped to the nearest of eight arrows', () => {
    const o = { x: 0, z: 0 };
    expect(relativeArrow(o, 0, { x: 0, z: -5 })).toBe(0);
    expect(relativeArrow(o, 0, { x: 5, z: 0 })).toBeCloseTo(Math.PI / 2);
    expect(relativeArrow(o, 0, { x: -5, z: -4 })).toBeCloseTo(-Math.PI / 4);
    expect(relativeArrow(o, Math.PI, { x: 0, z: -5 })).toBeCloseTo(Math.PI);
  });
});
