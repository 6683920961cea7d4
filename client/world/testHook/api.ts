/**
 * The world's test hook as tests and benchmarks see it (window.__seeot), and the switch that loads
 * it. Types and one constant only: the hook's code is in testHook.ts, a chunk of its own that a
 * visitor's page never requests (load.ts, docs/architecture.md "Layers").
 */

import type { RemoteListing } from '../avatars/remotes.ts';
import type { LiveScreenReport, PictureReport, SignLinesReport, TextureBytes } from '../state/frame.ts';

export type { PictureReport, SignLinesReport, TextureBytes };

/**
 * Set to true on window before the page's scripts run (Playwright's addInitScript:
 * tests/helpers/testHook.ts) to load the hook. Nothing in the app sets it, and no URL does.
 */
export const TEST_HOOK_SWITCH = '__SEEOT_TEST_HOOK__';

/** Read-only views plus teleport, so tests wait on exact conditions instead of pixels and timers. */
export interface SeeotTestHook {
  readonly ready: boolean;
  readonly frame: number;
  /** Nothing moved and nobody acted for a while: drawing at the resting rate (client/world/state/rest.ts). */
  readonly resting: boolean;
  readonly quality: 'low' | 'high';
  player(): { x: number; z: number; heading: number };
  teleport(teleportId: string): boolean;
  renderer(): { drawCalls: number; triangles: number };
  /** World point → page CSS pixels (for clicking 3D objects), null when off-screen/behind. */
  project(x: number, y: number, z: number): { x: number; y: number } | null;
  /** Booth placements as the layout has them (id, position, interactPoint). */
  booths(): { id: string; x: number; z: number; ix: number; iz: number }[];
  /**
   * Booth pictures (logos on signs, images on panels): the pool's size and use, and every picture
   * the venue hangs, with whether it is drawn (its texture copied in before the last drawn frame).
   * Null before the scene has mounted.
   */
  pictures(): PictureReport | null;
  /** Estimated GPU bytes of every texture the scene holds (maps, shadow maps, the picture pool), by name. Null before mount. */
  textureMemory(): TextureBytes | null;
  /** Every sign's drawn text lines with the camera's lens, for projecting them on screen. Null before the signs are up. */
  signLines(): SignLinesReport | null;
  /** The live the booth screen plays, or null when it plays none. */
  liveScreen(): LiveScreenReport | null;
  /** The way 시웃이 shows (client/world/guide/): what to, the floor route and the areas it passes; null when not guiding. */
  guide(): { target: { kind: 'booth' | 'area'; id: string }; route: { x: number; z: number }[]; areas: string[]; pointing: number } | null;
  /** Multiplayer: joined to a hall shard right now. */
  readonly connected: boolean;
  /** Hall connection status (idle, connecting, connected, reconnecting, error, kicked). */
  readonly status: string;
  readonly sessionId: string | null;
  /** Current shard: its roomId (for invite links) and name ("1관"), null when not connected. */
  readonly shard: { roomId: string; name: string } | null;
  /** Remote avatars in view, where they are drawn (100 ms+ in the past). */
  remotes(): RemoteListing[];
  /**
   * Benchmarks/screenshots: n more avatars (n < 0: fewer) walking slowly on rings around the spawn,
   * fed through the same snapshot buffers, instanced bodies, name tags and emote pool as real ones.
   * Returns how many synthetic avatars there are now.
   */
  addSyntheticAvatars(n: number): number;
  /** Avatars the instanced bodies drew in the last frame, and how many of them were real / synthetic. */
  renderedAvatars(): { total: number; real: number; synthetic: number };
  /** Emotes received from the room so far, and local prediction corrections (diagnostics). */
  readonly emotesReceived: number;
  readonly corrections: number;
}

declare global {
  interface Window {
    __seeot?: SeeotTestHook;
    [TEST_HOOK_SWITCH]?: boolean;
  }
}
