/**
 * Floor-plan dimensions (metres). One place, so the generator, the tests and the views agree.
 * A visitor's radius is 0.35 m, so an aisle of 4 m leaves 3.3 m of free walking width.
 */

/** Booth footprint: 4 m of front, 3 m deep: a counter and a back panel with room for a sign. */
export const BOOTH_WIDTH = 4;
export const BOOTH_DEPTH = 3;
/** Where a visitor stands to use a booth: in front of its open side, clear of its body. */
export const INTERACT_DISTANCE = 1.6;
/** The prompt radius: a bit more than a step either side of the interact point. */
export const INTERACT_RADIUS = 2.2;
/** Side-by-side booths in a row leave this between them (a visitor fits through). */
export const BOOTH_SIDE_GAP = 1.5;
/** Back-to-back enterprise rows leave this between their back panels (nobody walks there). */
export const BOOTH_BACK_GAP = 1;
/** The smallest gap between any two booth footprints the generator produces (tests check it). */
export const MIN_BOOTH_GAP = Math.min(BOOTH_SIDE_GAP, BOOTH_BACK_GAP);
/** Aisle between two facing rows (≥ 3 m as the brief asks; 4 m lets two visitors pass at the counters). */
export const AISLE_WIDTH = 4;

/** Spawn plaza: a 26 m square with the mascot on its plinth. */
export const PLAZA_HALF = 13;
export const PLINTH_HALF = 1.2;
/** Free ground between the plaza and every area, where the walkways run. */
export const AREA_GAP = 4;
export const PATH_WIDTH = 3;
/** Between two zones of the same wing. */
export const ZONE_GAP = 2;
/** Walking room inside a zone before its first booth and after its last. */
export const ZONE_ENTRY = 3;
export const ZONE_END = 2;
export const ZONE_MARGIN = 1;

/** History hall: a corridor with panels alternating on its two walls. */
export const HISTORY_WIDTH = 12;
export const WALL_THICKNESS = 0.3;
export const STATION_WIDTH = 3;
export const STATION_DEPTH = 0.4;
/** Distance along the corridor from one station to the next (they alternate sides). */
export const STATION_STEP = 3.5;
export const HISTORY_ENTRY = 4;
export const HISTORY_END = 3;

/** Enterprise hall: a central spine, a walkway all round, rows facing aisles. */
export const SPINE_WIDTH = 4;
export const PERIMETER_WALK = 3;

/** Ground kept around everything inside the outer walls. */
export const WORLD_MARGIN = 3;
export const OUTER_WALL_THICKNESS = 0.5;
