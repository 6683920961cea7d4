import type { BoothPlacement } from '../../../shared/world/types.ts';

/**
 * A booth's frame in its local frame (metres): the open front faces local -z, which
 * `rotation.y = -heading` turns to the booth's heading (see shared/world/types.ts). Pure data, so the
 * booth template (boothTemplate.ts), the signs, the pictures and the tests agree on where things sit.
 */
export const WALL_HEIGHT = 2.6;
/** Wall thickness. */
export const WALL_T = 0.12;
export const CANOPY = { height: 0.8, depth: 0.28, y: WALL_HEIGHT + 0.25 };

/** Where the title sign and the icon sit, local frame (just in front of the canopy band / screen). */
export function boothSignSpots(w: number, d: number): {
  title: { c: [number, number, number]; size: [number, number] };
  icon: { c: [number, number, number]; size: [number, number] };
} {
  const hw = w / 2;
  const hd = d / 2;
  return {
    title: { c: [0, CANOPY.y, -hd - 0.012], size: [w + 0.1, CANOPY.height - 0.08] },
    icon: { c: [-hw * 0.25, 1.55, hd - WALL_T - 0.09], size: [Math.min(1.3, w * 0.45), Math.min(1.3, w * 0.45)] },
  };
}

/**
 * Where a booth's pictures hang, local frame (metres): the logo on the title sign's left end (over the
 * light square its sign draws there, specs.ts LOGO_BOX), and up to PANEL_SPOTS image panels on the
 * inner faces of the side walls, back ones first. `facing` is the local direction the face looks
 * (+1: local +x, -1: local -x, 0: the front, -z).
 */
export interface MediaSpot {
  c: [number, number, number];
  /** The square the picture is fitted into, metres. */
  size: number;
  facing: -1 | 0 | 1;
}

/** The world shows a booth's first four images (the bench's booths hold 4; the page shows all 8). */
export const PANEL_SPOTS = 4;

export function boothMediaSpots(w: number, d: number): { logo: MediaSpot; panels: MediaSpot[] } {
  const hw = w / 2;
  const hd = d / 2;
  const title = boothSignSpots(w, d).title;
  const [tw, th] = title.size;
  // The sign cell's logo square (LOGO_BOX) in metres along the sign: the cell's left edge is on the
  // viewer's left, which is local +x for someone facing the booth's front.
  const logoX = tw / 2 - (LOGO_BOX.centre / LOGO_BOX.cellWidth) * tw;
  const logoSize = (LOGO_BOX.size / LOGO_BOX.cellHeight) * th * 0.94;
  const panel = Math.min(0.95, d * 0.3);
  const x = hw - WALL_T - 0.012;
  const z = d * 0.2;
  return {
    logo: { c: [logoX, CANOPY.y, -hd - 0.024], size: logoSize, facing: 0 },
    panels: [
      { c: [-x, 1.55, z], size: panel, facing: 1 },
      { c: [x, 1.55, z], size: panel, facing: -1 },
      { c: [-x, 1.55, -z], size: panel, facing: 1 },
      { c: [x, 1.55, -z], size: panel, facing: -1 },
    ],
  };
}

/**
 * The light square a booth's title sign leaves for its logo, in sign-cell pixels (the cell is
 * CELL.booth: 896 × 160): drawn by draw.ts, covered by the logo quad from boothMediaSpots.
 */
export const LOGO_BOX = { left: 12, size: 136, cellWidth: 896, cellHeight: 160, centre: 12 + 136 / 2 } as const;

/** Local point → world (x, y, z) for a booth: rotate by -heading about y, then translate. */
export function boothToWorld(b: Pick<BoothPlacement, 'position' | 'heading'>, lx: number, ly: number, lz: number): [number, number, number] {
  const th = -b.heading;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  return [b.position.x + lx * cos + lz * sin, ly, b.position.z - lx * sin + lz * cos];
}
