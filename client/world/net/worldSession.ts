import { FRAME_MAX_SLOT } from '../../../shared/net/frame.ts';
import { HALL_BYTES } from '../../../shared/net/view.ts';
import type { MoveMessage } from '../../../shared/protocol/clientMessages.ts';
import { venueFingerprint } from '../../../shared/protocol/venue.ts';
import type { Layout } from '../../../shared/world/types.ts';
import { refreshCatalogue } from '../../data/catalogue.ts';
import type { MoveInput } from '../../../shared/world/movement.ts';
import { EmotePool } from '../avatars/emotes.ts';
import { RemoteAvatars } from '../avatars/remotes.ts';
import type { Teleported, World } from '../state/worldStore.ts';
import { onHallRoom, setJoinVenue, setPositionSource, useHall, type HallRoom } from '../../net/hallStore.ts';
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
  /** The fingerprint of the layout the world draws. */
  private fingerprint: string;
  /** The fingerprint of the room's layout, from its last `venue` message (null before the first). */
  private roomVenue: string | null = null;

  constructor(world: World) {
    this.world = world;
    const { layout } = world.store.getState();
    this.remotes = new RemoteAvatars(layout.bounds);
    this.fingerprint = venueFingerprint(layout);
  }

  start(): () => void {
    const { frame, store } = this.world;
    // Where the visitor stands, for the join's resumeFrom (a rejoin keeps them there).
    setPositionSource(() => ({ x: frame.controller.state.position.x, z: frame.controller.state.position.z }));
    this.offs.push(store.subscribe((s, prev) => s.lastTeleport !== prev.lastTeleport && s.lastTeleport !== null && this.teleported(s.lastTeleport)));
    this.offs.push(store.subscribe((s, prev) => s.layout !== prev.layout && this.relaid(s.layout)));
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
    this.roomVenue = null;
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
    const offVenue = onServerMessage(room, 'venue', (m) => this.onVenue(m));
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
      offVenue();
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

  /**
   * The venue now, at join and after each change: a newer one is read again (signs and dialogs
   * update in place); one laid out differently is read whatever its version, and the world
   * re-lays-out from it (relaid, below).
   */
  private onVenue(m: ServerMessages['venue']): void {
    this.roomVenue = m.fingerprint;
    const relayout = m.fingerprint !== this.fingerprint;
    refreshCatalogue(relayout ? undefined : m.version).catch((err: unknown) => console.error('venue refresh failed', err));
  }

  /**
   * The world drew a new layout: positions decode over its bounds from now on, everyone is drawn
   * afresh, and the room hears of it, which resumes this visitor's views (they pause on the server
   * while the layouts differ). Later joins carry the new fingerprint.
   */
  private relaid(layout: Layout): void {
    const fingerprint = venueFingerprint(layout);
    if (fingerprint === this.fingerprint) return;
    this.fingerprint = fingerprint;
    setJoinVenue(fingerprint);
    this.remotes.bounds = layout.bounds;
    this.remotes.clear();
    if (!this.room) return;
    this.prediction = new Prediction(this.world.frame.controller, layout.bounds);
    sendMessage(this.room, 'venue', { fingerprint });
  }

  private onView(bytes: Uint8Array): void {
    // Quantized over the room's layout: meaningless over another until this world has it too.
    if (this.roomVenue !== null && this.roomVenue !== this.fingerprint) return;
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
