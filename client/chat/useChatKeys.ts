import { useEffect, useRef } from 'react';
import { isActivatable, keysBelongElsewhere } from '../world/input/keymap.ts';

/**
 * World keys into the chat box: T always, Enter when nothing else wants it (the HUD opens the booth
 * the visitor stands at with Enter, so there Enter stays the booth's and T is the way to chat).
 * Both by `code`, so they work in 한글 mode too; the T keydown is swallowed so no 'ㅅ' lands in the
 * box. Nothing while typing elsewhere, inside a dialog, or on a focused button/link.
 */
export function useChatKeys(enabled: boolean, focusChat: () => void, enterIsFree: () => boolean): void {
  const latest = useRef({ focusChat, enterIsFree });
  useEffect(() => {
    latest.current = { focusChat, enterIsFree };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented) return;
      if (keysBelongElsewhere(e.target)) return;
      const enter = e.code === 'Enter' || e.code === 'NumpadEnter';
      if (e.code !== 'KeyT' && !enter) return;
      if (enter && (isActivatable(e.target) || !latest.current.enterIsFree())) return;
      e.preventDefault();
      latest.current.focusChat();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
