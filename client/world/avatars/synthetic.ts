import { EMOTE_KINDS } from '../../../shared/protocol/clientMessages.ts';
import { AVATAR_HAIRS, AVATAR_OUTFITS, AVATAR_SHAPES } from '../../../shared/schemas/avatarLook.ts';
import { FRAME_MAX_SLOT } from '../../../shared/net/frame.ts';
import { clearSnapshots } from '../../../shared/net/interpolation.ts';
import { TICK_HZ } from '../../../shared/world/constants.ts';
import type { Vec2 } from '../../../shared/world/types.ts';
import type { EmotePool } from './emotes.ts';
import type { RemoteAvatars } from './remotes.ts';

const TICK_MS = 1000 / TICK_HZ;
/** Rings around the centre (m): in front of the overview camera, clear of the spawn point itself. */
const RING_MIN = 6;
const RING_STEP = 1.5;
const RINGS = 4;
/** Walking pace along the ring (m/s): over the renderers' "moving" threshold, so the walk bob runs. */
const PACE = 0.9;
/** One emote from somebody in the crowd this often (ms), so the emote pool has work too. */
const EMOTE_EVERY_MS = 700;
const AVATAR_COLOR_COUNT = 8;
/** After a longer stall (hidden tab), start afresh instead of replaying every missed tick. */
const MAX_CATCH_UP = 10;
/** A change of clock base (the first real view message) bigger than this clears the buffers. */
const REBASE_MS = 1000;

/**
 * Extra avatars for benchmarks and screenshots (test hook `addSyntheticAvatars`), fed through the
 * SAME path as received ones: snapshot buffers at 20 Hz on the server clock (RemoteAvatars.inject),
 * then the instanced bodies, the name tags and the emote pool. Their looks and marks cycle through
 * every choice. They walk slowly round rings about
 * `center`; slots come from the top of the slot range, far above any real shard's visitors.
 * Nothing is allocated per tick.
 */
export class SyntheticCrowd {
  private readonly remotes: RemoteAvatars;
  private readonly emotes: EmotePool;
  private readonly center: Vec2;
  private count = 0;
  private lastPush = 0;
  private lastEmote = 0;
  private base = NaN;

  constructor(remotes: RemoteAvatars, emotes: EmotePool, center: Vec2) {
    this.remotes = remotes;
    this.emotes = emotes;
    this.center = center;
  }

  get size(): number {
    return this.count;
  }

  /** Slot of the i-th synthetic avatar. */
  static slot(i: number): number {
    return FRAME_MAX_SLOT - i;
  }

  /** Adds n more (n < 0 removes); returns how many there are now. */
  add(n: number): number {
    const target = Math.max(0, Math.min(1024, this.count + Math.trunc(n)));
    const r = this.remotes;
    for (let i = target; i < this.count; i++) {
      const slot = SyntheticCrowd.slot(i);
      r.remove(slot);
      r.local[slot] = 0;
      r.nameOf[slot] = '';
      r.badgeOf[slot] = 0;
    }
    for (let i = this.count; i < target; i++) {
      const slot = SyntheticCrowd.slot(i);
      r.local[slot] = 1;
      r.nameOf[slot] = `가상${i + 1}`;
      r.colorOf[slot] = (i * 3) % AVATAR_COLOR_COUNT;
      // Every look and both marks appear in any crowd of a dozen or more (screenshots, draw-call benches).
      r.shapeOf[slot] = i % AVATAR_SHAPES.length;
      r.hairOf[slot] = Math.floor(i / AVATAR_SHAPES.length) % AVATAR_HAIRS.length;
      r.outfitOf[slot] = (i + Math.floor(i / 4)) % AVATAR_OUTFITS.length;
      r.badgeOf[slot] = i % 5 === 1 ? 1 : i % 5 === 3 ? 2 : 0;
    }
    this.count = target;
    r.version++;
    return target;
  }

  /**
   * Per frame: a snapshot per synthetic avatar for every server tick since the last one (poses are a
   * function of time, so a slow frame still leaves 20 Hz snapshots, as a server would send); now and
   * then an emote.
   */
  tick(now: number): void {
    if (this.count === 0) return;
    if (now - this.lastPush > MAX_CATCH_UP * TICK_MS) this.lastPush = now - TICK_MS;
    if (now - this.lastPush < TICK_MS) return;
    const r = this.remotes;
    // On the server clock the real avatars use; local time while no view message has come yet.
    if (Number.isNaN(r.clockOffset)) {
      r.clockOffset = 0;
      r.localClock = true;
    }
    if (!Number.isNaN(this.base) && Math.abs(r.clockOffset - this.base) > REBASE_MS) {
      for (let i = 0; i < this.count; i++) {
        const buf = r.buffers[SyntheticCrowd.slot(i)];
        if (buf) clearSnapshots(buf);
      }
    }
    this.base = r.clockOffset;
    while (now - this.lastPush >= TICK_MS) {
      this.lastPush += TICK_MS;
      this.push(this.lastPush, this.lastPush - r.clockOffset);
    }
    if (now - this.lastEmote >= EMOTE_EVERY_MS) {
      this.lastEmote = now;
      const i = Math.floor(now / EMOTE_EVERY_MS) % this.count;
      this.emotes.add(SyntheticCrowd.slot(i), EMOTE_KINDS[i % EMOTE_KINDS.length]!, now);
    }
  }

  /** Everyone's pose at local time `localMs` into the buffers, stamped `serverMs`. */
  private push(localMs: number, serverMs: number): void {
    const t = localMs / 1000;
    for (let i = 0; i < this.count; i++) {
      const ring = i % RINGS;
      const radius = RING_MIN + ring * RING_STEP;
      const dir = ring % 2 === 0 ? 1 : -1;
      const a = ((i * 2.399963) % (Math.PI * 2)) + (dir * PACE * t) / radius;
      const x = this.center.x + Math.cos(a) * radius;
      const z = this.center.z + Math.sin(a) * radius;
      // Facing along the ring (heading 0 = north/-z, clockwise): the tangent of the motion.
      const heading = Math.atan2(-Math.sin(a) * dir, -Math.cos(a) * dir);
      this.remotes.inject(SyntheticCrowd.slot(i), serverMs, x, z, heading, 0);
    }
  }
}
