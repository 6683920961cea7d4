import type { replaysKo } from './replays-ko.ts';

/** English for namespace 'replays'; the type makes a missing key a compile error. */
export const replaysEn: { [K in keyof typeof replaysKo]: string } = {
  title: 'Replays',
  videoLabel: 'Replay of the live on {{date}}',
  length: 'Length {{length}}',
  tagsTitle: 'Products shown in this live',
  tagJump: '{{time}} {{name}}, play from here',
};
