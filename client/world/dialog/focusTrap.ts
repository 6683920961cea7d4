import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The world's canvas container (WorldCanvas: tabIndex -1, labelled): focus goes back there when a dialog closes and its opener is gone. */
export function worldFocusTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-world-canvas]') ?? document.querySelector<HTMLElement>('main');
}

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('inert') && el.getClientRects().length > 0,
  );
}

/**
 * Keeps Tab and Shift+Tab inside `ref` while `active`, and pulls focus back if it escapes (e.g. a
 * click on the canvas behind a non-full-screen panel). Returns focus to where it was (or to
 * `fallback()`) when deactivated, as the APG dialog pattern asks.
 */
export function useFocusTrap(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
  initial: () => HTMLElement | null,
  fallback: () => HTMLElement | null,
): void {
  useEffect(() => {
    const root = ref.current;
    if (!active || !root) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initial() ?? focusables(root)[0] ?? root).focus({ preventScroll: true });

    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const list = focusables(root);
      if (list.length === 0) {
        e.preventDefault();
        return;
      }
      const first = list[0]!;
      const last = list[list.length - 1]!;
      const at = document.activeElement;
      if (e.shiftKey && (at === first || !root.contains(at))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (at === last || !root.contains(at))) {
        e.preventDefault();
        first.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      if (e.target instanceof Node && !root.contains(e.target)) (focusables(root)[0] ?? root).focus();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      const back = previous && previous !== document.body && previous.isConnected ? previous : fallback();
      back?.focus({ preventScroll: true });
    };
    // initial/fallback are read once per activation on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, ref]);
}
