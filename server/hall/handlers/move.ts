/**
 * `move` and `teleport`: validated inputs into the simulation. A malformed move is dropped silently
 * (the client predicts; an answer per input would only add traffic) but counts towards the flood
 * rule; an over-limit one is only dropped and counted; a refused teleport says why.
 */
import { toMoveInput, toTeleportPoint, type InputCounters } from '../inputs.ts';
import type { HallHub } from '../hub.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

export function onMove(hub: HallHub, counters: InputCounters, seat: Seat, raw: unknown): void {
  const input = toMoveInput(raw);
  if (!input || seat.slot === NO_SLOT) {
    counters.malformed++;
    return hub.refuse(seat, null, { code: 'invalid' });
  }
  // Over the input rate: dropped and counted, but no step towards a flood — inputs bunched by a
  // stalled connection arrive together, and dropping the excess is all they deserve.
  if (hub.sim.enqueue(seat.slot, input, hub.now()) === 'rateLimited') return void counters.rateLimited++;
  hub.ok('move');
}

export function onTeleport(hub: HallHub, counters: InputCounters, seat: Seat, raw: unknown): void {
  const pointId = toTeleportPoint(raw);
  if (pointId === null || seat.slot === NO_SLOT) {
    counters.malformed++;
    return hub.refuse(seat, 'teleport', { code: 'invalid', reason: 'invalid' });
  }
  const r = hub.sim.teleport(seat.slot, pointId, hub.now());
  if (r.ok) return hub.ok('teleport');
  const reason = r.reason === 'unknownSlot' ? 'invalid' : r.reason;
  hub.refuse(seat, 'teleport', { code: reason, reason, retryAfterMs: r.retryAfterMs ?? 0 });
}
