import type { Localized } from '../schemas/localized.ts';
import { FACE_SOUTH } from './geometry.ts';
import type { Area, Vec2 } from './types.ts';

/**
 * The plaza's directory board (issue 12 §4, a signpost at the hub every walkway leaves from): one
 * row per hall and zone with an arrow toward its entrance as a visitor reading the board sees it.
 * It stands to the right of the spawn's view, facing it, below the area signs' height, so it hides
 * none of them (tests/unit/sign-sightlines.test.ts).
 */
export interface Directory {
  position: Vec2;
  heading: number;
  entries: { areaId: string; title: Localized; angle: number }[];
}

const BOARD: Vec2 = { x: 5, z: 1 };

/** Bearing of `to` seen by someone at `from` facing `heading` (radians, 0 ahead, clockwise), snapped to 45°. */
export function relativeArrow(from: Vec2, heading: number, to: Vec2): number {
  const dx = to.x - from.x;
  const dz = to.z - from.z;
  const ahead = dx * Math.sin(heading) - dz * Math.cos(heading);
  const right = dx * Math.cos(heading) + dz * Math.sin(heading);
  const step = Math.PI / 4;
  const snapped = Math.round(Math.atan2(right, ahead) / step) * step;
  return snapped === -Math.PI ? Math.PI : snapped;
}

export function layoutDirectory(areas: readonly Area[]): Directory {
  // The board faces south; its reader faces north.
  const reader = FACE_SOUTH - Math.PI;
  const entries = areas
    .filter((a) => a.kind !== 'plaza')
    .map((a) => ({ areaId: a.id, title: a.title, angle: relativeArrow(BOARD, reader, a.entrance.position) }))
    // Left to right as the arrows turn: behind-left, left, ahead-left, ahead, ahead-right, right, behind.
    .sort((p, q) => (p.angle === Math.PI ? 4 : p.angle) - (q.angle === Math.PI ? 4 : q.angle));
  return { position: { ...BOARD }, heading: FACE_SOUTH, entries };
}
