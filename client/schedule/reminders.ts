/**
 * Reminders a visitor asked for on an open page: when each event starts, a notice on the page, and a
 * system notification if the visitor allowed them. Nothing is stored: a reminder lives as long as the
 * page (the calendar file is the lasting one).
 */

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

/** Asks for system notifications when the browser has them and has not been answered; the in-page notice works either way. */
export async function askNotifications(): Promise<void> {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  try {
    await Notification.requestPermission();
  } catch {
    // Refused or unsupported here (some browsers need a secure page): the in-page notice remains.
  }
}

/** A system notification, if allowed; never throws (a phone's browser may only notify through a service worker). */
export function notify(title: string, body: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    new Notification(title, { body });
  } catch {
    // The in-page notice already says it.
  }
}
