import type { Area, BoothPlacement, Gate, HistoryStation, Rect, Vec2 } from './types.ts';

/** What each area generator returns; layout.ts concatenates them. */
export interface AreaPiece {
  area: Area;
  booths: BoothPlacement[];
  stations: HistoryStation[];
  /** Solid boxes of this area (booth bodies, panels, the plinth, walls). */
  colliders: Rect[];
  /** The wall boxes among `colliders`. */
  walls: Rect[];
  /** The opening in its walls the walkway enters by (the plaza has none). */
  gate: Gate | null;
  /** Walkway from the plaza's edge to the area's entrance. */
  path: { from: Vec2; to: Vec2; width: number } | null;
}
