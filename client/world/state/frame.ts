import type { CollisionWorld } from '../../../shared/world/collision.ts';
import type { Layout, Vec2 } from '../../../shared/world/types.ts';
import { createPlayerInput, type PlayerInput } from '../input/playerInput.ts';
import type { InputLink } from '../input/sampleInput.ts';
import { FixedStepController } from '../sim/controller.ts';

/**
 * The mounted world's per-frame values: one mutable object, written and read in useFrame, R3F's
 * global effects, input handlers and the network bridge — never React state, never a re-render.
 * Slow state (what the HUD shows) lives in the world store beside it (worldStore.ts).
 */
export interface WorldFrame {
  /**
   * The local visitor's fixed-step runner of the shared `step`: the player rig advances it each
   * frame, a teleport places it, the network bridge reconciles it with the server.
   */
  readonly controller: FixedStepController;
  /** Where the visitor stands after the last step (the HUD, name tags and the test hook read it). */
  readonly player: { position: Vec2; heading: number; moving: boolean; running: boolean };
  readonly input: PlayerInput;
  /** Set by the network bridge (online) and the idle filter (active); see sampleInput.ts. */
  readonly link: InputLink;
  /** A teleport cuts: the follow camera jumps to the new place instead of flying there (the rig clears it). */
  cameraSnap: boolean;
  /** Frames drawn since mount. */
  frames: number;
  /** Until when (performance.now() ms) the world draws at full rate; after it, it rests (state/rest.ts). */
  awakeUntil: number;
  /** Set by FrameLoop each frame: resting, so the ambient motion holds still (state/rest.ts). */
  resting: boolean;
  /** Signs still waiting for fonts and layout; the world is ready once 0 and a frame is drawn after. */
  signsPending: number;
  /** Draw calls and triangles of the last drawn frame, shadow pass included. */
  readonly render: { drawCalls: number; triangles: number };
  /** Set by the scene: a world point → page CSS pixels (null behind the camera), for tests. */
  project: ((x: number, y: number, z: number) => { x: number; y: number } | null) | null;
  /** Set by the booth picture pool (media/BoothPictures.tsx): which pictures are drawn, for tests. */
  pictures: (() => PictureReport) | null;
  /** Set by the booth picture pool: the scene's texture memory (media/textureMemory.ts), for tests. */
  textures: (() => TextureBytes) | null;
  /** Set by the sign mesh once its atlas is up: every sign's drawn lines, for the legibility test. */
  signLines: (() => SignLinesReport) | null;
  /** Set by the live screen (scene/LiveScreen.tsx): the booth whose live it plays and the video frames decoded, for tests. */
  liveScreen: (() => LiveScreenReport | null) | null;
}

/** What the booth screen plays (the test hook's liveScreen()). */
export interface LiveScreenReport {
  boothId: string;
  /** Video frames decoded so far: it grows while the picture moves. */
  videoFrames: number;
  /** The picture's size in pixels (0 until the first frame). */
  width: number;
  height: number;
  /** The booth's screen and the quad the picture is drawn on inside it (metres): letterboxed, never stretched. */
  screen: { width: number; height: number };
  drawn: { width: number; height: number };
}

/** Signs as tests see them (the test hook's signLines()): enough to project each line on screen. */
export interface SignLinesReport {
  /** The camera's vertical field of view (degrees) and the canvas height (CSS px). */
  fov: number;
  viewHeight: number;
  signs: {
    key: string;
    kind: string;
    /** Height of the sign's quad (m) and of its atlas cell (px): a line's px × height ÷ cellHeight is metres. */
    height: number;
    cellHeight: number;
    lines: { role: string; px: number }[];
  }[];
}

/** The booth picture pool as tests see it (the test hook's pictures()). */
export interface PictureReport {
  slots: number;
  /** GPU bytes of the pool's texture array, mip chains included. */
  poolBytes: number;
  resident: number;
  loading: number;
  failed: number;
  pictures: { boothId: string; kind: 'logo' | 'image'; index: number; mediaId: string; x: number; z: number; drawn: boolean }[];
}

/** Estimated GPU bytes of the scene's textures, in total and by texture name. */
export interface TextureBytes {
  total: number;
  byName: Record<string, number>;
}

export function createFrame(layout: Layout, collision: CollisionWorld): WorldFrame {
  const { spawn } = layout;
  return {
    controller: new FixedStepController(collision, spawn),
    player: { position: { x: spawn.position.x, z: spawn.position.z }, heading: spawn.heading, moving: false, running: false },
    input: createPlayerInput(spawn.heading),
    link: { online: false, active: false },
    cameraSnap: true,
    frames: 0,
    awakeUntil: 0,
    resting: false,
    // Nothing is laid out yet: the sign mesh sets the real count, so "ready" cannot come early.
    signsPending: 1,
    render: { drawCalls: 0, triangles: 0 },
    project: null,
    pictures: null,
    textures: null,
    signLines: null,
    liveScreen: null,
  };
}

/** Copies the controller's state into `player` (after a step or a jump). */
export function writePlayer(frame: WorldFrame): void {
  const s = frame.controller.state;
  frame.player.position.x = s.position.x;
  frame.player.position.z = s.position.z;
  frame.player.heading = s.heading;
}
