import type { worldKo } from '../../../shared/i18n/world-ko.ts';

/**
 * Keyboard map as data, keyed by KeyboardEvent.code (the physical key), never by `key`: in 한글
 * input mode W types 'ㅈ' but its code is still 'KeyW', so walking works whatever the IME does.
 */
export type HeldAction = 'forward' | 'back' | 'left' | 'right' | 'run';
export type PressAction = 'interact' | 'help';

export const HELD_KEYS: Readonly<Record<string, HeldAction>> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  ArrowLeft: 'left',
  KeyD: 'right',
  ArrowRight: 'right',
  ShiftLeft: 'run',
  ShiftRight: 'run',
};

export const PRESS_KEYS: Readonly<Record<string, PressAction>> = {
  KeyE: 'interact',
  Enter: 'interact',
  NumpadEnter: 'interact',
  KeyH: 'help',
};

/** Rows for the controls help overlay: which keys, and the i18n key describing them. */
export const HELP_ROWS: readonly { keys: readonly string[]; label: keyof typeof worldKo }[] = [
  { keys: ['W', 'A', 'S', 'D'], label: 'helpMove' },
  { keys: ['↑', '←', '↓', '→'], label: 'helpMoveArrows' },
  { keys: ['Shift'], label: 'helpRun' },
  { keys: ['E', 'Enter'], label: 'helpInteract' },
  { keys: ['H'], label: 'helpHelp' },
  { keys: ['Esc'], label: 'helpClose' },
];

/**
 * True when keys belong to something else: a text field, a select, an editable element, or an open
 * dialog (its own buttons and Esc handling). Walking must never steal typing.
 */
export function keysBelongElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if (target.closest('[role="dialog"], [role="alertdialog"], dialog')) return true;
  return false;
}

/** Buttons and links handle Enter themselves; a world "interact" on Enter would double-fire. */
export function isActivatable(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('button, a[href], [role="button"], summary');
}
