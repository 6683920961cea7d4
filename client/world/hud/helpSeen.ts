/** The first visit's controls hint is shown once per browser; this remembers that it was seen. */
export const HELP_SEEN_KEY = 'seeot.world.helpSeen';

export function helpSeen(): boolean {
  try {
    return localStorage.getItem(HELP_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function markHelpSeen(): void {
  try {
    localStorage.setItem(HELP_SEEN_KEY, '1');
  } catch {
    // Storage can be unavailable (privacy modes); the hint then shows again next visit, harmless.
  }
}
