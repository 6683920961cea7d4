import type { ChatScope } from '../../shared/chat/rules.ts';
import type { ClientMessageInput, ClientMessageType, EmoteKind, ReportReason } from '../../shared/protocol/clientMessages.ts';
import type { RejectedType } from '../../shared/protocol/rejections.ts';
import { getRoom, onHallRoom, useHall, type HallRoom } from '../net/hallStore.ts';
import { onServerMessage, sendMessage } from '../net/messages.ts';
import {
  addReaction,
  markDeleted,
  receiveAnnouncement,
  receiveBoothHearts,
  receiveBoothNotice,
  receiveHistory,
  receiveLine,
  receiveReport,
  showRejection,
  useChat,
} from './chatStore.ts';

/**
 * Binds chat to whatever room the hall connection holds. `onHallRoom` runs `bind` in the same turn
 * the room is attached: the SDK drops messages that arrive before a handler exists, and
 * `chatHistory` comes right after the join. A new room (rejoin after a server restart, shard
 * switch) is bound again; lines already shown stay (merged by id). Being kicked or banned is the
 * connection's business (useHall status 'kicked' and `removed`, client/net/removal.ts), not chat's.
 */
/**
 * Texts sent and not yet answered, oldest first. The room answers every chat message in order,
 * with our own line (accepted) or a rejection, so each answer settles the oldest one; a refused
 * text goes back into the box even when several were sent in a burst.
 */
const pending: string[] = [];

/** Message types whose refusals the chat panel explains (a refused teleport is the world's). */
const CHAT_REJECTION_TYPES: ReadonlySet<RejectedType> = new Set(['chat', 'emote', 'report', 'moderate', 'presence', 'notice']);

function bind(room: HallRoom): () => void {
  useChat.setState({ me: room.sessionId });
  pending.length = 0; // a new room owes us no answers
  const offs = [
    onServerMessage(room, 'chat', (line) => {
      const mine = line.senderId === room.sessionId;
      if (mine) pending.shift();
      receiveLine(line, mine);
    }),
    onServerMessage(room, 'chatHistory', (h) => receiveHistory(h.hall, h.booth)),
    onServerMessage(room, 'chatDeleted', (d) => markDeleted(d.id)),
    onServerMessage(room, 'rejected', (r) => {
      const refusedText = r.type === 'chat' ? (pending.shift() ?? null) : null;
      if (CHAT_REJECTION_TYPES.has(r.type)) showRejection(r, Date.now(), refusedText);
    }),
    onServerMessage(room, 'emote', (e) => {
      // Our own reaction was already shown when the button was pressed.
      if (e.sessionId !== room.sessionId) addReaction(e.kind, false);
    }),
    onServerMessage(room, 'announce', (a) => receiveAnnouncement(a.text, a.at)),
    onServerMessage(room, 'report', (m) => receiveReport(m.report)),
    onServerMessage(room, 'boothNotice', (m) => receiveBoothNotice(m.boothId, m.notice)),
    onServerMessage(room, 'boothHearts', (m) => receiveBoothHearts(m.boothId, m.count)),
  ];
  return () => {
    for (const off of offs) off();
  };
}

/** Starts following the hall store (idempotent; the module keeps one subscription for the page). */
let started = false;
export function startChatBinding(): void {
  if (started) return;
  started = true;
  onHallRoom(bind);
}

function send<K extends ClientMessageType>(type: K, payload: ClientMessageInput[K]): boolean {
  const room = getRoom();
  if (!room || useHall.getState().status !== 'connected') return false;
  try {
    sendMessage(room, type, payload);
    return true;
  } catch {
    return false; // socket closing: the connection banner explains; the text stays in the box
  }
}

export function sendChat(scope: ChatScope, text: string): boolean {
  const ok = send('chat', { scope, text });
  if (ok) pending.push(text);
  return ok;
}

export function sendEmote(kind: EmoteKind): boolean {
  const ok = send('emote', { kind });
  if (ok) addReaction(kind, true);
  return ok;
}

export const sendReport = (messageId: string, reason: ReportReason): boolean => send('report', { messageId, reason });
export const sendModerate = (m: ClientMessageInput['moderate']): boolean => send('moderate', m);
export const sendPresence = (boothId: string | null): boolean => send('presence', { boothId });
/** Pins (or, with null, clears) a booth's notice: members of the booth and staff; the room refuses others. */
export const sendNotice = (boothId: string, text: string | null): boolean => send('notice', { boothId, text });

/** This visitor's session id in the shard, for telling own lines apart. */
export const useMySessionId = (): string | null => useChat((s) => s.me);

// Bound on import: the panel's module loads before any view connects, so no early message is lost.
startChatBinding();
