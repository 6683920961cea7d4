import { useFrame } from '@react-three/fiber';
import type { WorldNet } from './worldSession.ts';

/** The network bridge's per-frame work, inside the canvas: stale server poses, the synthetic crowd. */
export function NetFrame({ net }: { net: WorldNet }) {
  useFrame(() => net.frame(performance.now()));
  return null;
}
