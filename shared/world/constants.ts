/**
 * Simulation constants shared by the server (authoritative) and the client (prediction). Changing one
 * changes the game for everyone, so each says why it has its value.
 */

/** Server tick rate: 20 Hz keeps 1,000 visitors per core affordable and is smooth with 100 ms interpolation. */
export const TICK_HZ = 20;
/** The fixed step both runners use; the client accumulates frame time and steps in these units. */
export const STEP_DT = 1 / TICK_HZ;
/** A relaxed exhibition stroll (people walk ~1.4 m/s; a little faster feels right in a virtual hall). */
export const WALK_SPEED = 3;
/** Shift doubles it: crossing a 100 m hall takes ~17 s instead of ~33 s. */
export const RUN_SPEED = 6;
/** Body radius for collision: narrower than a real shoulder width so 1.5 m gaps stay passable. */
export const PLAYER_RADIUS = 0.35;
/** Path-search grid resolution: fine enough for 1 m gaps, coarse enough that 300 booths stay ~100k cells. */
export const NAV_CELL = 0.5;
/**
 * Longest distance moved between two collision resolutions. Half the radius means the centre can never
 * pass the middle of even a zero-thickness wall in one sub-step, so running never tunnels.
 */
export const MAX_SUBSTEP = PLAYER_RADIUS * 0.5;
/** A step is never longer than this (a stalled tab or a bad dt must not turn into a teleport). */
export const MAX_DT = 0.25;
/** Within this distance of a path waypoint it counts as reached (a cm: below what anyone can see). */
export const ARRIVE_EPS = 0.01;
