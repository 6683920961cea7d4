import type { Layout, Vec2 } from '../../shared/world/types.ts';

/**
 * Per-frame world state, outside React (read and written in useFrame and input handlers; never
 * setState per frame). One mutable object per mounted world; the scene and the player controller
 * share it. Slow UI state (dialog open, nearby booth id for the prompt) goes through React/zustand.
 */
export interface WorldRuntime {
  layout: Layout | null;
  /** Predicted (local) player position and heading, updated by the player controller. */
  player: { position: Vec2; heading: number; moving: boolean; running: boolean };
  /** Frames drawn since mount. */
  frame: number;
  /** Signs still waiting for fonts/layout; the world is ready when 0 and a frame was drawn after. */
  signsPending: number;
  /** True once fonts loaded, every sign laid out and one frame drawn after that. */
  ready: boolean;
  /** renderer.info of the last frame. */
  render: { drawCalls: number; triangles: number };
  /** Set by the player controller; the test hook and mini-map call it. */
  teleport: ((teleportId: string) => boolean) | null;
  /** Set by the scene: world point → CSS pixels in the canvas' page coordinates (null if behind). */
  project: ((x: number, y: number, z: number) => { x: number; y: number } | null) | null;
  /** 'follow' behind the player (the player rig drives it) or a fixed 'overview' (benchmarks). */
  cameraMode: 'follow' | 'overview';
  /** Set by the player rig; the scene's floor calls it when the visitor clicks/taps the floor. */
  onFloorClick: ((point: Vec2) => void) | null;
  /** Set by the HUD; the scene's booth meshes call it when a booth is clicked/tapped. */
  onBoothClick: ((boothId: string) => void) | null;
}

export function createRuntime(): WorldRuntime {
  return {
    layout: null,
    player: { position: { x: 0, z: 0 }, heading: 0, moving: false, running: false },
    frame: 0,
    signsPending: 0,
    ready: false,
    render: { drawCalls: 0, triangles: 0 },
    teleport: null,
    project: null,
    cameraMode: 'follow',
    onFloorClick: null,
    onBoothClick: null,
  };
}
