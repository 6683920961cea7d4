import { FRAME_MAX_SLOT } from '../../../shared/net/frame.ts';
import { HALL_BYTES } from '../../../shared/net/view.ts';
import type { MoveMessage } from '../../../shared/protocol/clientMessages.ts';
import type { MoveInput } from '../../../shared/world/movement.ts';
import { EmotePool } from '../avatars/emotes.ts';
import { RemoteAvatars } from '../avatars/remotes.ts';
import type { Teleported, World } from '../state/worldStore.ts';
import { onHallRoom, setPositionSource, useHall, type HallRoom } from '../../net/hallStore.ts';
import { onServerMessage, sendMessage } from '../../net/messages.ts';
import type { ServerMessages } from '../../../shared/protocol/serverMessages.ts';
import { Prediction } from '../sim/prediction.ts';

function toMessage(input: MoveInput): MoveMessage {
  return input.kind === 'walkTo'
    ? { seq: input.seq, kind: 'walkTo', target: { x: input.target.x, z: input.target.z } }
    : { seq: input.seq, kind: 'dir', dx: input.dx, dz: input.dz, run: input.run };
}

/**
 * The mounted world's side of the hall connection: sends the local visitor's inputs and teleports,
 * reconciles the world's controller with each view message, and feeds remote avatars and emotes.
 * Plain object (no React): useHallWorld starts it, NetFrame ticks it each frame inside the canvas.
 */
export class WorldNet {
  readonly remotes: RemoteAvatars;
  readonly emotes = new EmotePool();
  /** Per-frame work from outside: the test hook's synthetic crowd (benchmarks, screenshots); null on a visitor's page. */
  extraFrameWork: ((now: number) => void) | null = null;
  room: HallRoom | null = null;
  /** Reconciliation for the current room (a new room starts afresh); kept after a drop for the test hook. */
  private prediction: Prediction | null = null;
  private readonly world: World;
  private readonly offs: (() => void)[] = [];

  constructor(world: World) {
    this.world = world;
    const { layout } = world.store.getState();
    this.remotes = new RemoteAvatars(layout.bounds);
  }

  start(): () => void {
    const { frame, store } = this.world;
    // Where the visitor stands, for the join's resumeFrom (a rejoin keeps them there).
    setPositionSource(() => ({ x: frame.controller.state.position.x, z: frame.controller.state.position.z }));
    this.offs.push(store.subscribe((s, prev) => s.lastTeleport !== prev.lastTeleport && s.lastTeleport !== null && this.teleported(s.lastTeleport)));
    this.offs.push(onHallRoom((room) => this.attach(room)));
    const syncRoster = (s: ReturnType<typeof useHall.getState>): void => {
      this.remotes.mySlot = s.mySlot;
      this.remotes.setRoster(s.roster.values());
    };
    syncRoster(useHall.getState());
    this.offs.push(useHall.subscribe((s, prev) => (s.roster !== prev.roster || s.mySlot !== prev.mySlot) && syncRoster(s)));
    return () => {
      for (const off of this.offs.splice(0)) off();
      setPositionSource(null);
      this.detach();
    };
  }

  /** A teleport the visitor made (already applied locally): the server snaps too (named points only). */
  private teleported(t: Teleported): void {
    if (!this.room) return;
    sendMessage(this.room, 'teleport', { pointId: t.pointId });
    this.prediction?.teleported(t.to, performance.now());
  }

  private attach(room: HallRoom): () => void {
    const { frame, store } = this.world;
    const ctrl = frame.controller;
    this.room = room;
    this.remotes.clear();
    this.emotes.clear();
    this.prediction = new Prediction(ctrl, store.getState().layout.bounds);
    frame.link.online = true;
    ctrl.clearPending();
    ctrl.tracking = true;
    ctrl.onInput = (input) => this.room && sendMessage(this.room, 'move', toMessage(input));
    // Still standing where a teleport made before the join put us (deep link /booth/:id while
    // connecting): the join may have placed us at spawn, so tell the server about the jump.
    const tp = store.getState().lastTeleport;
    if (tp && Math.hypot(ctrl.state.position.x - tp.to.x, ctrl.state.position.z - tp.to.z) < 0.5) this.teleported(tp);
    const offView = room.onMessage(HALL_BYTES.view, (bytes: Uint8Array) => this.onView(bytes));
    const offRejected = onServerMessage(room, 'rejected', (m) => m.type === 'teleport' && this.prediction?.teleportRefused());
    const offEmote = onServerMessage(room, 'emote', (m) => this.onEmote(m));
    // Back on the same seat: the server resends the neighbourhood; inputs sent into the void are gone.
    const onReconnect = (): void => {
      this.remotes.clear();
      ctrl.clearPending();
    };
    room.onReconnect(onReconnect);
    return () => {
      offView();
      offRejected();
      offEmote();
      room.onReconnect.remove(onReconnect);
      this.detach();
    };
  }

  private detach(): void {
    const { frame } = this.world;
    this.room = null;
    this.remotes.clear();
    this.emotes.clear();
    frame.link.online = false;
    frame.controller.tracking = false;
    frame.controller.clearPending();
    frame.controller.onInput = null;
  }

  private onView(bytes: Uint8Array): void {
    const now = performance.now();
    const r = this.remotes.onView(bytes, now);
    if (r) this.prediction?.onView(r.ack, r.own, now);
  }

  /** A reaction floats over its avatar; a /list visitor's (slot 65535, no avatar) has none to float over. */
  private onEmote(m: ServerMessages['emote']): void {
    if (m.slot <= FRAME_MAX_SLOT) this.emotes.add(m.slot, m.kind, performance.now());
  }

  /** Per frame (inside the canvas): adopt stale server poses, then any extra work (the test hook's crowd). */
  frame(now: number): void {
    this.prediction?.tick(now);
    this.extraFrameWork?.(now);
  }

  /** Corrections so far in this room (test hook). */
  corrections(): number {
    return this.prediction?.corrections ?? 0;
  }
}
