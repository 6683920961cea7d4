import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Center } from '../../../shared/schemas/center.ts';
import { CenterSection } from '../../center/CenterSection.tsx';
import { PanelFrame } from './PanelFrame.tsx';
import { usePanelDismiss } from './usePanelDismiss.ts';
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
  usePanelDismiss(ref, onClose);
  useEffect(() => {
    const title = document.getElementById(TITLE_ID);
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }, []);

  return (
    <PanelFrame panelRef={ref} className="info-desk-panel" titleId={TITLE_ID} expandLabel={t('infoDeskExpand')} shrinkLabel={t('infoDeskShrink')} onClose={onClose}>
      <CenterSection center={center} />
    </PanelFrame>
  );
}
