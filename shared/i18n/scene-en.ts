import type { sceneKo } from './scene-ko.ts';

/** English for the 3D world's loading screen; the type makes a missing key a compile error. */
export const sceneEn: { [K in keyof typeof sceneKo]: string } = {
  progressLabel: 'Loading the 3D exhibition',
  stageEngine: '3D engine',
  stageCatalogue: 'Exhibition content',
  stageFont: 'Sign font',
  stageSigns: 'Laying out signs',
  stageFrame: 'First frame',
  stageDone: 'done',
  stageWaiting: 'waiting',
  errorTitle: 'The 3D exhibition could not be opened.',
  retry: 'Try again',
  mascotBubble: 'Where shall we go?',
  directoryTitle: 'Directions',
  infoDeskSign: 'Information',
  toList: 'View as a list',
};
