import { HELD_KEYS, keysBelongElsewhere } from './keymap.ts';
import { releaseAll, type PlayerInput } from './playerInput.ts';

/**
 * Tracks held movement keys by `code` on window. Keys pressed in a text field or a dialog are not
 * ours; focus moving there (or the tab losing focus) releases everything so the player never keeps
 * walking on a key whose keyup we will not see.
 */
export function attachKeyboard(input: PlayerInput, target: Window = window): () => void {
  const onDown = (e: KeyboardEvent) => {
    const action = HELD_KEYS[e.code];
    if (!action || e.ctrlKey || e.metaKey || e.altKey) return;
    if (keysBelongElsewhere(e.target)) return;
    input.held[action] = true;
    // Arrow keys would scroll the page; the world has no scrolling.
    if (e.code.startsWith('Arrow')) e.preventDefault();
  };
  const onUp = (e: KeyboardEvent) => {
    const action = HELD_KEYS[e.code];
    if (action) input.held[action] = false;
  };
  const onFocusIn = (e: FocusEvent) => {
    if (keysBelongElsewhere(e.target)) releaseAll(input);
  };
  const onBlur = () => releaseAll(input);
  target.addEventListener('keydown', onDown);
  target.addEventListener('keyup', onUp);
  target.addEventListener('focusin', onFocusIn);
  target.addEventListener('blur', onBlur);
  return () => {
    target.removeEventListener('keydown', onDown);
    target.removeEventListener('keyup', onUp);
    target.removeEventListener('focusin', onFocusIn);
    target.removeEventListener('blur', onBlur);
  };
}
