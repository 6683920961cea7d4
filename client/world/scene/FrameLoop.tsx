import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useWorld } from '../state/context.ts';
import { REST_FPS, wake } from '../state/rest.ts';

/** A little slack under the cap, so a 60 Hz display hitting 33.2 ms does not skip to 20 fps. */
const CAP_SLACK_MS = 4;
/** The visitor's own input: any of these on the page wakes a resting world. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Drawing, inside R3F's own loop (no second requestAnimationFrame): this frame callback runs last
 * (priority 1, which also tells R3F to leave rendering to it) and draws the scene — every display
 * frame on 'high', at most `maxFps` on 'low' (30 fps halves the drawing on weak devices). While the
 * tab is hidden R3F's loop is stopped altogether (frameloop "never"), so a background tab costs no
 * CPU, GPU or battery, and it starts again when the tab shows. While nothing moves and nobody acts,
 * it rests at REST_FPS (state/rest.ts); input, a change in the world's store, a shown tab and the
 * wait for the first ready frame wake it.
 *
 * It also keeps the world's frame figures (frames drawn; draw calls and triangles of exactly that
 * frame, shadow pass included, since renderer.info.autoReset is off) and marks the world ready once
 * a frame has been drawn with every sign laid out.
 */
export function FrameLoop({ maxFps }: { maxFps: number }) {
  const { store, frame } = useWorld();
  const setFrameloop = useThree((s) => s.setFrameloop);
  const s = useMemo(() => ({ last: -Infinity, ready: false }), []);

  useEffect(() => {
    const follow = (): void => {
      setFrameloop(document.hidden ? 'never' : 'always');
      wake(frame, performance.now());
    };
    follow();
    document.addEventListener('visibilitychange', follow);
    return () => document.removeEventListener('visibilitychange', follow);
  }, [setFrameloop, frame]);

  useEffect(() => {
    const onInput = (): void => wake(frame, performance.now());
    for (const type of INPUT_EVENTS) addEventListener(type, onInput, { capture: true, passive: true });
    const offStore = store.subscribe(onInput);
    return () => {
      for (const type of INPUT_EVENTS) removeEventListener(type, onInput, { capture: true });
      offStore();
    };
  }, [frame, store]);

  useFrame(({ gl, scene, camera }) => {
    const now = performance.now();
    if (!s.ready) wake(frame, now); // the first seconds (shaders, signs, the FPS probe) at full rate
    frame.resting = now >= frame.awakeUntil;
    const fps = frame.resting ? REST_FPS : maxFps;
    const minGap = Number.isFinite(fps) ? 1000 / fps - CAP_SLACK_MS : 0;
    if (now - s.last < minGap) return;
    s.last = now;
    const signsShown = frame.signsPending === 0;
    gl.info.reset();
    gl.render(scene, camera);
    frame.render.drawCalls = gl.info.render.calls;
    frame.render.triangles = gl.info.render.triangles;
    frame.frames++;
    if (s.ready || !signsShown) return;
    s.ready = true;
    // Tell React once, outside the frame callback (no state updates inside the render loop).
    setTimeout(() => store.getState().markReady(), 0);
  }, 1);
  return null;
}
