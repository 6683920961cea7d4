/** The world's public API: layout generation, path search, collision and the fixed-step movement. */
export { layoutWorld } from './layout.ts';
export { findPath, lineOfSight } from './path.ts';
export { buildNavGrid, isWalkable } from './navGrid.ts';
export { clampToWalkable, createCollisionWorld, isClear, nearestBooth, resolveCircle } from './collision.ts';
export type { CollisionWorld } from './collision.ts';
export { createPlayerState, isValidInput, step } from './movement.ts';
export type { MoveInput, PlayerState } from './movement.ts';
export {
  ARRIVE_EPS, MAX_DT, MAX_SUBSTEP, NAV_CELL, PLAYER_RADIUS, RUN_SPEED, STEP_DT, TICK_HZ, WALK_SPEED,
} from './constants.ts';
export { areaTeleportId, boothTeleportId, historyTeleportId, SPAWN_TELEPORT_ID, teleportTarget } from './teleports.ts';
export { boothFootprint } from './boothSlots.ts';
export { facing, headingOf } from './geometry.ts';
export { PLAZA_ID, PLAZA_TITLE } from './plaza.ts';
export { HISTORY_ID, HISTORY_TITLE } from './historyHall.ts';
export type * from './types.ts';
