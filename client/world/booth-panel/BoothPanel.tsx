import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { BoothSalesSlot } from '../../orders/BoothSalesSlot.tsx';
import { BoothContent } from '../../ui/BoothContent.tsx';
import { LiveVideoSlot } from '../../live/LiveVideoSlot.tsx';
import { ReplaysSlot } from '../../replays/ReplaysSlot.tsx';
import { useBoothEvents } from '../../analytics/boothEvents.ts';
import { BoothPanelHeader } from './BoothPanelHeader.tsx';
import { salesTitleId, useSalesShown } from './useSalesShown.ts';
import { PanelFrame } from './PanelFrame.tsx';
import { usePanelDismiss } from './usePanelDismiss.ts';

export interface BoothPanelProps {
  boothId: string;
  catalogue: Catalogue;
  onClose(): void;
}

/**
 * A booth beside the world, not over it: a side panel on a laptop and a bottom sheet on a phone
 * (boothPanel.css), so the visitor still sees and walks the hall. A non-modal dialog: focus starts
 * at its title and returns to the opener (or the world) on close, but is not trapped; keys typed in
 * it never walk (keymap.ts), keys on the world do. Esc closes from either.
 */
export function BoothPanel({ boothId, catalogue, onClose }: BoothPanelProps) {
  const { t } = useTranslation('world');
  const { l } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const booth = findBooth(catalogue, boothId);
  const titleId = `booth-panel-title-${boothId}`;
  const sales = useSalesShown(scrollRef, boothId);
  useBoothEvents(ref, boothId);
  // Focus returns to the opener on close; Esc on the world closes the panel too.
  usePanelDismiss(ref, onClose);

  // Focus the title on open and on a switch to another booth (the clicked link is gone with the old content).
  useEffect(() => {
    scrollRef.current?.scrollTo?.(0, 0);
    document.getElementById(titleId)?.focus({ preventScroll: true });
  }, [titleId]);

  const buy = () => {
    const heading = document.getElementById(salesTitleId(boothId));
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  return (
    <PanelFrame panelRef={ref} scrollRef={scrollRef} titleId={titleId} expandLabel={t('boothPanelExpand')} shrinkLabel={t('boothPanelShrink')} onClose={onClose}>
      {booth ? (
        <>
          <BoothPanelHeader booth={booth} catalogue={catalogue} titleId={titleId} sales={sales} onBuy={buy} />
          {/* Live lines (the booth's video, a pinned product) go here, under the header. */}
          <LiveVideoSlot boothId={boothId} boothName={l(booth.summary.title)} />
          <div className="booth-panel__more">
            <BoothContent boothId={boothId} headingLevel={2} headless />
            <BoothSalesSlot boothId={boothId} boothName={l(booth.summary.title)} headingLevel={3} />
            <ReplaysSlot boothId={boothId} headingLevel={3} />
          </div>
        </>
      ) : (
        <div className="booth booth--missing">
          <h2 id={titleId} tabIndex={-1}>
            {t('boothNotFoundTitle')}
          </h2>
          <p>{t('boothNotFoundBody', { id: boothId })}</p>
        </div>
      )}
    </PanelFrame>
  );
}
