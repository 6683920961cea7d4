import { useEffect, useRef, type RefObject } from 'react';
import { worldFocusTarget } from '../dialog/focusTrap.ts';
import { keysBelongElsewhere } from '../input/keymap.ts';

/**
 * What every panel beside the world does (the booth panel, the info desk): on close, focus goes back
 * to the opener (or to the world after a deep link or a walk-up), and Esc closes it, typed in the
 * panel or on the world, never while typing elsewhere.
 */
export function usePanelDismiss(ref: RefObject<HTMLElement | null>, onClose: () => void): void {
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      const back = previous && previous !== document.body && previous.isConnected ? previous : worldFocusTarget();
      back?.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.isComposing || e.defaultPrevented) return;
      const inPanel = e.target instanceof Node && ref.current?.contains(e.target);
      if (!inPanel && keysBelongElsewhere(e.target)) return;
      e.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ref]);
}
