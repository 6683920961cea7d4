import type { Camera, Vector3 } from 'three';
import type { CollisionWorld } from '../../../shared/world/collision.ts';

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
/** The camera never comes closer than this when something stands behind the avatar. */
const MIN_DISTANCE = 1.8;
/** Pitch used while pulled in (booth aisles): high enough to see over the avatar and the counters. */
const OCCLUDED_PITCH = 0.85;
/** Kept between the camera and a box it was pulled in front of (the near plane must not cut it). */
const CLIP_MARGIN = 0.3;

/** How fast the view swings behind a walker following a click (rad/s factor), when motion is allowed. */
const AUTO_YAW_RATE = 1.5;

/**
 * Writes the follow camera's desired position into `out`: behind the target along `yaw` (the look
 * direction, heading convention: 0 = north/-z), raised by `pitch`. Pulled in when a booth or wall
 * stands between the avatar and that spot, so the view is never a close-up of a booth's back.
 */
export function followPosition(out: Vector3, x: number, z: number, yaw: number, pitch: number, aspect: number, world: CollisionWorld | null): Vector3 {
  let dist = aspect < 1 ? FOLLOW_DISTANCE * PORTRAIT_FACTOR : FOLLOW_DISTANCE;
  const bx = -Math.sin(yaw);
  const bz = Math.cos(yaw);
  if (world) {
    const hit = firstHit(world, x, z, bx, bz, dist * Math.cos(pitch));
    if (hit < Infinity) {
      // Look down more steeply from closer: over the avatar's head instead of into the back of it.
      pitch = Math.max(pitch, OCCLUDED_PITCH);
      dist = Math.max(MIN_DISTANCE, Math.min(dist, (hit - CLIP_MARGIN) / Math.cos(pitch)));
    }
  }
  const flat = dist * Math.cos(pitch);
  return out.set(x + bx * flat, LOOK_HEIGHT + dist * Math.sin(pitch), z + bz * flat);
}

/**
 * Distance along the floor ray (x,z)+t·(dx,dz), 0 ≤ t ≤ maxT, at which it first enters a collider
 * (slab test on every box; a few hundred boxes even at 300 booths, no allocation), or Infinity.
 */
function firstHit(world: CollisionWorld, x: number, z: number, dx: number, dz: number, maxT: number): number {
  const boxes = world.boxes;
  let best = Infinity;
  for (let k = 0; k < boxes.length; k += 4) {
    let t0 = 0;
    let t1 = maxT;
    const minX = boxes[k]!;
    const minZ = boxes[k + 1]!;
    const maxX = boxes[k + 2]!;
    const maxZ = boxes[k + 3]!;
    if (Math.abs(dx) < 1e-9) {
      if (x < minX || x > maxX) continue;
    } else {
      const a = (minX - x) / dx;
      const b = (maxX - x) / dx;
      t0 = Math.max(t0, Math.min(a, b));
      t1 = Math.min(t1, Math.max(a, b));
    }
    if (Math.abs(dz) < 1e-9) {
      if (z < minZ || z > maxZ) continue;
    } else {
      const a = (minZ - z) / dz;
      const b = (maxZ - z) / dz;
      t0 = Math.max(t0, Math.min(a, b));
      t1 = Math.min(t1, Math.max(a, b));
    }
    if (t0 <= t1 && t0 < best) best = t0;
  }
  return best;
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
