import { useHall } from '../net/hallStore.ts';
import type { WorldNet } from './net/worldSession.ts';
import type { World } from './state/worldStore.ts';

/**
 * A small typed hook on window for Playwright tests and benchmarks (window.__seeot), so tests wait
 * on exact conditions instead of pixels and timers. Read-only views plus teleport.
 */
export interface SeeotTestHook {
  readonly ready: boolean;
  readonly frame: number;
  readonly quality: 'low' | 'high';
  player(): { x: number; z: number; heading: number };
  teleport(teleportId: string): boolean;
  renderer(): { drawCalls: number; triangles: number };
  /** World point → page CSS pixels (for clicking 3D objects), null when off-screen/behind. */
  project(x: number, y: number, z: number): { x: number; y: number } | null;
  /** Booth placements as the layout has them (id, position, interactPoint). */
  booths(): { id: string; x: number; z: number; ix: number; iz: number }[];
  /** Multiplayer: joined to a hall shard right now. */
  readonly connected: boolean;
  /** Hall connection status (idle, connecting, connected, reconnecting, error, kicked). */
  readonly status: string;
  readonly sessionId: string | null;
  /** Current shard: its roomId (for invite links) and name ("1관"), null when not connected. */
  readonly shard: { roomId: string; name: string } | null;
  /** Remote avatars in view, where they are drawn (100 ms+ in the past). */
  remotes(): { slot: number; nickname: string; x: number; z: number }[];
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
  }
}

export function installTestHook({ store, frame }: World, net: WorldNet): () => void {
  const hook: SeeotTestHook = {
    get ready() {
      return store.getState().ready;
    },
    get frame() {
      return frame.frames;
    },
    get quality() {
      return store.getState().quality;
    },
    player: () => ({ x: frame.player.position.x, z: frame.player.position.z, heading: frame.player.heading }),
    teleport: (id) => store.getState().teleport(id),
    renderer: () => ({ ...frame.render }),
    project: (x, y, z) => frame.project?.(x, y, z) ?? null,
    booths: () =>
      store.getState().layout.booths.map((b) => ({ id: b.id, x: b.position.x, z: b.position.z, ix: b.interactPoint.x, iz: b.interactPoint.z })),
    get connected() {
      return useHall.getState().status === 'connected';
    },
    get status() {
      return useHall.getState().status;
    },
    get sessionId() {
      return useHall.getState().sessionId;
    },
    get shard() {
      const h = useHall.getState();
      return h.status === 'connected' && h.shardRoomId ? { roomId: h.shardRoomId, name: h.shardName } : null;
    },
    remotes: () => net.remotes.list(),
    addSyntheticAvatars: (n) => net.synthetic.add(n),
    renderedAvatars: () => {
      const r = net.remotes;
      let synthetic = 0;
      for (const slot of r.active) synthetic += r.local[slot]!;
      // `drawn` is the last frame's instance count: the active set as it was then.
      const total = r.drawn;
      return { total, real: Math.max(0, total - synthetic), synthetic: Math.min(synthetic, total) };
    },
    get emotesReceived() {
      return net.emotes.received;
    },
    get corrections() {
      return net.corrections();
    },
  };
  window.__seeot = hook;
  return () => {
    if (window.__seeot === hook) delete window.__seeot;
  };
}
