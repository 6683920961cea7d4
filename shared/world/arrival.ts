import { PATH_WIDTH } from './dimensions.ts';
import { facing } from './geometry.ts';
import type { Gate, Vec2 } from './types.ts';

/**
 * The history hall (issue 12 §4): its gate spans the corridor's whole open end with the hall's banner
 * under the lintel, and the plaza's 시웃이 stands 14 m south of it. Arriving 8.5 m out as at the zones
 * would put him between the follow camera and the visitor. The visitor arrives HISTORY_ARRIVAL_BACK
 * metres short of the gate, looking straight in, with the camera levelled as at the other gates (the
 * banner, the corridor and its first panels in the picture), HISTORY_ARRIVAL_SIDE metres east of the
 * walkway's line: a phone's longer boom then passes beside 시웃이's plinth instead of over it, and the
 * post sign, west, stands aside instead of across the view.
 */
export const HISTORY_ARRIVAL_BACK = 5;
export const HISTORY_ARRIVAL_SIDE = 2;
/**
 * The history hall's post sign from the walkway's centre line (m), west of it: between the plaza
 * sign and 시웃이's bubble as seen from the spawn (tests/unit/sign-sightlines.test.ts).
 */
export const HISTORY_SIGN_SIDE = PATH_WIDTH / 2 + 2;

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
