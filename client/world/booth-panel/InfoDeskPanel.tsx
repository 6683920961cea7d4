import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center } from '../../../shared/schemas/center.ts';
import { CenterSection } from '../../center/CenterSection.tsx';
import { usePanelDismiss } from './usePanelDismiss.ts';
import './boothPanel.css';
import './infoDeskPanel.css';

/** The id CenterSection gives its heading: the panel's label and where focus starts. */
const TITLE_ID = 'center-title';

/**
 * The plaza's info desk as a panel beside the world, built like the booth panel (same frame, grip,
 * close bar, focus and Esc rules): the center's introduction, facts and contacts exactly as `/list`
 * shows them (CenterSection), so the world says nothing the catalogue does not.
 */
export function InfoDeskPanel({ center, onClose }: { center: Center; onClose(): void }) {
  const { t } = useTranslation('world');
  const ref = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  usePanelDismiss(ref, onClose);
  useEffect(() => {
    const title = document.getElementById(TITLE_ID);
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }, []);

  return (
    <div ref={ref} className={`booth-panel info-desk-panel${expanded ? ' booth-panel--expanded' : ''}`} role="dialog" aria-labelledby={TITLE_ID}>
      <button
        type="button"
        className="booth-panel__grip"
        aria-expanded={expanded}
        aria-label={expanded ? t('infoDeskShrink') : t('infoDeskExpand')}
        onClick={() => setExpanded(!expanded)}
      >
        <span aria-hidden="true" />
      </button>
      {/* Focusable so keyboard users can scroll the text (axe: scrollable-region-focusable). */}
      <div className="booth-panel__scroll" tabIndex={0}>
        <CenterSection center={center} />
      </div>
      <div className="booth-panel__bar">
        <button type="button" className="booth-panel__close" onClick={onClose} title={t('dialogCloseHint')}>
          <span aria-hidden="true">×</span> {t('dialogClose')}
        </button>
      </div>
    </div>
  );
}
