import type { BoothSummary, ZoneSummary } from '../catalogue/booths.ts';
import type { AreaPiece } from './areaPiece.ts';
import { boothFootprint, placeBooth } from './boothSlots.ts';
import {
  AISLE_WIDTH, AREA_GAP, BOOTH_DEPTH, BOOTH_SIDE_GAP, BOOTH_WIDTH, PATH_WIDTH, ZONE_END, ZONE_ENTRY, ZONE_GAP,
  ZONE_MARGIN,
} from './dimensions.ts';
import { gateArrival, GATE_SIGN_SIDE } from './arrival.ts';
import { FACE_EAST, FACE_NORTH, FACE_SOUTH, FACE_WEST } from './geometry.ts';
import { encloseArea } from './hall.ts';
import type { BoothPlacement, Rect } from './types.ts';

/** A zone is two rows of booths facing one aisle; this is its extent across the aisle. */
export const ZONE_DEPTH = 2 * ZONE_MARGIN + 2 * BOOTH_DEPTH + AISLE_WIDTH;

function zoneLength(boothCount: number): number {
  const cols = Math.max(1, Math.ceil(boothCount / 2));
  return ZONE_ENTRY + cols * BOOTH_WIDTH + (cols - 1) * BOOTH_SIDE_GAP + ZONE_END;
}

/**
 * The value-chain zones in two wings either side of the plaza: the first activity's stages (주활동)
 * in the west wing, the second's (지원활동) in the east, so each pair reads as a group. Within a wing
 * the stages stack north to south in catalogue order. Each zone's aisle runs straight out from the
 * plaza; its programmes alternate north row / south row, in order, facing the aisle.
 */
export function layoutZones(zones: readonly ZoneSummary[], booths: ReadonlyMap<string, BoothSummary>, plaza: Rect): AreaPiece[] {
  const activityOrder: string[] = [];
  for (const z of zones) {
    const a = z.activity?.id;
    if (a !== undefined && !activityOrder.includes(a)) activityOrder.push(a);
  }
  const wings: ZoneSummary[][] = [[], []];
  for (const z of zones) {
    if (!z.activity) continue;
    wings[activityOrder.indexOf(z.activity.id) % 2]!.push(z);
  }
  return wings.flatMap((wing, w) => layoutWing(wing, w === 0 ? -1 : 1, booths, plaza));
}

function layoutWing(wing: readonly ZoneSummary[], side: -1 | 1, booths: ReadonlyMap<string, BoothSummary>, plaza: Rect): AreaPiece[] {
  const inner = side < 0 ? plaza.minX - AREA_GAP : plaza.maxX + AREA_GAP;
  const height = wing.length * ZONE_DEPTH + Math.max(0, wing.length - 1) * ZONE_GAP;
  let z = -height / 2;
  return wing.map((zone) => {
    const minZ = z;
    z += ZONE_DEPTH + ZONE_GAP;
    const aisleZ = minZ + ZONE_DEPTH / 2;
    const length = zoneLength(zone.boothIds.length);
    const outer = inner + side * length;
    const rect: Rect = { minX: Math.min(inner, outer), minZ, maxX: Math.max(inner, outer), maxZ: minZ + ZONE_DEPTH };
    const placed: BoothPlacement[] = [];
    zone.boothIds.forEach((id, i) => {
      const summary = booths.get(id);
      if (!summary) return;
      const col = Math.floor(i / 2);
      const north = i % 2 === 0;
      const x = inner + side * (ZONE_ENTRY + BOOTH_WIDTH / 2 + col * (BOOTH_WIDTH + BOOTH_SIDE_GAP));
      const rowZ = aisleZ + (north ? -1 : 1) * (AISLE_WIDTH / 2 + BOOTH_DEPTH / 2);
      placed.push(placeBooth(summary, zone.id, { position: { x, z: rowZ }, heading: north ? FACE_SOUTH : FACE_NORTH }));
    });
    const toPlaza = side < 0 ? FACE_EAST : FACE_WEST;
    // Walled on all four sides, the gate on the plaza's side where the aisle starts.
    const shell = encloseArea(zone.id, rect, side < 0 ? 'east' : 'west', aisleZ);
    const pathZ = Math.min(Math.max(aisleZ, plaza.minZ + PATH_WIDTH / 2), plaza.maxZ - PATH_WIDTH / 2);
    const piece: AreaPiece = {
      area: {
        id: zone.id,
        kind: 'zone',
        title: zone.title,
        colorIndex: zone.colorIndex,
        rect,
        // Just outside the gate, well to the side of the walkway away from the wing's middle (so a
        // wing's signs stand apart), facing visitors coming from the plaza; they arrive out on the
        // walkway's line, banner and aisle in view (arrival.ts).
        sign: { position: { x: inner - side * 1, z: aisleZ + (aisleZ > 0 ? 1 : -1) * GATE_SIGN_SIDE }, heading: toPlaza },
        entrance: gateArrival(shell.gate),
      },
      booths: placed,
      stations: [],
      colliders: [...placed.map(boothFootprint), ...shell.walls],
      walls: shell.walls,
      gate: shell.gate,
      path: { from: { x: side < 0 ? plaza.minX : plaza.maxX, z: pathZ }, to: { x: inner, z: aisleZ }, width: PATH_WIDTH },
    };
    if (zone.activity) piece.area.activityId = zone.activity.id;
    return piece;
  });
}
