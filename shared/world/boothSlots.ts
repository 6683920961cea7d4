import type { BoothSummary } from '../catalogue/booths.ts';
import { BOOTH_DEPTH, BOOTH_WIDTH, INTERACT_DISTANCE, INTERACT_RADIUS } from './dimensions.ts';
import { facing, rectAround } from './geometry.ts';
import type { BoothPlacement, Rect, Vec2 } from './types.ts';

/** A place for a booth: the centre of its footprint and the heading its open front faces. */
export interface BoothSlot {
  position: Vec2;
  heading: number;
}

/** Puts a booth into a slot: the interact point stands INTERACT_DISTANCE in front of the open front. */
export function placeBooth(booth: BoothSummary, areaId: string, slot: BoothSlot): BoothPlacement {
  const f = facing(slot.heading);
  const reach = BOOTH_DEPTH / 2 + INTERACT_DISTANCE;
  const placement: BoothPlacement = {
    id: booth.id,
    kind: booth.kind,
    areaId,
    title: booth.title,
    icon: booth.icon,
    position: { x: slot.position.x, z: slot.position.z },
    heading: slot.heading,
    width: BOOTH_WIDTH,
    depth: BOOTH_DEPTH,
    interactPoint: { x: slot.position.x + f.x * reach, z: slot.position.z + f.z * reach },
    interactRadius: INTERACT_RADIUS,
  };
  if (booth.letter !== undefined) placement.letter = booth.letter;
  return placement;
}

/** The footprint rectangle of a placed booth (width runs along its front). */
export function boothFootprint(b: Pick<BoothPlacement, 'position' | 'heading' | 'width' | 'depth'>): Rect {
  const f = facing(b.heading);
  const alongX = Math.abs(f.z) > Math.abs(f.x); // facing north/south: the front runs along x
  const halfX = (alongX ? b.width : b.depth) / 2;
  const halfZ = (alongX ? b.depth : b.width) / 2;
  return rectAround(b.position.x, b.position.z, halfX, halfZ);
}
