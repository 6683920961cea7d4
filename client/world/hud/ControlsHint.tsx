import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorld } from '../state/context.ts';
import { markHelpSeen } from './helpSeen.ts';

/** How long the hint stays before it fades: long enough to read two short lines, then the world's. */
const SHOW_MS = 7000;
/** The fade itself (hint.css); with reduced motion there is none and the hint simply goes. */
const FADE_MS = 800;
const REDUCED = '(prefers-reduced-motion: reduce)';

/**
 * The first visit's controls, as one short line over the world right after the entry: not a dialog,
 * so nothing stands between the nickname and walking. It takes no pointer events, is read once by
 * screen readers (role=status) and goes on its own; the full card stays behind "?" and H. Shown
 * once per browser (the same "seen" flag the card used to use). Screen readers hear it through the
 * HUD's one polite status line (a live region that mounts with its text is often not read), so the
 * drawn copy is hidden from them.
 */
export function ControlsHint({ coarse, onGone }: { coarse: boolean; onGone(): void }) {
  const { t } = useTranslation('world');
  const { store } = useWorld();
  const [fading, setFading] = useState(false);
  const main = t(coarse ? 'hintTouch' : 'hintKeys');
  const more = t(coarse ? 'hintMoreTouch' : 'hintMoreKeys');

  useEffect(() => {
    markHelpSeen();
    store.getState().announce(`${main}. ${more}`);
    // Once, when it appears: a language switch while it shows redraws it without a second reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    const reduced = typeof matchMedia === 'function' && matchMedia(REDUCED).matches;
    const fade = setTimeout(() => setFading(true), SHOW_MS);
    const gone = setTimeout(onGone, reduced ? SHOW_MS : SHOW_MS + FADE_MS);
    return () => {
      clearTimeout(fade);
      clearTimeout(gone);
    };
  }, [onGone]);

  return (
    <div className={`world-hint${fading ? ' world-hint--fading' : ''}`} aria-hidden="true" data-testid="controls-hint">
      <p className="world-hint__main">{main}</p>
      <p className="world-hint__more">{more}</p>
    </div>
  );
}
