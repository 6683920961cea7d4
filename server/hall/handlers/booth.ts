/**
 * A booth's conversation as one truth across shards and processes (issue 10 §3): booth lines from
 * other shards, the booth's heart total, and the pinned notice (`notice`: a member of the booth, by
 * the join token's `hostOf`, or staff). Each is stored in the presence (presence/boothStore.ts) and
 * told to the other shards over the hall bus; each shard tells the visitors at the booth, /list
 * readers of its page included.
 */
import { sanitizeNoticeText } from '../../../shared/chat/notice.ts';
import type { ClientMessages, ServerMessages, ServerMessageType } from '../../../shared/protocol/index.ts';
import type { LiveView } from '../../../shared/api/live.ts';
import type { ChatLine } from '../../chat/types.ts';
import type { BoothNotice } from '../../presence/boothStore.ts';
import type { HallHub } from '../hub.ts';
import { boothIndexOf, type Seat } from '../seats.ts';
import { encodeMessage } from '../wire.ts';

/** Hearts are added to the presence and totals told at most this often (≤ 4 updates/s per booth). */
export const BOOTH_FLUSH_MS = 250;

/** The connected seats at a booth (standing at it, or reading its /list page). */
function* atBooth(hub: HallHub, boothId: string): Generator<Seat> {
  const index = hub.boothIndex.get(boothId);
  if (index === undefined) return;
  for (const s of hub.seats.values()) if (s.client && !s.closing && boothIndexOf(s, hub.sim) === index) yield s;
}

function tellBooth<K extends ServerMessageType>(hub: HallHub, boothId: string, type: K, message: ServerMessages[K]): void {
  let bytes: Uint8Array | null = null;
  for (const s of atBooth(hub, boothId)) s.client?.enqueueRaw((bytes ??= encodeMessage(type, message)));
}

/** A booth line said here: kept in the presence for shards that start later, and told to the others. */
export function shareBoothLine(hub: HallHub, line: ChatLine, author: string): void {
  hub.bus.publishChat(line, author);
  hub.booths.store.addLine(line).catch((err: unknown) => hub.log.warn({ err }, 'booth line not stored'));
}

/** A booth line said in another shard: kept for late joiners here and shown to those at the booth. */
export function onRemoteBoothLine(hub: HallHub, line: ChatLine, author = ''): void {
  if (line.boothId === null) return;
  hub.chat.acceptRemote(line, author);
  hub.historyChanged(line.boothId);
  hub.deliver(line, [...atBooth(hub, line.boothId)].map((s) => s.sessionId));
}

/** A booth line deleted by staff (in any shard): the stored copy goes too. */
export function forgetBoothLine(hub: HallHub, line: ChatLine): void {
  if (line.scope !== 'booth' || line.boothId === null) return;
  hub.booths.store.removeLine(line.boothId, line.id).catch((err: unknown) => hub.log.warn({ err }, 'booth line not removed'));
}

/**
 * Every BOOTH_FLUSH_MS: this shard's hearts into the presence's counters (one HINCRBY per booth),
 * each new total to the other shards, and the totals that changed to the visitors at those booths.
 */
export function flushBooths(hub: HallHub): void {
  for (const [boothId, n] of hub.booths.takePending()) {
    hub.booths.store.addHearts(boothId, n).then(
      (total) => {
        hub.booths.setHearts(boothId, total);
        hub.bus.publishHearts(boothId, total);
      },
      (err: unknown) => hub.log.warn({ err }, 'booth hearts not counted'),
    );
  }
  for (const boothId of hub.booths.takeDirty()) tellBooth(hub, boothId, 'boothHearts', { boothId, count: hub.booths.hearts(boothId) });
}

/** A notice set or cleared here or in another shard: shown to those at the booth. */
export function applyNotice(hub: HallHub, boothId: string, notice: BoothNotice | null): void {
  hub.booths.setNotice(boothId, notice);
  tellBooth(hub, boothId, 'boothNotice', { boothId, notice });
}

/**
 * A booth's live started, changed or ended (from the process holding it, over the bus). A start, a
 * change of state (on air, reconnecting) and the end go to every visitor of the shard, not only
 * those at the booth, so the world marks each booth on air (its badge, the mini-map's dot) and a
 * visitor who asked to be told when it starts hears it anywhere; a new viewer count alone (at most
 * once a second) goes only to those at the booth, who show it.
 */
export function applyLive(hub: HallHub, boothId: string, live: LiveView | null): void {
  const key = live ? `${live.liveId}:${live.state}` : null;
  if (key !== null && hub.liveTold.get(boothId) === key) return tellBooth(hub, boothId, 'live', { boothId, live });
  if (key === null) hub.liveTold.delete(boothId);
  else hub.liveTold.set(boothId, key);
  hub.broadcast('live', { boothId, live });
}

export async function onNotice(hub: HallHub, seat: Seat, msg: ClientMessages['notice']): Promise<void> {
  if (!hub.boothIndex.has(msg.boothId)) return hub.refuse(seat, 'notice', 'unknownBooth');
  if (seat.role !== 'staff' && !seat.hostOf.includes(msg.boothId)) return hub.refuse(seat, 'notice', 'notBoothMember');
  let notice: BoothNotice | null = null;
  if (msg.text !== null) {
    const text = sanitizeNoticeText(msg.text);
    if (!text.ok) return hub.refuse(seat, 'notice', text.reason);
    notice = { text: hub.chat.mask(text.value), at: hub.now() };
  }
  try {
    await hub.booths.store.setNotice(msg.boothId, notice);
  } catch (err) {
    hub.log.error({ err, room: hub.roomId }, 'booth notice not stored');
    return hub.refuse(seat, 'notice', 'unavailable');
  }
  hub.ok('notice');
  hub.log.info({ room: hub.roomId, guestId: seat.guestId, boothId: msg.boothId, cleared: notice === null }, 'booth notice');
  applyNotice(hub, msg.boothId, notice);
  hub.bus.publishNotice(msg.boothId, notice);
}
