import type { Camera, Vector3 } from 'three';
import type { Rect } from '../../../shared/world/types.ts';

/** Metres from the camera to the point it looks at, on a landscape screen. */
export const FOLLOW_DISTANCE = 7.5;
/** Portrait screens see a narrow slice: back off so booths either side stay in view. */
const PORTRAIT_FACTOR = 1.35;
/**
 * The camera looks this far ahead of the avatar, so the avatar sits in the lower part of the
 * picture and what the visitor walks toward fills the middle.
 */
const LOOK_AHEAD = 2.5;
/** Height of the looked-at point: about the avatar's shoulders, so booths' signs stay in view. */
export const LOOK_HEIGHT = 1.4;
/** Camera easing rate (1/s): catches up in ~0.3 s, smoothing 20 Hz steps without feeling laggy. */
const EASE_RATE = 10;
/** How fast the view swings behind a walker following a click (rad/s factor), when motion is allowed. */
const AUTO_YAW_RATE = 1.5;

/**
 * Writes the follow camera's desired position into `out`: behind the target along `yaw` (the look
 * direction, heading convention: 0 = north/-z), raised by `pitch`. Kept inside the hall's bounds so
 * it never ends up behind an outer wall.
 */
export function followPosition(out: Vector3, x: number, z: number, yaw: number, pitch: number, aspect: number, bounds: Rect | null): Vector3 {
  const dist = aspect < 1 ? FOLLOW_DISTANCE * PORTRAIT_FACTOR : FOLLOW_DISTANCE;
  const flat = dist * Math.cos(pitch);
  let cx = x - Math.sin(yaw) * flat;
  let cz = z + Math.cos(yaw) * flat;
  if (bounds) {
    cx = Math.min(bounds.maxX - 0.5, Math.max(bounds.minX + 0.5, cx));
    cz = Math.min(bounds.maxZ - 0.5, Math.max(bounds.minZ + 0.5, cz));
  }
  return out.set(cx, LOOK_HEIGHT + dist * Math.sin(pitch), cz);
}

/** Writes the point the camera looks at: shoulder height, a little ahead along the view. */
export function lookTarget(out: Vector3, x: number, z: number, yaw: number): Vector3 {
  return out.set(x + Math.sin(yaw) * LOOK_AHEAD, LOOK_HEIGHT, z - Math.cos(yaw) * LOOK_AHEAD);
}

/** Moves the camera toward `desired` (or onto it when `snap`) and looks at the target point. */
export function applyCamera(camera: Camera, desired: Vector3, target: Vector3, dt: number, snap: boolean): void {
  if (snap) camera.position.copy(desired);
  else camera.position.lerp(desired, 1 - Math.exp(-EASE_RATE * dt));
  camera.lookAt(target);
}

/** Shortest signed angle from a to b, in (-π, π]. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % (Math.PI * 2);
  if (d > Math.PI) d -= Math.PI * 2;
  if (d <= -Math.PI) d += Math.PI * 2;
  return d;
}

/** Swings `yaw` toward `heading` a little (frame-rate independent); used while walking to a click. */
export function easeYawToward(yaw: number, heading: number, dt: number): number {
  return yaw + angleDelta(yaw, heading) * (1 - Math.exp(-AUTO_YAW_RATE * dt));
}
