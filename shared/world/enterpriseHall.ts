import type { BoothSummary, ZoneSummary } from '../catalogue/booths.ts';
import type { AreaPiece } from './areaPiece.ts';
import { boothFootprint, placeBooth } from './boothSlots.ts';
import {
  AISLE_WIDTH, AREA_GAP, BOOTH_BACK_GAP, BOOTH_DEPTH, BOOTH_SIDE_GAP, BOOTH_WIDTH, PATH_WIDTH, PERIMETER_WALK,
  SPINE_WIDTH,
} from './dimensions.ts';
import { gateArrival, GATE_SIGN_SIDE } from './arrival.ts';
import { FACE_NORTH, FACE_SOUTH } from './geometry.ts';
import { encloseArea } from './hall.ts';
import type { BoothPlacement, Rect } from './types.ts';

/**
 * Booths per half-row for n booths. A half-row of c booths is ~5.5c m wide and holds 2c per row, and
 * a pair of rows with its aisle is ~11 m deep, so c ≈ √(0.275 n) keeps the hall about square
 * (300 booths → 9 a side, 17 rows, ~106 × 99 m).
 */
export function enterpriseColumns(n: number): number {
  return Math.max(1, Math.round(Math.sqrt(0.275 * n)));
}

/** Offset of row r from the first row's back: rows pair up around an aisle, pairs stand back to back. */
function rowOffset(r: number): number {
  const pair = Math.floor(r / 2);
  const pairPitch = 2 * BOOTH_DEPTH + AISLE_WIDTH + BOOTH_BACK_GAP;
  return pair * pairPitch + (r % 2 === 1 ? BOOTH_DEPTH + AISLE_WIDTH : 0);
}

/**
 * The enterprise hall south of everything else: a north–south spine down the middle, a walkway all
 * round, and east–west rows of booths, even rows facing south and odd rows facing north so every pair
 * shares an aisle. Booths fill row by row from the plaza side, west to east, so the grid grows with
 * the booth count and every aisle is reached from the spine and the perimeter walkway.
 */
export function layoutEnterpriseHall(zone: ZoneSummary | undefined, booths: ReadonlyMap<string, BoothSummary>, southEdge: number, plazaSouth: number): AreaPiece | null {
  if (!zone) return null;
  const n = zone.boothIds.length;
  const c = enterpriseColumns(n);
  const rows = Math.max(1, Math.ceil(n / (2 * c)));
  const halfRowWidth = c * BOOTH_WIDTH + (c - 1) * BOOTH_SIDE_GAP;
  const halfWidth = SPINE_WIDTH / 2 + halfRowWidth + PERIMETER_WALK;
  const top = southEdge + AREA_GAP;
  const depth = 2 * PERIMETER_WALK + rowOffset(rows - 1) + BOOTH_DEPTH;
  const rect: Rect = { minX: -halfWidth, minZ: top, maxX: halfWidth, maxZ: top + depth };

  const xs: number[] = [];
  for (let j = c - 1; j >= 0; j--) xs.push(-(SPINE_WIDTH / 2 + BOOTH_WIDTH / 2 + j * (BOOTH_WIDTH + BOOTH_SIDE_GAP)));
  for (let j = 0; j < c; j++) xs.push(SPINE_WIDTH / 2 + BOOTH_WIDTH / 2 + j * (BOOTH_WIDTH + BOOTH_SIDE_GAP));

  const placed: BoothPlacement[] = [];
  zone.boothIds.forEach((id, i) => {
    const summary = booths.get(id);
    if (!summary) return;
    const r = Math.floor(i / xs.length);
    const z = top + PERIMETER_WALK + rowOffset(r) + BOOTH_DEPTH / 2;
    placed.push(placeBooth(summary, zone.id, { position: { x: xs[i % xs.length]!, z }, heading: r % 2 === 0 ? FACE_SOUTH : FACE_NORTH }));
  });
  // Walled all round, the gate at the head of the spine where the walkway from the plaza arrives.
  const shell = encloseArea(zone.id, rect, 'north', 0);
  return {
    area: {
      id: zone.id,
      kind: 'enterprise',
      title: zone.title,
      colorIndex: zone.colorIndex,
      rect,
      // East of the walkway (on the left of a visitor walking south, out from under the mini-map),
      // clear of the gate; visitors arrive out on the walkway's line, banner and hall in view.
      sign: { position: { x: GATE_SIGN_SIDE, z: top - 1 }, heading: FACE_NORTH },
      entrance: gateArrival(shell.gate),
    },
    booths: placed,
    stations: [],
    colliders: [...placed.map(boothFootprint), ...shell.walls],
    walls: shell.walls,
    gate: shell.gate,
    path: { from: { x: 0, z: plazaSouth }, to: { x: 0, z: top }, width: PATH_WIDTH },
  };
}
