/**
 * A parsed `move` message → the simulation's input (the dispatcher parsed it: server/hall/messages.ts),
 * and the room's counters of dropped input.
 */
import type { MoveMessage } from '../../shared/protocol/index.ts';
import type { MoveInput } from '../../shared/world/index.ts';

export function toMoveInput(m: MoveMessage): MoveInput {
  if (m.kind === 'dir') return { seq: m.seq, kind: 'dir', dx: m.dx, dz: m.dz, run: m.run };
  // A plain click walks; the client may ask to run (shift-click).
  return { seq: m.seq, kind: 'walkTo', target: { x: m.target.x, z: m.target.z }, run: m.run ?? false };
}

/** Per-room counters of refused input, for logs and /metrics. */
export interface InputCounters {
  malformed: number;
  rateLimited: number;
  unknownType: number;
}

export function createCounters(): InputCounters {
  return { malformed: 0, rateLimited: 0, unknownType: 0 };
}
