/**
 * What each load bot does, decided up front from a seed (so runs are comparable): a role, and the
 * targets it walks to. Pure; bots.ts runs the plan over the network.
 *
 * Roles (fractions of all bots):
 * - booth 32%: walk (click-to-walk) to a booth's interact point and stay there: the ≥30% gathered.
 * - keys 30%:  hold a direction at 20 Hz like a keyboard/joystick, turning every 1–4 s.
 * - click 28%: click-to-walk to a random walkable spot every few seconds.
 * - idle 10%:  stand where they spawned (reading, talking).
 * keys + click keep ≥ half of all visitors moving at any time. A few keys bots are probes: they turn
 * to a known heading once a second and everyone who sees them times how long that took.
 */
import { mulberry32, type Rng } from '../../shared/net/prng.ts';
import { clampToWalkable, type CollisionWorld, type Layout, type Vec2 } from '../../shared/world/index.ts';

export type Role = 'booth' | 'keys' | 'click' | 'idle';

export interface BotPlan {
  role: Role;
  probe: boolean;
  /** booth: where it stands; click: unused (targets come from nextClickTarget). */
  target: Vec2 | null;
}

const SHARES: readonly [Role, number][] = [['booth', 0.32], ['keys', 0.3], ['click', 0.28], ['idle', 0.1]];

export function planBots(n: number, layout: Layout, world: CollisionWorld, probes: number, seed = 1): BotPlan[] {
  const rng = mulberry32(seed);
  const plans: BotPlan[] = [];
  const counts = SHARES.map(([role, share]) => [role, Math.round(share * n)] as const);
  for (const [role, count] of counts) {
    for (let i = 0; i < count && plans.length < n; i++) plans.push({ role, probe: false, target: null });
  }
  while (plans.length < n) plans.push({ role: 'idle', probe: false, target: null });
  // Shuffle so joins interleave roles (the first to join are not all at booths).
  for (let i = plans.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [plans[i], plans[j]] = [plans[j]!, plans[i]!];
  }
  let b = 0;
  let p = 0;
  for (const plan of plans) {
    if (plan.role === 'booth') {
      const booth = layout.booths[b++ % layout.booths.length]!;
      // Spread around the interact point, inside its radius, as a small crowd stands.
      const a = rng() * Math.PI * 2;
      const r = rng() * booth.interactRadius * 0.7;
      plan.target = clampToWalkable(world, { x: booth.interactPoint.x + Math.cos(a) * r, z: booth.interactPoint.z + Math.sin(a) * r });
    }
    if (plan.role === 'keys' && p < probes) {
      plan.probe = true;
      p++;
    }
  }
  return plans;
}

/**
 * Whether bot i of n decodes its views: about `watchers` of them, every (n / watchers)-th bot of each
 * shard (bot i is in shard i % shards), so both the crowd's roles and the shards are sampled evenly.
 */
export function isWatcher(i: number, n: number, watchers: number, shards = 1): boolean {
  if (watchers <= 0) return false;
  const stride = Math.max(1, Math.floor(n / watchers));
  return Math.floor(i / shards) % stride === 0;
}

/** A random walkable spot in the hall for a click-walker. */
export function nextClickTarget(rng: Rng, layout: Layout, world: CollisionWorld): Vec2 {
  const b = layout.bounds;
  return clampToWalkable(world, { x: b.minX + rng() * (b.maxX - b.minX), z: b.minZ + rng() * (b.maxZ - b.minZ) });
}

/** The four directions a probe turns between: its heading is then unmistakable in a frame. */
export const PROBE_DIRS: readonly Vec2[] = [{ x: 1, z: 0 }, { x: 0, z: 1 }, { x: -1, z: 0 }, { x: 0, z: -1 }];

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Probe turns by slot for one shard (slots are per shard), shared in-process so the watcher's clock
 * is the prober's; plus the first and last server tick seen there (did the shard keep 20 Hz?).
 */
export interface Probes {
  heading: Int16Array;
  changeAt: Float64Array;
  firstTick: number;
  lastTick: number;
}

export function probesFor(byRoom: Map<string, Probes>, roomId: string): Probes {
  let p = byRoom.get(roomId);
  if (!p) byRoom.set(roomId, (p = { heading: new Int16Array(4096).fill(-1), changeAt: new Float64Array(4096), firstTick: Infinity, lastTick: -Infinity }));
  return p;
}
