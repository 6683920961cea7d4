import { WALL_THICKNESS } from '../../../shared/world/dimensions.ts';
import { rectContains } from '../../../shared/world/geometry.ts';
import type { Gate, Layout, Rect } from '../../../shared/world/types.ts';
import { paletteColor } from '../../theme/palette.ts';
import { BANNER, gateCentre, TRUSS, TRUSS_Y } from '../signage/gateBanner.ts';
import type { BoxInstance } from './instancing.ts';

/**
 * The fair hall's light structure over the walls shared/world/hall.ts generates (issue 12 §1): at
 * each gate two posts and a lintel in the area's colour with its banner hanging under it, and over
 * each zone and the enterprise hall a row of roof trusses on posts standing on the walls. All of it
 * is boxes for the fixtures' one InstancedMesh: no draw call of its own, for any booth count.
 * Heights and the banner's place: signage/gateBanner.ts.
 */

/** Roughly one truss per booth column (booth 4 m + gap 1.5 m). */
const TRUSS_STEP = 5.5;
const POST = 0.24;
const FRAME_COLOR = '#ddd6cb';
/** The banner's hanging rods: dark and thin, like the sign posts. */
const ROD_COLOR = '#5b5f6a';

function gateBoxes(g: Gate, color: string): BoxInstance[] {
  const { x, z, fx, fz } = gateCentre(g);
  // Along the wall: perpendicular to the facing.
  const ux = -fz;
  const uz = fx;
  const rotY = -g.heading;
  const half = g.width / 2 + POST / 2;
  const boxes: BoxInstance[] = [];
  for (const s of [-1, 1]) {
    boxes.push({ x: x + ux * half * s, y: TRUSS_Y / 2, z: z + uz * half * s, sx: POST, sy: TRUSS_Y, sz: POST, rotY, color: FRAME_COLOR });
  }
  boxes.push({ x, y: TRUSS_Y, z, sx: g.width + 2 * POST, sy: TRUSS.height, sz: TRUSS.width + 0.04, rotY, color });
  // The banner's board (the sign quads sit on its two faces) and the two rods it hangs from.
  boxes.push({ x, y: BANNER.y, z, sx: BANNER.width + 0.14, sy: BANNER.height + 0.14, sz: 0.06, rotY, color });
  const rodTop = TRUSS_Y - TRUSS.height / 2;
  const rodBottom = BANNER.y + BANNER.height / 2;
  for (const s of [-1, 1]) {
    const off = s * (BANNER.width / 2 - 0.2);
    boxes.push({ x: x + ux * off, y: (rodTop + rodBottom) / 2, z: z + uz * off, sx: 0.04, sy: rodTop - rodBottom, sz: 0.04, rotY, color: ROD_COLOR });
  }
  return boxes;
}

/**
 * Trusses across the area's short side, one per step along its long side, each on two posts standing
 * in the walls (a post that would stand in the gate is left out: the lintel meets that truss).
 */
function trussBoxes(r: Rect, walls: readonly Rect[]): BoxInstance[] {
  const t = WALL_THICKNESS;
  const alongX = r.maxX - r.minX >= r.maxZ - r.minZ;
  const length = alongX ? r.maxX - r.minX : r.maxZ - r.minZ;
  const span = (alongX ? r.maxZ - r.minZ : r.maxX - r.minX) + 2 * t;
  const count = Math.max(2, Math.round(length / TRUSS_STEP) + 1);
  const start = alongX ? r.minX : r.minZ;
  const mid = alongX ? (r.minZ + r.maxZ) / 2 : (r.minX + r.maxX) / 2;
  const boxes: BoxInstance[] = [];
  for (let i = 0; i < count; i++) {
    // Inset half a post from each end, so the end trusses stand on the corners' walls.
    const at = start + POST / 2 + ((length - POST) * i) / (count - 1);
    const beam = alongX
      ? { x: at, z: mid, sx: TRUSS.width, sz: span }
      : { x: mid, z: at, sx: span, sz: TRUSS.width };
    boxes.push({ ...beam, y: TRUSS_Y, sy: TRUSS.height, rotY: 0, color: FRAME_COLOR });
    for (const s of [-1, 1]) {
      const across = mid + s * (span / 2 - t / 2);
      const post = alongX ? { x: at, z: across } : { x: across, z: at };
      if (!walls.some((w) => rectContains(w, post))) continue;
      boxes.push({ ...post, y: TRUSS_Y / 2, sx: POST, sy: TRUSS_Y, sz: POST, rotY: 0, color: FRAME_COLOR });
    }
  }
  // Two eaves beams along the long walls tie the trusses together.
  for (const s of [-1, 1]) {
    const across = mid + s * (span / 2 - t / 2);
    const eave = alongX
      ? { x: (r.minX + r.maxX) / 2, z: across, sx: length, sz: TRUSS.width }
      : { x: across, z: (r.minZ + r.maxZ) / 2, sx: TRUSS.width, sz: length };
    boxes.push({ ...eave, y: TRUSS_Y, sy: TRUSS.height, rotY: 0, color: FRAME_COLOR });
  }
  return boxes;
}

/** Every gate's posts, lintel and banner board, and the trusses over each walled zone and hall. */
export function hallFrameBoxes(layout: Layout): BoxInstance[] {
  const boxes: BoxInstance[] = [];
  for (const g of layout.gates) {
    const area = layout.areas.find((a) => a.id === g.areaId);
    if (!area) continue;
    boxes.push(...gateBoxes(g, paletteColor(area.colorIndex)));
    // The history hall is a corridor of panels under the open sky; the booth halls get a roof frame.
    if (area.kind === 'zone' || area.kind === 'enterprise') boxes.push(...trussBoxes(area.rect, layout.walls));
  }
  return boxes;
}
