import { createCollisionWorld, type CollisionWorld } from '../../../shared/world/collision.ts';
import type { Layout } from '../../../shared/world/types.ts';

const worlds = new WeakMap<Layout, CollisionWorld>();

/** One collision world per layout, shared by the player rig and the HUD's booth-proximity watcher. */
export function collisionWorldFor(layout: Layout): CollisionWorld {
  let world = worlds.get(layout);
  if (!world) {
    world = createCollisionWorld(layout);
    worlds.set(layout, world);
  }
  return world;
}
