import type { Camera, Vector3 } from 'three';
import { boomFreeAt, boomPose, type BoomPose } from '../../../shared/world/cameraBoom.ts';

/** Metres from the camera to the point it looks at, on a landscape screen. */
export const FOLLOW_DISTANCE = 7.5;
/** Portrait screens see a narrow slice: back off so booths either side stay in view. */
export const PORTRAIT_FACTOR = 1.35;
/**
 * The camera looks this far ahead of the avatar, so the avatar sits in the lower part of the
 * picture and what the visitor walks toward fills the middle.
 */
const LOOK_AHEAD = 2.5;
/** Height of the looked-at point: about the avatar's shoulders, so booths' signs stay in view. */
export const LOOK_HEIGHT = 1.4;
/** Pivot easing rate (1/s): the camera catches up with the avatar in ~0.3 s, smoothing 20 Hz steps. */
const EASE_RATE = 10;
/** How fast the boom tilts to and from its raised pitch, and grows back after a pull-in (1/s). */
const BOOM_RATE = 6;
/** Steepest pitch the boom tilts to when something stands behind the avatar (booth aisles). */
const OCCLUDED_MAX_PITCH = 1.1;

/** How the follow camera's boom stands right now: eased pivot, pitch and length (see followCamera). */
export interface FollowState {
  x: number;
  z: number;
  pitch: number;
  length: number;
  pose: BoomPose;
}

export function createFollowState(): FollowState {
  return { x: 0, z: 0, pitch: 0, length: 0, pose: { pitch: 0, length: 0 } };
}

/**
 * The follow camera for this frame: behind the avatar (x, z) along `yaw` (the look direction, heading
 * convention: 0 = north/-z), raised by `pitch`, on a boom clamped against `obstacles`
 * (shared/world/cameraBoom.ts): when a booth or wall stands behind, the boom tilts up over it, and
 * where that is blocked too it is pulled in at once, so the camera is never inside anything and never
 * looks through a booth's back at the avatar. Tilting and growing back are eased; `snap` (teleports,
 * reduced motion) jumps. Writes the camera position and the looked-at point; allocates nothing.
 */
export function followCamera(
  s: FollowState, position: Vector3, target: Vector3,
  x: number, z: number, yaw: number, pitch: number, aspect: number, obstacles: Float64Array | null, dt: number, snap: boolean,
): void {
  const full = aspect < 1 ? FOLLOW_DISTANCE * PORTRAIT_FACTOR : FOLLOW_DISTANCE;
  const k = snap ? 1 : 1 - Math.exp(-EASE_RATE * dt);
  s.x += (x - s.x) * k;
  s.z += (z - s.z) * k;
  if (obstacles) boomPose(s.pose, obstacles, s.x, LOOK_HEIGHT, s.z, yaw, pitch, full, OCCLUDED_MAX_PITCH);
  else {
    s.pose.pitch = pitch;
    s.pose.length = full;
  }
  const kb = snap ? 1 : 1 - Math.exp(-BOOM_RATE * dt);
  s.pitch += (s.pose.pitch - s.pitch) * kb;
  // While tilting: keep the target pose's floor distance (short of what stands behind), and stay free.
  const keep = Math.min(full, (s.pose.length * Math.cos(s.pose.pitch)) / Math.max(0.05, Math.cos(s.pitch)));
  const free = obstacles ? boomFreeAt(obstacles, s.x, LOOK_HEIGHT, s.z, yaw, s.pitch, keep) : keep;
  s.length = snap || free < s.length ? free : s.length + (free - s.length) * kb;
  const flat = s.length * Math.cos(s.pitch);
  position.set(s.x - Math.sin(yaw) * flat, LOOK_HEIGHT + s.length * Math.sin(s.pitch), s.z + Math.cos(yaw) * flat);
  lookTarget(target, s.x, s.z, yaw);
}

/** Writes the point the camera looks at: shoulder height, a little ahead along the view. */
export function lookTarget(out: Vector3, x: number, z: number, yaw: number): Vector3 {
  return out.set(x + Math.sin(yaw) * LOOK_AHEAD, LOOK_HEIGHT, z - Math.cos(yaw) * LOOK_AHEAD);
}

/** Puts the camera at `position` looking at `target`. */
export function applyCamera(camera: Camera, position: Vector3, target: Vector3): void {
  camera.position.copy(position);
  camera.lookAt(target);
}

/** How fast the view swings behind a walker following a click (rad/s factor), when motion is allowed. */
const AUTO_YAW_RATE = 1.5;

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
