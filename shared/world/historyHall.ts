import type { HistoryBlock } from '../schemas/history.ts';
import type { Localized } from '../schemas/localized.ts';
import type { AreaPiece } from './areaPiece.ts';
import { HISTORY_ARRIVAL_BACK, HISTORY_ARRIVAL_SIDE, HISTORY_SIGN_SIDE } from './arrival.ts';
import {
  AREA_GAP, HISTORY_END, HISTORY_ENTRY, HISTORY_WIDTH, INTERACT_DISTANCE, PATH_WIDTH, STATION_DEPTH,
  STATION_STEP, STATION_WIDTH, WALL_THICKNESS,
} from './dimensions.ts';
import { FACE_EAST, FACE_NORTH, FACE_SOUTH, FACE_WEST, facing, rectAround } from './geometry.ts';
import type { HistoryStation, Rect } from './types.ts';

export const HISTORY_ID = 'history';
export const HISTORY_TITLE: Localized = { ko: '역사관', en: 'History Hall' };
export const HISTORY_COLOR_INDEX = 6;

/**
 * The history hall: a corridor running north from the plaza, walls on both long sides and at the far
 * end, one panel per history block in catalogue order (oldest nearest the plaza), alternating between
 * the west and the east wall so a visitor zig-zags through time.
 * `northEdge` is the northernmost z already used by the plaza and the zones.
 */
export function layoutHistoryHall(history: readonly HistoryBlock[], northEdge: number, plazaNorth: number): AreaPiece | null {
  if (history.length === 0) return null;
  const half = HISTORY_WIDTH / 2;
  const top = northEdge - AREA_GAP; // the open south end, facing the plaza
  const length = HISTORY_ENTRY + STATION_WIDTH + (history.length - 1) * STATION_STEP + HISTORY_END;
  const rect: Rect = { minX: -half, minZ: top - length, maxX: half, maxZ: top };
  const walls: Rect[] = [
    { minX: -half, minZ: rect.minZ, maxX: -half + WALL_THICKNESS, maxZ: top },
    { minX: half - WALL_THICKNESS, minZ: rect.minZ, maxX: half, maxZ: top },
    { minX: -half + WALL_THICKNESS, minZ: rect.minZ, maxX: half - WALL_THICKNESS, maxZ: rect.minZ + WALL_THICKNESS },
  ];
  const panelX = half - WALL_THICKNESS - STATION_DEPTH / 2;
  const stations: HistoryStation[] = [];
  const panels: Rect[] = [];
  history.forEach((block, i) => {
    const west = i % 2 === 0;
    const heading = west ? FACE_EAST : FACE_WEST; // the panel faces into the corridor
    const position = { x: west ? -panelX : panelX, z: top - HISTORY_ENTRY - STATION_WIDTH / 2 - i * STATION_STEP };
    const f = facing(heading);
    const reach = STATION_DEPTH / 2 + INTERACT_DISTANCE;
    stations.push({
      id: block.id,
      yearFrom: block.yearFrom,
      yearTo: block.yearTo,
      position,
      heading,
      interactPoint: { x: position.x + f.x * reach, z: position.z + f.z * reach },
    });
    panels.push(rectAround(position.x, position.z, STATION_DEPTH / 2, STATION_WIDTH / 2));
  });
  return {
    area: {
      id: HISTORY_ID,
      kind: 'history',
      title: HISTORY_TITLE,
      colorIndex: HISTORY_COLOR_INDEX,
      rect,
      sign: { position: { x: -HISTORY_SIGN_SIDE, z: top + 1 }, heading: FACE_SOUTH },
      // Looking in through the gate, beside the walkway's line (shared/world/arrival.ts).
      entrance: { position: { x: HISTORY_ARRIVAL_SIDE, z: top + HISTORY_ARRIVAL_BACK }, heading: FACE_NORTH },
    },
    booths: [],
    stations,
    colliders: [...walls, ...panels],
    walls,
    // Its whole open south end, between the side walls; its walls stand inside its floor, so the
    // gate's line (a wall's thickness deep, as at the other halls) ends where they end.
    gate: { areaId: HISTORY_ID, position: { x: 0, z: top - WALL_THICKNESS }, heading: FACE_SOUTH, width: HISTORY_WIDTH - 2 * WALL_THICKNESS },
    path: { from: { x: 0, z: plazaNorth }, to: { x: 0, z: top }, width: PATH_WIDTH },
  };
}
