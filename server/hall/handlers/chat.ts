/**
 * `chat`, `emote` and `report`: the chat service decides (rules, limits, masking), this file
 * delivers. Nearby lines stay in the shard; hall and booth lines go to every shard over the hall
 * bus (each shard delivers its own lines directly, without a round trip through Redis; booth.ts
 * has the booth's side). A heart at a booth counts in the booth's total across shards.
 *
 * Nearby lines and reactions go to the people the sender can see: its interest set (the ≤ 32
 * nearest within 20 m, hall/interest.ts), not everyone within range. In a crowd of 1,000 around the
 * entrance, "everyone within 15 m" made every line and heart a 1,000-message fan-out (measured:
 * 35 messages/s per visitor, the load bots fell behind and were dropped by the ping timeout); the
 * interest set bounds what anyone receives to what a person can follow.
 */
import { chatRecipients, type ChatVisitor } from '../../../shared/chat/rules.ts';
import type { ClientMessages } from '../../../shared/protocol/index.ts';
import type { ChatLine } from '../../chat/types.ts';
import { NEARBY_CHAT_RADIUS } from '../config.ts';
import type { HallHub } from '../hub.ts';
import { boothIndexOf, chatSenderOf, chatVisitorOf, NO_SLOT, type Seat } from '../seats.ts';
import { encodeMessage } from '../wire.ts';
import { onRemoteBoothLine, shareBoothLine } from './booth.ts';

/** Lines before a reported one that staff read it with: enough to see a reply's provocation. */
const REPORT_CONTEXT_LINES = 4;

/** The sender's interest set (booth chat: everyone in the shard, the rule keeps those at the booth). */
function* candidates(hub: HallHub, seat: Seat, scope: 'nearby' | 'booth'): Generator<ChatVisitor> {
  if (scope === 'booth') {
    for (const s of hub.seats.values()) if (s.client && !s.closing) yield chatVisitorOf(s, hub.sim, hub.layout);
    return;
  }
  for (const s of seesMe(hub, seat)) yield chatVisitorOf(s, hub.sim, hub.layout);
}

/** Connected seats in the interest set of `seat`'s avatar (none for a /list visitor). */
function* seesMe(hub: HallHub, seat: Seat): Generator<Seat> {
  const v = seat.viewer;
  for (let i = 0; i < v.count; i++) {
    const s = hub.bySlot[v.members[i]!];
    if (s && s.client && !s.closing) yield s;
  }
}

export async function onChat(hub: HallHub, seat: Seat, msg: ClientMessages['chat']): Promise<void> {
  // A /list visitor has no place in the hall to be "near" anyone: booth and hall chat only.
  if (seat.slot === NO_SLOT && msg.scope === 'nearby') return hub.refuse(seat, 'chat', 'invalid');
  const r = await hub.chat.handleChat(chatSenderOf(seat, hub.sim, hub.layout), msg);
  if (!r.ok) return hub.refuse(seat, 'chat', r.error.code, r.error.retryAfterMs);
  hub.ok('chat');
  const line = r.message;
  if (line.scope === 'hall') {
    hub.broadcast('chat', line);
    hub.bus.publishChat(line, seat.guestId);
    return;
  }
  if (line.scope === 'booth') {
    hub.historyChanged(line.boothId);
    shareBoothLine(hub, line, seat.guestId);
  }
  const to = chatRecipients(line.scope, chatVisitorOf(seat, hub.sim, hub.layout), candidates(hub, seat, line.scope), { nearbyRadius: NEARBY_CHAT_RADIUS });
  if (to.ok) hub.deliver(line, to.ids);
}

/** A line said in another shard (hall bus): a hall line is kept for late joiners and shown to everyone here. */
export function onRemoteChat(hub: HallHub, line: ChatLine, author = ''): void {
  if (line.scope === 'booth') return onRemoteBoothLine(hub, line, author);
  if (line.scope !== 'hall') return;
  hub.chat.acceptRemote(line, author);
  hub.broadcast('chat', line);
}

/**
 * Who sees a reaction: the sender, those in its interest set (they can see the avatar), and
 * everyone at the sender's booth — /list readers of that booth page included.
 */
export async function onEmote(hub: HallHub, seat: Seat, msg: ClientMessages['emote']): Promise<void> {
  const r = await hub.chat.handleEmote(chatSenderOf(seat, hub.sim, hub.layout), msg);
  if (!r.ok) return hub.refuse(seat, 'emote', r.error.code, r.error.retryAfterMs);
  hub.ok('emote');
  const bytes = encodeMessage('emote', { sessionId: seat.sessionId, slot: seat.slot, kind: r.kind });
  const to = new Set<Seat>([seat, ...seesMe(hub, seat)]);
  const booth = boothIndexOf(seat, hub.sim);
  const boothId = booth >= 0 ? hub.layout.booths[booth]?.id : undefined;
  if (r.kind === 'heart' && boothId !== undefined) hub.booths.heart(boothId);
  if (booth >= 0) for (const s of hub.seats.values()) if (s.client && !s.closing && boothIndexOf(s, hub.sim) === booth) to.add(s);
  for (const s of to) s.client?.enqueueRaw(bytes);
}

/**
 * A report goes to the staff connected to this shard, to the fair-wide queue in the database with
 * the lines said before it (/admin/reports), and to the log.
 */
export async function onReport(hub: HallHub, seat: Seat, msg: ClientMessages['report']): Promise<void> {
  const r = await hub.chat.report(chatSenderOf(seat, hub.sim, hub.layout), msg);
  if (!r.ok) return hub.refuse(seat, 'report', r.error.code, r.error.retryAfterMs);
  hub.ok('report');
  const { report } = r;
  hub.log.info(
    { room: hub.roomId, report: { id: report.id, reason: report.reason, messageId: report.line.id, reporter: report.reporter.guestId, offender: report.offenderGuestId } },
    'chat report',
  );
  for (const staff of hub.seats.values()) if (staff.role === 'staff' && staff.client) staff.client.send('report', { report });
  await hub.mod.fileReport(report, hub.chat.contextOf(report.line.id, REPORT_CONTEXT_LINES));
}
