/**
 * `presence`: a /list visitor says which booth page they are reading (null: the list itself). They
 * then count in that booth's occupancy and hear its booth chat, like a visitor standing there.
 */
import type { ClientMessages } from '../../../shared/protocol/index.ts';
import type { HallHub } from '../hub.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

export function onPresence(hub: HallHub, seat: Seat, msg: ClientMessages['presence']): void {
  // A /world visitor's booth is where their avatar stands; only /list visitors announce one.
  if (seat.slot !== NO_SLOT) return hub.refuse(seat, 'presence', 'invalid');
  const id = msg.boothId;
  const index = id === null ? -1 : (hub.boothIndex.get(id) ?? -2);
  if (index === -2) return hub.refuse(seat, 'presence', 'unknownBooth');
  hub.ok('presence');
  seat.listBooth = index;
  // The hall history did not change: only the booth's (the client merges hall lines by id).
  if (index !== seat.historyBooth) hub.sendHistory(seat, index, false);
}
