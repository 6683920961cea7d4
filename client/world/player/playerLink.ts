import type { MoveInput } from '../../../shared/world/movement.ts';
import type { Vec2 } from '../../../shared/world/types.ts';
import type { WorldRuntime } from '../runtime.ts';
import type { FixedStepController } from './controller.ts';

/**
 * What the network bridge (client/net/) needs from the local player rig, kept beside the runtime in
 * a WeakMap like playerInput, so the runtime's contract stays small and the rig knows nothing of the
 * network. The rig fills `controller` and calls `onTeleport`; the bridge sets the rest.
 */
export interface PlayerLink {
  controller: FixedStepController | null;
  /** A teleport the visitor made (mini-map, search, deep link), already applied locally. */
  onTeleport: ((pointId: string, to: Vec2) => void) | null;
  /** Connected: a walk-to walks (the protocol's walk-to has no run flag, so prediction must not run). */
  online: boolean;
  /** The previous step's input moved the visitor (for "one zero input on release"). */
  active: boolean;
}

const links = new WeakMap<WorldRuntime, PlayerLink>();

export function playerLink(rt: WorldRuntime): PlayerLink {
  let link = links.get(rt);
  if (!link) {
    link = { controller: null, onTeleport: null, online: false, active: false };
    links.set(rt, link);
  }
  return link;
}

/**
 * Inputs are only produced while there is something to say: a held direction, ONE zero input on
 * release, a walk-to once. Standing still produces none (`null`: the step runs without input and no
 * seq is used), so an idle visitor sends nothing and the server's one-input-per-tick matches.
 */
export function filterIdle(link: PlayerLink, input: MoveInput): MoveInput | null {
  if (input.kind === 'walkTo') {
    link.active = false;
    return link.online && input.run ? { ...input, run: false } : input;
  }
  const moving = input.dx !== 0 || input.dz !== 0;
  if (moving) {
    link.active = true;
    return input;
  }
  if (!link.active) return null;
  link.active = false;
  return input;
}
