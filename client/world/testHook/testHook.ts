import { useHall } from '../../net/hallStore.ts';
import { SyntheticCrowd } from '../avatars/synthetic.ts';
import type { WorldNet } from '../net/worldSession.ts';
import type { World } from '../state/worldStore.ts';
import type { SeeotTestHook } from './api.ts';

/**
 * window.__seeot for this world (loaded by load.ts only when switched on). The synthetic crowd is
 * made on first use and moved by the world's network bridge each frame, like real avatars.
 */
export function installTestHook({ store, frame }: World, net: WorldNet): () => void {
  let crowd: SyntheticCrowd | null = null;
  const syntheticCrowd = (): SyntheticCrowd => {
    if (crowd) return crowd;
    const made = new SyntheticCrowd(net.remotes, net.emotes, store.getState().layout.spawn.position);
    net.extraFrameWork = (now) => made.tick(now);
    return (crowd = made);
  };
  const hook: SeeotTestHook = {
    get ready() {
      return store.getState().ready;
    },
    get frame() {
      return frame.frames;
    },
    get resting() {
      return frame.resting;
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
    pictures: () => frame.pictures?.() ?? null,
    textureMemory: () => frame.textures?.() ?? null,
    signLines: () => frame.signLines?.() ?? null,
    liveScreen: () => frame.liveScreen?.() ?? null,
    guide: () => {
      const g = store.getState().guide;
      return g ? { target: { ...g.target }, route: g.route.map((p) => ({ ...p })), areas: [...g.areas], pointing: g.pointing } : null;
    },
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
    addSyntheticAvatars: (n) => syntheticCrowd().add(n),
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
    if (crowd) {
      crowd.add(-crowd.size);
      net.extraFrameWork = null;
    }
  };
}
