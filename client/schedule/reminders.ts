/**
 * Reminders a visitor asked for on an open page: when each event starts, a notice on the page, and a
 * system notification if the visitor allowed them. Nothing is stored: a reminder lives as long as the
 * page (the calendar file is the lasting one).
 */
import { create } from 'zustand';
import type { FairEvent } from '../../shared/api/fairs.ts';
import { askNotifications } from '../ui/notifications.ts';

/**
 * setTimeout's longest delay (about 24.8 days); a later start is not reminded by a page, which is
 * not open that long anyway.
 */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** How long until `startsAt` from `now`, or null when a page's timer cannot reach it (past, or too far). */
export function reminderDelay(startsAt: string, now: number): number | null {
  const ms = Date.parse(startsAt) - now;
  return ms >= 0 && ms <= MAX_DELAY_MS ? ms : null;
}

interface RemindersState {
  /** The events the visitor asked about, by id. */
  asked: ReadonlySet<number>;
  /** Events that started with a reminder set, until the visitor dismisses the notice. */
  started: readonly FairEvent[];
  /** Sets the reminder (timer of the page) and asks for system notifications once. */
  remind(event: FairEvent): void;
  dismiss(eventId: number): void;
}

/**
 * The page's reminders, one store for every schedule on it (/list's section, the world's panel), so
 * a reminder set in a panel still speaks after the panel is closed. EventReminders.tsx shows them.
 */
export const useReminders = create<RemindersState>((set, get) => ({
  asked: new Set(),
  started: [],
  remind: (event) => {
    const delay = reminderDelay(event.startsAt, Date.now());
    if (delay === null || get().asked.has(event.id)) return;
    set({ asked: new Set([...get().asked, event.id]) });
    setTimeout(() => set({ started: [...get().started.filter((e) => e.id !== event.id), event] }), delay);
    void askNotifications();
  },
  dismiss: (eventId) => set({ started: get().started.filter((e) => e.id !== eventId) }),
}));
