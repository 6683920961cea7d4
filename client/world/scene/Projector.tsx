import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { useWorld } from '../state/context.ts';

/**
 * The world frame's `project`: a world point → CSS pixels in the viewport (what Playwright's mouse uses), or null
 * when it is behind the camera or outside the frustum's depth. One scratch vector, reused.
 */
export function Projector() {
  const { frame } = useWorld();
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const v = new Vector3();
    frame.project = (x, y, z) => {
      v.set(x, y, z).project(camera);
      if (v.z < -1 || v.z > 1) return null;
      const r = gl.domElement.getBoundingClientRect();
      return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
    };
    return () => {
      frame.project = null;
    };
  }, [frame, camera, gl]);
  return null;
}
