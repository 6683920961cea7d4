import { useTranslation } from 'react-i18next';
import { useBoothRoute } from './boothRoute.ts';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery.ts';
import { useWorld, useWorldState } from '../state/context.ts';
import { GuidePanel } from '../guide/GuidePanel.tsx';
import { useGuideWatch } from '../guide/useGuideWatch.ts';

/** A signpost: the guide's button in the toolbar (inline SVG like the HUD's other pictograms). */
function GuideIcon() {
  return (
    <svg className="hud-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M12 3v18M12 5h6l2.5 2.5L18 10h-6M12 12H6l-2.5 2.5L6 17h6" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * 시웃이 the guide in the HUD: one icon button in the toolbar (the same panel clicking him in the
 * plaza opens; one tap on a phone), his panel while open and no booth or info desk panel holds its
 * place, and the watcher that redraws or clears his path. Marked while a way is shown.
 */
export function GuideHud() {
  const { store } = useWorld();
  const { t } = useTranslation('world');
  const narrow = useMediaQuery(NARROW_QUERY);
  const open = useWorldState((s) => s.guideOpen);
  const guiding = useWorldState((s) => s.guide !== null);
  const deskOpen = useWorldState((s) => s.infoDeskOpen);
  const { boothId } = useBoothRoute();
  useGuideWatch();
  return (
    <>
      <button
        type="button"
        className={`btn-pill world-hud__button world-hud__guide${guiding ? ' world-hud__guide--on' : ''}`}
        aria-expanded={open}
        title={t('guideButton')}
        onClick={() => store.getState().setGuideOpen(!open)}
      >
        <GuideIcon />
        <span className="visually-hidden">{t('guideButton')}</span>
      </button>
      {open && !boothId && !deskOpen ? <GuidePanel narrow={narrow} onClose={() => store.getState().setGuideOpen(false)} /> : null}
    </>
  );
}
