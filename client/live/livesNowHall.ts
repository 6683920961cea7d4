/**
 * In the world: the hall's `live` message (sent to every visitor when any booth's live starts,
 * changes or ends, from any shard or process) keeps the "live now" list current between reads, and
 * a (re)connection reads it again for what it missed. Imported by the world's parts only, so the
 * landing page does not load the hall connection.
 */
import { onHallRoom } from '../net/hallStore.ts';
import { onServerMessage } from '../net/messages.ts';
import { liveChanged, refreshLivesNow } from './livesNow.ts';

onHallRoom((room) => {
  void refreshLivesNow(true);
  return onServerMessage(room, 'live', (m) => liveChanged(m.boothId, m.live));
});
