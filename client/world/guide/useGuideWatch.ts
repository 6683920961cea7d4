import { addAfterEffect } from '@react-three/fiber';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasArrived, hasStrayed } from '../../../shared/world/guide.ts';
import { useWorld } from '../state/context.ts';
import { planGuide } from '../state/guiding.ts';

/**
 * Keeps 시웃이's path honest from R3F's loop (after each frame, like the nearby-booth watcher):
 * arriving clears it (and says so), straying more than a few metres or a new venue layout redraws it
 * from where the visitor stands. Only those changes touch the store; the checks allocate nothing.
 */
export function useGuideWatch(): void {
  const { store, frame } = useWorld();
  const { t } = useTranslation('world');
  useEffect(() => {
    const off = addAfterEffect(() => {
      const s = store.getState();
      const g = s.guide;
      if (!g) return;
      const p = frame.player.position;
      if (g.layout === s.layout && hasArrived(g.goal, p)) {
        s.setGuide(null);
        s.announce(t('guideArrived'));
        return;
      }
      if (g.layout !== s.layout || hasStrayed(g.route, p)) {
        // Unreachable now (a booth moved into the way): the path goes rather than lie.
        s.setGuide(planGuide(s.layout, g.target, p));
      }
    });
    return off;
  }, [store, frame, t]);
}
