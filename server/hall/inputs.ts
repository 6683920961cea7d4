/**
 * Client messages → simulation inputs. Soft validation: a malformed message is counted and dropped
 * (never a disconnect — Colyseus' own validators close the socket with 4002 on plain send, see the
 * stack notes). Parsing itself is shared/protocol.ts's.
 */
import { parseMessage } from '../../shared/protocol.ts';
import type { MoveInput } from '../../shared/world/index.ts';

export function toMoveInput(raw: unknown): MoveInput | null {
  const r = parseMessage('move', raw);
  if (!r.ok) return null;
  const m = r.value;
  if (m.kind === 'dir') return { seq: m.seq, kind: 'dir', dx: m.dx, dz: m.dz, run: m.run };
  // A plain click walks; the client may ask to run (shift-click).
  return { seq: m.seq, kind: 'walkTo', target: { x: m.target.x, z: m.target.z }, run: m.run ?? false };
}

export function toTeleportPoint(raw: unknown): string | null {
  const r = parseMessage('teleport', raw);
  return r.ok ? r.value.pointId : null;
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
