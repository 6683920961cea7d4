/**
 * `presence`: a /list visitor says which booth page they are reading (null: the list itself). They
 * then count in that booth's occupancy and hear its booth chat, like a visitor standing there.
 */
import { parseMessage } from '../../../shared/protocol.ts';
import type { HallHub } from '../hub.ts';
import { NO_SLOT, type Seat } from '../seats.ts';

const TEXT = {
  invalid: { ko: '보낼 수 없는 요청이에요.', en: "This request can't be sent." },
  unknownBooth: { ko: '그런 부스는 없어요.', en: 'There is no such booth.' },
} as const;

export function onPresence(hub: HallHub, seat: Seat, raw: unknown): void {
  const p = parseMessage('presence', raw);
  // A /world visitor's booth is where their avatar stands; only /list visitors announce one.
  if (!p.ok || seat.slot !== NO_SLOT) return hub.refuse(seat, 'presence', { code: 'invalid', message: TEXT.invalid });
  const id = p.value.boothId;
  const index = id === null ? -1 : (hub.boothIndex.get(id) ?? -2);
  if (index === -2) return hub.refuse(seat, 'presence', { code: 'unknownBooth', message: TEXT.unknownBooth });
  hub.ok('presence');
  seat.listBooth = index;
  // The hall history did not change: only the booth's (the client merges hall lines by id).
  if (index !== seat.historyBooth) hub.sendHistory(seat, index, false);
}
