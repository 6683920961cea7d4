import { PATH_WIDTH } from './dimensions.ts';

/**
 * Where a visitor arrives at the history and enterprise halls (their `entrance` teleport points) and
 * where the hall's sign stands. The sign stands beside the walkway, 1 m outside the hall's open end;
 * arriving just past it put its board, 2 m away, across the view. Instead the visitor arrives on the
 * walkway ARRIVAL_BACK metres short of the hall, a little to the sign's side and turned
 * ARRIVAL_TURN toward it, so the follow camera (7.5 m back) sees the sign whole and the hall behind it.
 */
/** Sign post's distance from the walkway's centre line (m). */
export const SIGN_SIDE = PATH_WIDTH / 2 + 2;
/** Arrival point's distance short of the hall's open end (m). */
export const ARRIVAL_BACK = 3;
/** Arrival point's offset from the walkway's centre line toward the sign (m). */
export const ARRIVAL_SIDE = 2;
/** Turn toward the sign (rad, ~14°): on a phone's narrow view too. */
export const ARRIVAL_TURN = 0.25;
