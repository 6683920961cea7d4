/**
 * `venue`: a world client re-laid out after the server's `venue` message and now draws the layout
 * with this fingerprint. Its view messages resume, starting from nothing (resetViewer), since what
 * it was sent before was quantized over the old bounds. With a fingerprint that is not the shard's
 * (the client is still catching up, or lying) views stay paused.
 */
import type { ClientMessages } from '../../../shared/protocol/index.ts';
import type { HallHub } from '../hub.ts';
import { resetViewer } from '../interest.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

export function onVenue(hub: HallHub, seat: Seat, msg: ClientMessages['venue']): void {
  if (seat.slot === NO_SLOT) return hub.drop(seat, 'invalid');
  hub.ok('venue');
  seat.venue = msg.fingerprint;
  // Even when the seat already had it (a join with the new fingerprint raced the page's re-layout),
  // the client may have dropped views meanwhile: everything is sent again.
  if (msg.fingerprint === hub.fingerprint) resetViewer(seat.viewer);
}
