import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findBooth } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { InquiryActions } from '../../inquiry/InquiryActions.tsx';
import { BoothSalesSlot } from '../../orders/BoothSalesSlot.tsx';
import { useLang } from '../../i18n/index.ts';
import { BoothContent } from '../../ui/BoothContent.tsx';
import BoothHost from '../../ui/BoothHost.tsx';
import { useFocusTrap, worldFocusTarget } from '../dialog/focusTrap.ts';
import '../dialog/dialogs.css';

export interface BoothDialogProps {
  boothId: string;
  catalogue: Catalogue;
  onClose(): void;
}

const NOT_FOUND_TITLE_ID = 'booth-dialog-missing-title';

/**
 * A booth's content over the world, as a modal dialog (APG pattern): labelled by its heading,
 * focus trapped, Esc closes, focus returns to the opener. On phones it is a full-screen sheet (CSS).
 * Opening and closing go through the URL (see boothRoute.ts), so Back closes it too.
 */
export function BoothDialog({ boothId, catalogue, onClose }: BoothDialogProps) {
  const { t } = useTranslation('world');
  const { l } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const booth = findBooth(catalogue, boothId);
  const found = booth !== undefined;
  const boothName = booth ? l(booth.summary.title) : '';
  // BoothContent gives its title this id; the not-found text below uses its own.
  const titleId = found ? `booth-title-${boothId}` : NOT_FOUND_TITLE_ID;

  // Start at the title (long content: focusing a later control would scroll the top out of view).
  const initial = () => {
    const heading = document.getElementById(titleId);
    if (heading) heading.tabIndex = -1;
    return heading;
  };
  // Closing a deep-linked booth (no opener): focus goes to the world's canvas container.
  useFocusTrap(ref, true, initial, worldFocusTarget);

  // A link inside the content can switch booths while open: start the new one at its top.
  useEffect(() => {
    bodyRef.current?.scrollTo?.(0, 0);
    // The link that was clicked is gone with the old content, so focus would fall to <body>.
    initial()?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boothId, titleId]);

  return (
    <div className="world-dialog__backdrop" onClick={onClose}>
      <div
        ref={ref}
        className="world-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="world-dialog__bar">
          <button type="button" className="world-dialog__close" onClick={onClose} title={t('dialogCloseHint')}>
            <span aria-hidden="true">×</span> {t('dialogClose')}
          </button>
        </div>
        {/* Focusable so keyboard users can scroll long tables (axe: scrollable-region-focusable). */}
        <div ref={bodyRef} className="world-dialog__body" tabIndex={0}>
          {found ? (
            <>
              <BoothHost boothId={boothId} />
              <BoothContent boothId={boothId} headingLevel={2} />
              <BoothSalesSlot boothId={boothId} boothName={boothName} headingLevel={3} />
              <InquiryActions catalogue={catalogue} boothId={boothId} headingLevel={3} />
            </>
          ) : (
            <div className="booth booth--missing">
              <h2 id={NOT_FOUND_TITLE_ID}>{t('boothNotFoundTitle')}</h2>
              <p>{t('boothNotFoundBody', { id: boothId })}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
