import type { worldKo } from './world-ko.ts';

/** English for namespace 'world'; the type makes a missing key a compile error. */
export const worldEn: { [K in keyof typeof worldKo]: string } = {
  loading: 'Loading the 3D exhibition…',
  enter: 'Enter',

  hudLabel: 'Exhibition tools',
  toList: 'List view',
  toListHint: 'Read the exhibition as a list, without 3D',

  promptOpen: 'Open booth',
  promptKeys: 'E or Enter',
  promptTap: 'Tap to open',
  dialogClose: 'Close',
  dialogCloseHint: 'Esc also closes',
  boothNotFoundTitle: 'Booth not found',
  boothNotFoundBody: 'There is no booth “{{id}}” in this exhibition. Try the map or the search to find another.',

  mapTitle: 'Exhibition map',
  mapShow: 'Show map',
  mapHide: 'Hide map',
  mapYouAreHere: 'You are here',
  mapGoAreas: 'Go to an area',
  mapGoBooths: 'Go to a booth',
  mapBooths: 'Booths',

  searchMoved: 'Moved to {{name}}',

  helpButton: 'Controls',
  helpTitle: 'Controls',
  helpIntro: 'Walk around and visit the booths. A prompt appears when you stand in front of one.',
  helpKeyboard: 'Keyboard',
  helpMouse: 'Mouse',
  helpTouch: 'Touch',
  helpMove: 'Walk',
  helpMoveArrows: 'Walk (arrow keys)',
  helpRun: 'Hold to run',
  helpInteract: 'Open the nearby booth',
  helpHelp: 'Open or close this help',
  helpClose: 'Close a panel',
  helpClickFloor: 'Click the floor to walk there',
  helpDragLook: 'Drag to look around',
  helpClickBooth: 'Click a booth to open it',
  helpJoystick: 'Push the joystick at the bottom left to walk (all the way to run)',
  helpTapFloor: 'Tap the floor to walk there',
  helpSwipeLook: 'Swipe to look around',
  helpTapBooth: 'Tap a booth to open it',
  helpMapHint: 'Choose an area or booth on the map to go there at once.',
  helpStart: 'Start',

  joystickLabel: 'Movement joystick',
  joystickHint: 'Drag to walk',
};
