import type { HeldAction } from './keymap.ts';

/**
 * Input state shared by the keyboard, the touch joystick (a DOM overlay outside the Canvas), pointer
 * drag and the player rig (inside the Canvas). Part of the world's per-frame object
 * (state/frame.ts): read each step, never React state.
 */
export interface PlayerInput {
  held: Record<HeldAction, boolean>;
  /** Touch joystick deflection, -1..1 each; y < 0 is "forward" (screen up). */
  stick: { x: number; y: number; active: boolean };
  /** Camera orbit around the player, radians; yaw 0 looks north (-z), matching layout headings. */
  look: { yaw: number; pitch: number };
  /** A floor point chosen by click/tap, consumed by the controller at its next step. */
  walkTo: { x: number; z: number } | null;
  /** True while the pointer is dragging the camera: the click that ends a drag is not a walk-to. */
  dragged: boolean;
}

/** Camera pitch (radians above the horizon) and its clamp: low enough to see signs, never under the floor. */
export const DEFAULT_PITCH = 0.42;
export const MIN_PITCH = 0.12;
export const MAX_PITCH = 1.2;

export function createPlayerInput(yaw: number): PlayerInput {
  return {
    held: { forward: false, back: false, left: false, right: false, run: false },
    stick: { x: 0, y: 0, active: false },
    look: { yaw, pitch: DEFAULT_PITCH },
    walkTo: null,
    dragged: false,
  };
}

export function releaseAll(input: PlayerInput): void {
  input.held.forward = input.held.back = input.held.left = input.held.right = input.held.run = false;
  input.stick.x = input.stick.y = 0;
  input.stick.active = false;
}
