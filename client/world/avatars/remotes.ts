import { AVATAR_FLAG, FRAME_MAX_SLOT } from '../../../shared/net/frame.ts';
import { clearSnapshots, createSnapshotBuffer, pushSnapshot, REMOTE_INTERP_MS, sampleSnapshots, type Pose, type SnapshotBuffer } from '../../../shared/net/interpolation.ts';
import { dequantizeHeading8, dequantizePos } from '../../../shared/net/quantize.ts';
import { decodeView } from '../../../shared/net/view.ts';
import { TICK_HZ } from '../../../shared/world/constants.ts';
import type { Rect } from '../../../shared/world/types.ts';
import { AVATAR_BADGES, lookFromIndices, type AvatarBadge, type AvatarLook } from '../../../shared/schemas/avatarLook.ts';
import type { OwnPose } from '../sim/prediction.ts';

const SLOTS = FRAME_MAX_SLOT + 1;
const TICK_MS = 1000 / TICK_HZ;
/** The slowest tier sends every 4th tick: delays stop growing there (docs/protocol.md). */
const MAX_INTERVAL_MS = 4 * TICK_MS;
/** A snapshot after a longer silence starts from a held copy of the last pose (no slow slide). */
const RESUME_GAP_MS = 250;
/** A "teleported" avatar farther than this from its last pose snaps (flag stays set for a few ticks). */
const SNAP_METRES = 1.5;
/** How fast the per-avatar delay follows its target (ms of delay per ms of time): unnoticeable. */
const DELAY_EASE = 0.15;

/** What the roster says of a slot (client/net/hallState.ts); look and badge absent from an older server. */
export interface RosterLook {
  slot: number;
  nickname: string;
  colorIndex: number;
  hosting?: string;
  shape?: number;
  hair?: number;
  outfit?: number;
  badge?: string;
}

/** The test hook's view of one remote avatar. */
export interface RemoteListing {
  slot: number;
  nickname: string;
  host: boolean;
  look: AvatarLook;
  badge: AvatarBadge;
  x: number;
  z: number;
}

/**
 * Remote avatars as the view messages describe them (allocation-free after creation): one snapshot
 * buffer per slot, rendered max(100 ms, 2 × that avatar's update interval) in the past
 * (docs/protocol.md), on the server's tick clock mapped to ours. Written by the network bridge,
 * read each frame by the instanced renderer, the name tags and the test hook.
 */
export class RemoteAvatars {
  readonly buffers: (SnapshotBuffer | null)[] = new Array<SnapshotBuffer | null>(SLOTS).fill(null);
  readonly flags = new Uint8Array(SLOTS);
  /** Server time (ms) of each slot's newest snapshot, and the gap before it. */
  readonly newest = new Float64Array(SLOTS);
  readonly interval = new Float64Array(SLOTS).fill(TICK_MS);
  readonly delay = new Float64Array(SLOTS).fill(REMOTE_INTERP_MS);
  /** Last sampled pose (render loop), for name tags and the test hook. */
  readonly x = new Float64Array(SLOTS);
  readonly z = new Float64Array(SLOTS);
  readonly heading = new Float64Array(SLOTS);
  /** Slots in view, unordered; `indexOf[slot]` is the position in `active` or -1. */
  readonly active: number[] = [];
  readonly indexOf = new Int32Array(SLOTS).fill(-1);
  /** Roster by slot (set from the hall store): colour index and nickname. */
  readonly colorOf = new Uint8Array(SLOTS);
  readonly nameOf: string[] = new Array<string>(SLOTS).fill('');
  /** 1 where the visitor hosts the booth they stand at (an enterprise member there): their name tag wears a star. */
  readonly hostOf = new Uint8Array(SLOTS);
  /** The look as the roster's indices (shared/schemas/avatarLook.ts), and the server's mark (index into AVATAR_BADGES). */
  readonly shapeOf = new Uint8Array(SLOTS);
  readonly hairOf = new Uint8Array(SLOTS);
  readonly outfitOf = new Uint8Array(SLOTS);
  readonly badgeOf = new Uint8Array(SLOTS);
  /** 1 for slots whose roster entry is set locally (synthetic crowd), kept by setRoster. */
  readonly local = new Uint8Array(SLOTS);
  /** Avatars the instanced bodies drew in the last frame (written by RemoteAvatarMeshes). */
  drawn = 0;
  /** Bumped whenever the set or the roster changes (renderers re-colour then). */
  version = 0;
  mySlot = -1;
  /** local ms − server ms, the smallest (least delayed) seen lately; NaN until the first message. */
  clockOffset = NaN;
  /** The offset is a stand-in (0: local time) set for the synthetic crowd; the first message replaces it. */
  localClock = false;
  /** What positions are quantized over (the layout's bounds); replaced when the venue is re-laid out. */
  bounds: Rect;
  private readonly own: OwnPose & { seen: boolean } = { x: 0, z: 0, heading: 0, seen: false };
  private serverMs = 0;

  constructor(bounds: Rect) {
    this.bounds = bounds;
  }

  /** Decodes one view message; returns the ack and one's own pose (a reused object) or null. */
  onView(bytes: Uint8Array, now: number): { ack: number; own: OwnPose | null } | null {
    this.own.seen = false;
    // The tick is in the frame header, behind the gone list: peek it first so snapshot times are set.
    const head = decodeView(bytes);
    if (!head.ok) return null;
    this.serverMs = head.tick * TICK_MS;
    const sample = now - this.serverMs;
    // Track the fastest delivery; drift upwards slowly (a loaded server's ticks run a little late).
    this.clockOffset =
      Number.isNaN(this.clockOffset) || this.localClock || sample < this.clockOffset ? sample : this.clockOffset + (sample - this.clockOffset) * 0.01;
    this.localClock = false;
    decodeView(bytes, this.visit, this.gone);
    return { ack: head.ack, own: this.own.seen ? this.own : null };
  }

  private readonly visit = (slot: number, qx: number, qz: number, qh: number, flags: number): void => {
    const b = this.bounds;
    const x = dequantizePos(qx, b.minX, b.maxX);
    const z = dequantizePos(qz, b.minZ, b.maxZ);
    const heading = dequantizeHeading8(qh);
    if (slot === this.mySlot) {
      this.own.x = x;
      this.own.z = z;
      this.own.heading = heading;
      this.own.seen = true;
      return;
    }
    this.accept(slot, x, z, heading, flags);
  };

  /**
   * A pose from outside the view messages (the test hook's synthetic crowd, synthetic.ts), at server
   * time `serverMs`: the same snapshot-buffer path a received avatar takes.
   */
  inject(slot: number, serverMs: number, x: number, z: number, heading: number, flags: number): void {
    this.serverMs = serverMs;
    this.accept(slot, x, z, heading, flags);
  }

  private accept(slot: number, x: number, z: number, heading: number, flags: number): void {
    let buf = this.buffers[slot];
    if (!buf) buf = this.buffers[slot] = createSnapshotBuffer();
    const t = this.serverMs;
    if (this.indexOf[slot]! < 0) {
      clearSnapshots(buf);
      this.indexOf[slot] = this.active.length;
      this.active.push(slot);
      this.version++;
      this.x[slot] = x;
      this.z[slot] = z;
      this.heading[slot] = heading;
    } else if (buf.count > 0) {
      const last = (buf.head - 1 + buf.capacity) % buf.capacity;
      const gap = t - this.newest[slot]!;
      if ((flags & AVATAR_FLAG.teleported) !== 0 && Math.hypot(x - buf.xs[last]!, z - buf.zs[last]!) > SNAP_METRES) {
        clearSnapshots(buf);
      } else if (gap > RESUME_GAP_MS) {
        // Standing still since the last snapshot: hold that pose until one tick before this one.
        pushSnapshot(buf, t - TICK_MS, buf.xs[last]!, buf.zs[last]!, buf.headings[last]!);
      } else if (gap > 0) {
        this.interval[slot] = Math.min(gap, MAX_INTERVAL_MS);
      }
    }
    pushSnapshot(buf, t, x, z, heading);
    this.newest[slot] = t;
    this.flags[slot] = flags;
  }

  private readonly gone = (slot: number): void => this.remove(slot);

  remove(slot: number): void {
    const i = this.indexOf[slot]!;
    if (i < 0) return;
    const last = this.active.pop()!;
    if (last !== slot) {
      this.active[i] = last;
      this.indexOf[last] = i;
    }
    this.indexOf[slot] = -1;
    this.version++;
  }

  /** Everyone out of view (new room, reconnection: the next message resends the neighbourhood). */
  clear(): void {
    while (this.active.length > 0) this.remove(this.active[this.active.length - 1]!);
    this.clockOffset = NaN;
    this.localClock = false;
  }

  setRoster(entries: Iterable<RosterLook>): void {
    for (let slot = 0; slot < SLOTS; slot++) {
      if (this.local[slot] !== 0) continue;
      this.nameOf[slot] = '';
      this.hostOf[slot] = 0;
      this.badgeOf[slot] = 0;
    }
    for (const e of entries) {
      if (e.slot < 0 || e.slot >= SLOTS) continue;
      this.nameOf[e.slot] = e.nickname;
      this.colorOf[e.slot] = e.colorIndex;
      this.hostOf[e.slot] = e.hosting ? 1 : 0;
      this.shapeOf[e.slot] = e.shape ?? 0;
      this.hairOf[e.slot] = e.hair ?? 0;
      this.outfitOf[e.slot] = e.outfit ?? 0;
      this.badgeOf[e.slot] = Math.max(0, AVATAR_BADGES.indexOf((e.badge ?? '') as AvatarBadge));
    }
    this.version++;
  }

  /** Samples every avatar in view at local time `now` into x/z/heading; `dtMs` eases the delays. */
  sample(now: number, dtMs: number, scratch: Pose): void {
    if (Number.isNaN(this.clockOffset)) return;
    const serverNow = now - this.clockOffset;
    for (const slot of this.active) {
      const buf = this.buffers[slot];
      if (!buf) continue;
      const target = Math.max(REMOTE_INTERP_MS, 2 * this.interval[slot]!);
      const d = this.delay[slot]!;
      const step = Math.max(-dtMs * DELAY_EASE, Math.min(dtMs * DELAY_EASE, target - d));
      this.delay[slot] = d + step;
      if (sampleSnapshots(buf, serverNow - this.delay[slot]!, scratch)) {
        this.x[slot] = scratch.x;
        this.z[slot] = scratch.z;
        this.heading[slot] = scratch.heading;
      }
    }
  }

  /** For the test hook: who is in view and where they are drawn. */
  list(): RemoteListing[] {
    return this.active.map((slot) => ({
      slot,
      nickname: this.nameOf[slot]!,
      host: this.hostOf[slot] === 1,
      look: lookFromIndices({ shape: this.shapeOf[slot]!, hair: this.hairOf[slot]!, outfit: this.outfitOf[slot]! }),
      badge: AVATAR_BADGES[this.badgeOf[slot]!] ?? '',
      x: this.x[slot]!,
      z: this.z[slot]!,
    }));
  }
}
