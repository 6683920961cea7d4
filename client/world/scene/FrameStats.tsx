import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { useWorldRuntime } from '../runtimeContext.ts';

/**
 * Per-frame bookkeeping for tests and benchmarks: runtime.frame, runtime.render (draw calls and
 * triangles of the last complete frame, shadow pass included) and runtime.ready.
 *
 * renderer.info.autoReset is off (set in WorldCanvas.onCreated), so the counters add up everything
 * drawn between two of our callbacks — the main pass and the shadow pass — and we reset them here.
 * This callback runs before the frame's render, so it reads the previous frame's totals.
 * Ready = signs laid out (signsPending 0) at frame F, and frame F has been drawn (seen at F+1).
 */
export function FrameStats({ onReady }: { onReady: () => void }) {
  const rt = useWorldRuntime();
  const gl = useThree((s) => s.gl);
  const signsDoneAt = useRef(-1);
  const readyCb = useRef(onReady);
  useEffect(() => {
    readyCb.current = onReady;
  }, [onReady]);

  useFrame(() => {
    const info = gl.info;
    if (rt.frame > 0) {
      rt.render.drawCalls = info.render.calls;
      rt.render.triangles = info.render.triangles;
    }
    info.reset();
    rt.frame++;
    if (rt.ready || rt.signsPending !== 0) return;
    if (signsDoneAt.current < 0) {
      signsDoneAt.current = rt.frame;
    } else if (rt.frame > signsDoneAt.current) {
      rt.ready = true;
      // Tell React once, outside the render loop (no setState inside a frame callback).
      setTimeout(() => readyCb.current(), 0);
    }
  });
  return null;
}
