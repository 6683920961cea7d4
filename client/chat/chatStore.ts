import { create } from 'zustand';
import type { ChatScope } from '../../shared/chat/rules.ts';
import type { EmoteKind } from '../../shared/protocol/clientMessages.ts';
import type { RejectedType, RejectionOf } from '../../shared/protocol/rejections.ts';
import type { ChatLine, ChatReport, Rejected } from '../../shared/protocol/serverMessages.ts';

/**
 * Chat as the visitor sees it: lines per scope, the one error toast, the staff report queue (being
 * removed by a moderator is the hall connection's state: client/net/removal.ts). Session state only (never persisted); the room binding (chatBinding.ts) writes it, the
 * panel reads it. Lines are capped per scope so a long visit cannot grow memory without bound.
 */
export const MAX_LINES_PER_SCOPE = 200;
const MAX_REPORTS = 50;
const MAX_REACTIONS = 12;

export interface ShownLine extends ChatLine {
  /** Deleted by staff after it arrived: shown as a placeholder, so replies still make sense. */
  deleted?: boolean;
}

export interface ChatToast {
  /** Increments per toast, so the same error twice still restarts the countdown. */
  seq: number;
  type: string;
  /** A refusal's code (its sentence: shared/i18n/rejections.ts), or a notice's. */
  code: string;
  /** Epoch ms when the refused action will be accepted again; null when not known. */
  retryAt: number | null;
  /** The wait as the server gave it, for the one spoken sentence (the visible number ticks down). */
  retryMs: number | null;
  /** 'info' confirms something (a report was sent); 'error' explains a refusal. */
  tone: 'error' | 'info';
}

export interface Reaction {
  id: number;
  kind: EmoteKind;
  mine: boolean;
}

/** A booth's pinned notice, as its members or staff set it (the same in every shard). */
export interface BoothNotice {
  text: string;
  at: number;
}

export interface ChatState {
  lines: Record<ChatScope, ShownLine[]>;
  unread: Record<ChatScope, number>;
  active: ChatScope;
  /** The panel is open (phones start folded); unread counts only grow for what is out of sight. */
  open: boolean;
  toast: ChatToast | null;
  reports: ChatReport[];
  announcement: { text: string; at: number } | null;
  reactions: Reaction[];
  /** Per booth id: its pinned notice (absent: none) and its hearts across the hall, as last told. */
  boothNotices: Record<string, BoothNotice>;
  boothHearts: Record<string, number>;
  /** A line refused by the server goes back into the box, so the visitor does not retype it. */
  restoreText: string | null;
  /** Our session id in the last room joined: kept after a kick, so our lines stay ours. */
  me: string | null;
  setActive(scope: ChatScope): void;
  setOpen(open: boolean): void;
  dismissToast(): void;
  dismissReport(id: string): void;
  dismissAnnouncement(): void;
  clearRestore(): void;
}

const emptyScopes = <T>(v: () => T): Record<ChatScope, T> => ({ nearby: v(), booth: v(), hall: v() });

/** The state of one visit: what the store starts with and what resetChat() goes back to. */
const freshVisit = (): Pick<ChatState, 'lines' | 'unread' | 'toast' | 'reports' | 'announcement' | 'reactions' | 'boothNotices' | 'boothHearts' | 'restoreText'> => ({
  lines: emptyScopes<ShownLine[]>(() => []),
  unread: emptyScopes(() => 0),
  toast: null,
  reports: [],
  announcement: null,
  reactions: [],
  boothNotices: {},
  boothHearts: {},
  restoreText: null,
});

export const useChat = create<ChatState>()((set) => ({
  ...freshVisit(),
  active: 'nearby',
  open: true,
  me: null,
  setActive: (active) => set((s) => ({ active, unread: s.open ? { ...s.unread, [active]: 0 } : s.unread })),
  setOpen: (open) => set((s) => ({ open, unread: open ? { ...s.unread, [s.active]: 0 } : s.unread })),
  dismissToast: () => set({ toast: null }),
  dismissReport: (id) => set((s) => ({ reports: s.reports.filter((r) => r.id !== id) })),
  dismissAnnouncement: () => set({ announcement: null }),
  clearRestore: () => set({ restoreText: null }),
}));

// ---- writers (called by the room binding; pure state updates, exported for unit tests) ----

/** Merge lines into a scope by id (history and live lines overlap after a rejoin), oldest first. */
export function mergeLines(existing: readonly ShownLine[], incoming: readonly ChatLine[]): ShownLine[] {
  const byId = new Map<string, ShownLine>();
  for (const l of existing) byId.set(l.id, l);
  for (const l of incoming) if (!byId.has(l.id)) byId.set(l.id, l);
  const all = [...byId.values()].sort((a, b) => a.at - b.at);
  return all.length > MAX_LINES_PER_SCOPE ? all.slice(all.length - MAX_LINES_PER_SCOPE) : all;
}

export function receiveLine(line: ChatLine, mine: boolean): void {
  useChat.setState((s) => {
    const scope = line.scope;
    const seen = s.open && s.active === scope;
    return {
      lines: { ...s.lines, [scope]: mergeLines(s.lines[scope], [line]) },
      unread: mine || seen ? s.unread : { ...s.unread, [scope]: s.unread[scope] + 1 },
    };
  });
}

/** History replaces the booth list (it is the booth we are at now) and fills in the hall list. */
export function receiveHistory(hall: readonly ChatLine[], booth: readonly ChatLine[]): void {
  useChat.setState((s) => ({
    lines: { ...s.lines, hall: mergeLines(s.lines.hall, hall), booth: mergeLines([], booth) },
    unread: { ...s.unread, booth: 0 },
  }));
}

export function markDeleted(id: string): void {
  useChat.setState((s) => {
    const mark = (list: ShownLine[]) => (list.some((l) => l.id === id) ? list.map((l) => (l.id === id ? { ...l, text: '', deleted: true } : l)) : list);
    return { lines: { nearby: mark(s.lines.nearby), booth: mark(s.lines.booth), hall: mark(s.lines.hall) } };
  });
}

let toastSeq = 0;
export function showRejection(r: Rejected, now: number, refusedText: string | null): void {
  const retry = typeof r.retryAfterMs === 'number' && Number.isFinite(r.retryAfterMs) && r.retryAfterMs > 0 ? now + r.retryAfterMs : null;
  const toast: ChatToast = { seq: ++toastSeq, type: r.type, code: r.code, retryAt: retry, retryMs: retry === null ? null : retry - now, tone: 'error' };
  useChat.setState({ toast, restoreText: r.type === 'chat' ? refusedText : null });
}

/** A refusal the client already knows about (too long), shown as the server's would be. */
export function showLocalError<T extends RejectedType>(type: T, code: RejectionOf<T>): void {
  showRejection({ type, code } as Rejected, Date.now(), null);
}

export function showNotice(type: string, code: string): void {
  useChat.setState({ toast: { seq: ++toastSeq, type, code, retryAt: null, retryMs: null, tone: 'info' } });
}

export function receiveReport(report: ChatReport): void {
  useChat.setState((s) => (s.reports.some((r) => r.id === report.id) ? s : { reports: [report, ...s.reports].slice(0, MAX_REPORTS) }));
}

export function receiveAnnouncement(text: string, at: number): void {
  useChat.setState({ announcement: { text, at } });
}

export function receiveBoothNotice(boothId: string, notice: BoothNotice | null): void {
  useChat.setState((s) => {
    const boothNotices = { ...s.boothNotices };
    if (notice) boothNotices[boothId] = notice;
    else delete boothNotices[boothId];
    return { boothNotices };
  });
}

export function receiveBoothHearts(boothId: string, count: number): void {
  useChat.setState((s) => (s.boothHearts[boothId] === count ? s : { boothHearts: { ...s.boothHearts, [boothId]: count } }));
}

let reactionSeq = 0;
export function addReaction(kind: EmoteKind, mine: boolean): number {
  const id = ++reactionSeq;
  useChat.setState((s) => ({ reactions: [...s.reactions, { id, kind, mine }].slice(-MAX_REACTIONS) }));
  return id;
}

export function removeReaction(id: number): void {
  useChat.setState((s) => ({ reactions: s.reactions.filter((r) => r.id !== id) }));
}

/** A new visit (another room after a restart keeps lines; leaving the page starts clean). */
export function resetChat(): void {
  useChat.setState(freshVisit());
}
