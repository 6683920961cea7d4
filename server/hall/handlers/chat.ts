/**
 * `chat`, `emote` and `report`: the chat service decides (rules, limits, masking), this file
 * delivers. Nearby and booth lines stay in the shard; hall lines go to every shard over the hall
 * bus (each shard delivers its own lines directly, without a round trip through Redis).
 */
import { getMessageBytes, Protocol } from '@colyseus/core';
import { chatRecipients, type ChatVisitor } from '../../../shared/chat/rules.ts';
import { parseMessage } from '../../../shared/protocol.ts';
import type { ChatLine } from '../../chat/types.ts';
import { chatError } from '../../chat/errors.ts';
import { INTEREST_RADIUS, NEARBY_CHAT_RADIUS } from '../config.ts';
import type { HallHub } from '../hub.ts';
import { boothIndexOf, chatSenderOf, chatVisitorOf, NO_SLOT, type Seat } from '../seats.ts';

function* chatVisitors(hub: HallHub): Generator<ChatVisitor> {
  for (const seat of hub.seats.values()) if (seat.client && !seat.closing) yield chatVisitorOf(seat, hub.sim, hub.layout);
}

function scopeOf(raw: unknown): unknown {
  try {
    return typeof raw === 'object' && raw !== null ? (raw as { scope?: unknown }).scope : undefined;
  } catch {
    return undefined; // a hostile getter
  }
}

export function onChat(hub: HallHub, seat: Seat, raw: unknown): void {
  // A /list visitor has no place in the hall to be "near" anyone: booth and hall chat only.
  if (seat.slot === NO_SLOT && scopeOf(raw) === 'nearby') return hub.refuse(seat, 'chat', chatError('invalid'));
  const r = hub.chat.handleChat(chatSenderOf(seat, hub.sim, hub.layout), raw);
  if (!r.ok) return hub.refuse(seat, 'chat', r.error);
  hub.ok('chat');
  const line = r.message;
  if (line.scope === 'hall') {
    hub.broadcast('chat', line);
    hub.bus.publishChat(line);
    return;
  }
  if (line.scope === 'booth') hub.historyChanged(line.boothId);
  const to = chatRecipients(line.scope, chatVisitorOf(seat, hub.sim, hub.layout), chatVisitors(hub), { nearbyRadius: NEARBY_CHAT_RADIUS });
  if (to.ok) hub.deliver(line, to.ids);
}

/** A hall line said in another shard (hall bus): kept for late joiners and shown to everyone here. */
export function onRemoteChat(hub: HallHub, line: ChatLine): void {
  hub.chat.acceptRemote(line);
  hub.broadcast('chat', line);
}

/**
 * Who sees a reaction: the sender, everyone within the interest radius (they can see the avatar),
 * and everyone at the sender's booth — /list readers of that booth page included.
 */
export function onEmote(hub: HallHub, seat: Seat, raw: unknown): void {
  const r = hub.chat.handleEmote(chatSenderOf(seat, hub.sim, hub.layout), raw);
  if (!r.ok) return hub.refuse(seat, 'emote', r.error);
  hub.ok('emote');
  const bytes = getMessageBytes.raw(Protocol.ROOM_DATA, 'emote', { sessionId: seat.sessionId, slot: seat.slot, kind: r.kind });
  const from = chatVisitorOf(seat, hub.sim, hub.layout).position;
  const booth = boothIndexOf(seat, hub.sim);
  const r2 = INTEREST_RADIUS * INTEREST_RADIUS;
  for (const other of hub.seats.values()) {
    if (!other.client || other.closing) continue;
    let sees = other === seat || (booth >= 0 && boothIndexOf(other, hub.sim) === booth);
    if (!sees && other.slot !== NO_SLOT) {
      const p = hub.sim.state(other.slot)?.position;
      sees = p !== undefined && (p.x - from.x) ** 2 + (p.z - from.z) ** 2 <= r2; // NaN (a list sender) is never near
    }
    if (sees) other.client.enqueueRaw(bytes);
  }
}

/** A report goes to the staff connected to this shard, and to the log (staff elsewhere read it there). */
export function onReport(hub: HallHub, seat: Seat, raw: unknown): void {
  const p = parseMessage('report', raw);
  if (!p.ok) return hub.refuse(seat, 'report', chatError('invalid'));
  const r = hub.chat.report(chatSenderOf(seat, hub.sim, hub.layout), p.value.messageId, p.value.reason);
  if (!r.ok) return hub.refuse(seat, 'report', r.error);
  hub.ok('report');
  const { report } = r;
  hub.log.info(
    { room: hub.roomId, report: { id: report.id, reason: report.reason, messageId: report.line.id, reporter: report.reporter.guestId, offender: report.offenderGuestId } },
    'chat report',
  );
  for (const staff of hub.seats.values()) if (staff.role === 'staff' && staff.client) staff.client.send('report', { report });
}
