import type { WorldFrame } from './frame.ts';

/**
 * Rest: a world where nothing moves and nobody touches anything draws REST_FPS frames a second
 * instead of every display frame (scene/FrameLoop.tsx). A phone showing a booth panel or the chat
 * over a still hall then stops spending its battery redrawing the same picture, and a laptop's fan
 * stays quiet. While resting, the ambient motion (the mascot's wave, standing avatars' breath)
 * holds still, so the slow frames show no stutter.
 *
 * Anything that changes the picture wakes it for REST_AFTER_MS: the visitor's input, their walk and
 * camera, a remote avatar walking, joining or leaving, an emote, a live video on a booth screen, a
 * picture arriving, a change in the world's store (a dialog, the layout, the guide). Whatever else
 * changes still shows within 1 / REST_FPS s.
 */
export const REST_AFTER_MS = 10_000;
export const REST_FPS = 2;

/** Something moved or the visitor acted at `now` (performance.now() ms): full frame rate for REST_AFTER_MS. */
export function wake(frame: Pick<WorldFrame, 'awakeUntil'>, now: number): void {
  frame.awakeUntil = now + REST_AFTER_MS;
}
