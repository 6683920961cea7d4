import type { MoveInput } from '../../../shared/world/movement.ts';
import type { PlayerInput } from './playerInput.ts';

/** Pushing the joystick this far (of its radius) runs, as Shift does on a keyboard. */
export const STICK_RUN = 0.9;
/** Below this the stick is treated as centred (thumbs never rest exactly in the middle). */
export const STICK_DEAD = 0.12;

/**
 * Builds one step's input from what is held now. A pending floor click becomes a walk-to; otherwise
 * keys and the joystick give a direction relative to where the camera looks (W = away from the
 * camera), rotated into world axes (x east, z south). One input per step, seq increasing, so the
 * server can later acknowledge them and the client replay the rest.
 */
export function sampleInput(input: PlayerInput, seq: number): MoveInput {
  const { held, stick, look } = input;
  if (input.walkTo) {
    const target = input.walkTo;
    input.walkTo = null;
    return { seq, kind: 'walkTo', target, run: held.run };
  }
  let forward = (held.forward ? 1 : 0) - (held.back ? 1 : 0);
  let strafe = (held.right ? 1 : 0) - (held.left ? 1 : 0);
  let run = held.run;
  if (stick.active) {
    const m = Math.hypot(stick.x, stick.y);
    if (m > STICK_DEAD) {
      forward += -stick.y;
      strafe += stick.x;
      run ||= m >= STICK_RUN;
    }
  }
  const sin = Math.sin(look.yaw);
  const cos = Math.cos(look.yaw);
  // Camera forward is (sin, -cos); camera right is (cos, sin). `step` clamps lengths over 1.
  const dx = forward * sin + strafe * cos;
  const dz = -forward * cos + strafe * sin;
  return { seq, kind: 'dir', dx: Math.abs(dx) < 1e-9 ? 0 : dx, dz: Math.abs(dz) < 1e-9 ? 0 : dz, run };
}

/**
 * What the idle filter needs to know: whether the visitor is connected (a walk-to then walks: the
 * protocol's walk-to has no run flag, so the prediction must not run either), and whether the
 * previous step's input moved the visitor (for "one zero input on release"). The net sets `online`.
 */
export interface InputLink {
  online: boolean;
  active: boolean;
}

/**
 * Inputs are only produced while there is something to say: a held direction, ONE zero input on
 * release, a walk-to once. Standing still produces none (`null`: the step runs without input and no
 * seq is used), so an idle visitor sends nothing and the server's one-input-per-tick matches.
 */
export function filterIdle(link: InputLink, input: MoveInput): MoveInput | null {
  if (input.kind === 'walkTo') {
    link.active = false;
    return link.online && input.run ? { ...input, run: false } : input;
  }
  const moving = input.dx !== 0 || input.dz !== 0;
  if (moving) {
    link.active = true;
    return input;
  }
  if (!link.active) return null;
  link.active = false;
  return input;
}
