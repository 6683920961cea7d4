/**
 * `venue`: a world client re-laid out after the server's `venue` message and now draws the layout
 * with this fingerprint. Its view messages resume, starting from nothing (resetViewer), since what
 * it was sent before was quantized over the old bounds. A fingerprint that is not the shard's
 * changes nothing (the client is still catching up, or lying): views stay paused.
 */
import type { ClientMessages } from '../../../shared/protocol/index.ts';
import type { HallHub } from '../hub.ts';
import { resetViewer } from '../interest.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

export function onVenue(hub: HallHub, seat: Seat, msg: ClientMessages['venue']): void {
  if (seat.slot === NO_SLOT) return hub.drop(seat, 'invalid');
  hub.ok('venue');
  if (seat.venue === msg.fingerprint) return;
  seat.venue = msg.fingerprint;
  if (msg.fingerprint === hub.fingerprint) resetViewer(seat.viewer);
}
