import type { BoothKind } from '../catalogue/booths.ts';
import type { Icon } from '../schemas/icon.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Directory } from './directory.ts';

/**
 * World units are metres on the floor plane: x to the east, z to the south (three.js convention,
 * y up). Headings are radians, 0 = facing -z (north), increasing clockwise seen from above
 * (so heading = atan2(dx, -dz)).
 */
export interface Vec2 {
  x: number;
  z: number;
}

/** Axis-aligned rectangle on the floor. */
export interface Rect {
  minX: number;
  minZ: number;
  maxX: number;
  maxZ: number;
}

export type AreaKind = 'plaza' | 'history' | 'zone' | 'enterprise';

/** A floor area: the plaza, the history hall, a value-chain zone or the enterprise hall. */
export interface Area {
  id: string;
  kind: AreaKind;
  title: Localized;
  /** Index into the center's palette; the plaza and history hall have their own. */
  colorIndex: number;
  rect: Rect;
  /** Where the area's sign stands and which way it faces. */
  sign: { position: Vec2; heading: number };
  /** Where visitors step into the area, facing in (also its teleport point). */
  entrance: { position: Vec2; heading: number };
  /** Value-chain zones only: the activity (주활동 / 지원활동) whose wing the zone stands in. */
  activityId?: string;
}

/** An area's entrance through its walls (shared/world/hall.ts): where the walkway enters, and its banner hangs. */
export interface Gate {
  areaId: string;
  /** Centre of the opening, on its walls' inner face (the line visitors cross to be inside). */
  position: Vec2;
  /** Looking out of the area, toward the walkway it opens onto. */
  heading: number;
  /** Clear width of the opening (m). */
  width: number;
}

/** The plaza's info desk (shared/world/infoDesk.ts): the center's introduction and contacts. */
export interface InfoDesk {
  position: Vec2;
  /** The way its counter faces (toward the spawn). */
  heading: number;
  /** Where a visitor stands at the counter. */
  interactPoint: Vec2;
  /** Within this distance of interactPoint the desk opens. */
  interactRadius: number;
}

export interface BoothPlacement {
  id: string;
  kind: BoothKind;
  areaId: string;
  title: Localized;
  icon: Icon;
  letter?: string;
  /** Centre of the booth's footprint. */
  position: Vec2;
  /** Direction the booth's open front faces. */
  heading: number;
  /** Footprint width (along its front) and depth, metres. */
  width: number;
  depth: number;
  /** Where a visitor stands to use the booth (in front of it, walkable). */
  interactPoint: Vec2;
  /** Within this distance of interactPoint the "open booth" prompt shows. */
  interactRadius: number;
}

export interface HistoryStation {
  /** The history block's id (catalogue.history[i].id). */
  id: string;
  yearFrom: number;
  yearTo: number;
  position: Vec2;
  heading: number;
  interactPoint: Vec2;
}

export type TeleportKind = 'spawn' | 'area' | 'booth' | 'history';

/** A named point visitors may teleport to (mini-map, search, deep link); the server checks these. */
export interface TeleportPoint {
  id: string;
  kind: TeleportKind;
  label: Localized;
  position: Vec2;
  heading: number;
}

/** Walkability grid for path search; row-major, 1 = blocked. */
export interface NavGrid {
  cellSize: number;
  originX: number;
  originZ: number;
  cols: number;
  rows: number;
  blocked: Uint8Array;
}

export interface Layout {
  bounds: Rect;
  spawn: { position: Vec2; heading: number };
  areas: Area[];
  booths: BoothPlacement[];
  historyStations: HistoryStation[];
  mascot: { position: Vec2; heading: number };
  /** Solid boxes the player collides with: booth bodies, walls, the mascot's plinth, station panels. */
  colliders: Rect[];
  /** The wall boxes among `colliders` (outer walls, hall and zone walls), so views can draw them. */
  walls: Rect[];
  /** One gate per walled area (zones, enterprise and history halls), in area order. */
  gates: Gate[];
  infoDesk: InfoDesk;
  /** Walkways drawn on the floor between areas (visual; walkability comes from colliders). */
  paths: { from: Vec2; to: Vec2; width: number }[];
  teleports: TeleportPoint[];
  nav: NavGrid;
  /** The plaza's directory board: where it stands and an arrow toward each hall and zone. */
  directory: Directory;
}
