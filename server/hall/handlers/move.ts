/**
 * `move` and `teleport`: validated inputs into the simulation. A move without an avatar (a /list
 * visitor) is dropped like a malformed one: silently (the client predicts; an answer per input
 * would only add traffic), counted towards the flood rule; an over-limit one is only dropped and
 * counted; a refused teleport says why.
 */
import type { ClientMessages } from '../../../shared/protocol/index.ts';
import { toMoveInput, type InputCounters } from '../inputs.ts';
import type { HallHub } from '../hub.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

export function onMove(hub: HallHub, counters: InputCounters, seat: Seat, msg: ClientMessages['move']): void {
  if (seat.slot === NO_SLOT) {
    counters.malformed++;
    return hub.drop(seat, 'invalid');
  }
  const input = toMoveInput(msg);
  // Over the input rate: dropped and counted, but no step towards a flood — inputs bunched by a
  // stalled connection arrive together, and dropping the excess is all they deserve.
  if (hub.sim.enqueue(seat.slot, input, hub.now()) === 'rateLimited') return void counters.rateLimited++;
  hub.ok('move');
}

export function onTeleport(hub: HallHub, counters: InputCounters, seat: Seat, msg: ClientMessages['teleport']): void {
  if (seat.slot === NO_SLOT) {
    counters.malformed++;
    return hub.refuse(seat, 'teleport', 'invalid');
  }
  const r = hub.sim.teleport(seat.slot, msg.pointId, hub.now());
  if (r.ok) return hub.ok('teleport');
  hub.refuse(seat, 'teleport', r.reason === 'unknownSlot' ? 'invalid' : r.reason, r.retryAfterMs);
}
