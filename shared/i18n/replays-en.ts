import type { replaysKo } from './replays-ko.ts';

/** English for namespace 'replays'; the type makes a missing key a compile error. */
export const replaysEn: { [K in keyof typeof replaysKo]: string } = {
  title: 'Replays',
  videoLabel: 'Replay of the live on {{date}}',
  length: 'Length {{length}}',
  tagsTitle: 'Products shown in this live',
  tagJump: '{{time}} {{name}}, play from here',
  studioHint: "When a live ends, its recording is added to the booth's replays. A deleted replay cannot be restored.",
  studioEmpty: 'No replays yet.',
  remove: 'Delete the replay of {{date}}',
  confirmRemove: 'Delete the replay of {{date}}? Its video and product tags go with it.',
  confirm: 'Delete',
  cancel: 'Cancel',
  removed: 'The replay was deleted.',
  error_unauthorized: 'Please sign in again.',
  error_csrf: 'The security check expired. Reload the page and try again.',
  error_forbidden: "You may not delete this booth's replays.",
  error_not_found: 'This replay was already deleted.',
  error_unavailable: 'It cannot be deleted right now. Please try again shortly.',
  error_network: 'No network connection. Check it and try again.',
};
