import type { MoveMessage } from '../../shared/protocol.ts';
import { HALL_BYTES } from '../../shared/net/view.ts';
import type { MoveInput } from '../../shared/world/movement.ts';
import type { Layout } from '../../shared/world/types.ts';
import { EmotePool } from '../world/avatars/emotes.ts';
import { RemoteAvatars } from '../world/avatars/remotes.ts';
import { SyntheticCrowd } from '../world/avatars/synthetic.ts';
import type { FixedStepController } from '../world/player/controller.ts';
import { playerLink } from '../world/player/playerLink.ts';
import type { WorldRuntime } from '../world/runtime.ts';
import { onHallRoom, setPositionSource, useHall, type HallRoom } from './hallStore.ts';
import { Prediction } from './prediction.ts';

/** The room's `emote` relay (docs/protocol.md): whom it is about, by slot or by session id. */
interface EmoteRelay {
  slot?: unknown;
  sessionId?: unknown;
  kind?: unknown;
}

function toMessage(input: MoveInput): MoveMessage {
  return input.kind === 'walkTo'
    ? { seq: input.seq, kind: 'walkTo', target: { x: input.target.x, z: input.target.z } }
    : { seq: input.seq, kind: 'dir', dx: input.dx, dz: input.dz, run: input.run };
}

/**
 * The mounted world's side of the hall connection: sends the local visitor's inputs and teleports,
 * reconciles with each view message, and feeds remote avatars and emotes. Plain object (no React):
 * WorldApp starts it, the canvas components read it each frame through `worldNet(rt)`.
 */
export class WorldNet {
  readonly remotes: RemoteAvatars;
  readonly emotes = new EmotePool();
  /** Test-hook crowd fed through the same buffers (benchmarks, screenshots); empty otherwise. */
  readonly synthetic: SyntheticCrowd;
  room: HallRoom | null = null;
  private prediction: Prediction | null = null;
  private bound: FixedStepController | null = null;
  private readonly rt: WorldRuntime;
  private readonly layout: Layout;
  private readonly offs: (() => void)[] = [];
  /** The last teleport the visitor made (a deep link may teleport before the join completes). */
  private lastTeleport: { pointId: string; x: number; z: number } | null = null;

  constructor(rt: WorldRuntime, layout: Layout) {
    this.rt = rt;
    this.layout = layout;
    this.remotes = new RemoteAvatars(layout.bounds);
    this.synthetic = new SyntheticCrowd(this.remotes, this.emotes, layout.spawn.position);
  }

  start(): () => void {
    const link = playerLink(this.rt);
    // Where the visitor stands, once the rig has placed them (before that, the server's spawn is right).
    setPositionSource(() => {
      const c = playerLink(this.rt).controller;
      return c ? { x: c.state.position.x, z: c.state.position.z } : null;
    });
    link.onTeleport = (pointId, to) => {
      this.lastTeleport = { pointId, x: to.x, z: to.z };
      if (!this.room) return;
      this.room.send('teleport', { pointId });
      this.prediction?.teleported(to, performance.now());
    };
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
      link.onTeleport = null;
      this.detach();
    };
  }

  private attach(room: HallRoom): () => void {
    this.room = room;
    this.remotes.clear();
    this.emotes.clear();
    this.bind(playerLink(this.rt).controller, true);
    // Still standing where a teleport made before the join put us (deep link /booth/:id while
    // connecting): the join may have placed us at spawn, so tell the server about the jump.
    const ctrl = this.bound;
    const tp = this.lastTeleport;
    if (ctrl && tp && Math.hypot(ctrl.state.position.x - tp.x, ctrl.state.position.z - tp.z) < 0.5) {
      room.send('teleport', { pointId: tp.pointId });
      this.prediction?.teleported(tp, performance.now());
    }
    const offView = room.onMessage(HALL_BYTES.view, (bytes: Uint8Array) => this.onView(bytes));
    const offRejected = room.onMessage('rejected', (m: { type?: unknown }) => {
      if (m?.type === 'teleport') this.prediction?.teleportRefused();
    });
    const offEmote = room.onMessage('emote', (m: EmoteRelay) => this.onEmote(m));
    // Back on the same seat: the server resends the neighbourhood; inputs sent into the void are gone.
    const onReconnect = (): void => {
      this.remotes.clear();
      this.bound?.clearPending();
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
    this.room = null;
    this.remotes.clear();
    this.emotes.clear();
    const link = playerLink(this.rt);
    link.online = false;
    if (this.bound) {
      this.bound.tracking = false;
      this.bound.clearPending();
      this.bound.onInput = null;
    }
  }

  /** (Re)binds the player's controller: the rig may mount after the room, or remount. */
  private bind(ctrl: FixedStepController | null, fresh: boolean): void {
    if (ctrl === this.bound && !fresh) return;
    if (this.bound && this.bound !== ctrl) this.bound.onInput = null;
    this.bound = ctrl;
    this.prediction = ctrl ? new Prediction(ctrl, this.layout.bounds) : null;
    const link = playerLink(this.rt);
    link.online = this.room !== null;
    if (!ctrl) return;
    ctrl.clearPending();
    ctrl.tracking = this.room !== null;
    ctrl.onInput = (input) => this.room?.send('move', toMessage(input));
  }

  private onView(bytes: Uint8Array): void {
    const now = performance.now();
    const r = this.remotes.onView(bytes, now);
    if (r) this.prediction?.onView(r.ack, r.own, now);
  }

  private onEmote(m: EmoteRelay): void {
    let slot = typeof m.slot === 'number' ? m.slot : -1;
    if (slot < 0 && typeof m.sessionId === 'string') slot = useHall.getState().roster.get(m.sessionId)?.slot ?? -1;
    if (slot >= 0 && typeof m.kind === 'string') this.emotes.add(slot, m.kind, performance.now());
  }

  /** Per frame (inside the canvas): keep the controller bound, adopt stale server poses. */
  frame(now: number): void {
    const ctrl = playerLink(this.rt).controller;
    if (ctrl !== this.bound) this.bind(ctrl, false);
    this.prediction?.tick(now);
    this.synthetic.tick(now);
  }

  /** Corrections so far (test hook). */
  corrections(): number {
    return this.prediction?.corrections ?? 0;
  }
}

const nets = new WeakMap<WorldRuntime, WorldNet>();

export function setWorldNet(rt: WorldRuntime, net: WorldNet | null): void {
  if (net) nets.set(rt, net);
  else nets.delete(rt);
}

export function worldNet(rt: WorldRuntime): WorldNet | null {
  return nets.get(rt) ?? null;
}
