/**
 * System notifications for the page's notices (a live starting: live/LiveAlerts.tsx; an event
 * reminded: schedule/EventReminders.tsx). The in-page notice comes either way; these only add the
 * system's, where the visitor allowed it.
 */

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
