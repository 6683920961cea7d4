import { useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './boothPanel.css';

export interface PanelFrameProps {
  /** The dialog element (focus and Esc rules: usePanelDismiss, by the caller). */
  panelRef: RefObject<HTMLDivElement | null>;
  scrollRef?: RefObject<HTMLDivElement | null>;
  /** Added to `booth-panel` (a panel's own look). */
  className?: string;
  titleId: string;
  /** The grip's name, shrunk and expanded (a phone's sheet). */
  expandLabel: string;
  shrinkLabel: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * The frame the world's panels share (the booth panel, the info desk): a non-modal dialog beside the
 * world on a laptop, a bottom sheet on a phone whose grip takes it to the full screen
 * (boothPanel.css), a scrolling body, and the close bar under the thumb.
 */
export function PanelFrame({ panelRef, scrollRef, className, titleId, expandLabel, shrinkLabel, onClose, children }: PanelFrameProps) {
  const { t } = useTranslation('world');
  const [expanded, setExpanded] = useState(false);
  return (
    <div ref={panelRef} className={`booth-panel${className ? ` ${className}` : ''}${expanded ? ' booth-panel--expanded' : ''}`} role="dialog" aria-labelledby={titleId}>
      <button type="button" className="booth-panel__grip" aria-expanded={expanded} aria-label={expanded ? shrinkLabel : expandLabel} onClick={() => setExpanded(!expanded)}>
        <span aria-hidden="true" />
      </button>
      {/* Focusable so keyboard users can scroll long text and tables (axe: scrollable-region-focusable). */}
      <div ref={scrollRef} className="booth-panel__scroll" tabIndex={0}>
        {children}
      </div>
      <div className="booth-panel__bar">
        <button type="button" className="booth-panel__close" onClick={onClose} title={t('dialogCloseHint')}>
          <span aria-hidden="true">×</span> {t('dialogClose')}
        </button>
      </div>
    </div>
  );
}
