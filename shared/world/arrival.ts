import { PATH_WIDTH } from './dimensions.ts';
import { facing } from './geometry.ts';
import type { Gate, Vec2 } from './types.ts';

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

/**
 * The value-chain zones and the enterprise hall (issue 12 §4): their gate carries the area's banner
 * high under the lintel (client/world/signage/gateBanner.ts, ~5.4–6.5 m up). Arriving 1.5 m inside
 * the gate put the banner above the top of the screen and the post sign across the view. Instead the
 * visitor arrives GATE_ARRIVAL_BACK metres out on the walkway's line, looking straight in, and the
 * client lowers the camera's pitch for the arrival (client/world/state/worldStore.ts), so the banner,
 * the gate and the aisle behind it are in the picture whole, and the post sign stands aside.
 */
export const GATE_ARRIVAL_BACK = 8.5;
/** The post sign's centre from the walkway's centre line (m): its 4.6 m board clears the gate's posts. */
export const GATE_SIGN_SIDE = PATH_WIDTH / 2 + 4;

/** Where a visitor arrives at a gated area, facing in through its gate. */
export function gateArrival(gate: Pick<Gate, 'position' | 'heading'>): { position: Vec2; heading: number } {
  const out = facing(gate.heading);
  return {
    position: { x: gate.position.x + out.x * GATE_ARRIVAL_BACK, z: gate.position.z + out.z * GATE_ARRIVAL_BACK },
    heading: gate.heading + (gate.heading > 0 ? -Math.PI : Math.PI),
  };
}
