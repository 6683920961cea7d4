import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportQueue } from './ReportQueue.tsx';
import type { StaffInfo } from './useStaff.ts';
import { VisitorList } from './VisitorList.tsx';
import './moderation.css';

/**
 * The minimal moderation overlay of /world, for a signed-in staff account only: a button at the
 * bottom right that opens a panel with the report queue and the shard's visitors. Non-modal (staff
 * keep watching the hall and the chat while it is open); it covers the mini-map while open.
 */
export function ModerationOverlay({ staff }: { staff: StaffInfo }) {
  const { t } = useTranslation('chat');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="mod-overlay">
      <button type="button" className="btn-pill mod-toggle" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        {open ? t('modClose') : t('modTitle')}
        {open ? null : <span className="mod-toggle__name">{staff.name}</span>}
      </button>
      {open ? (
        <section id={panelId} className="mod-panel" aria-label={t('modTitle')}>
          <h2 className="mod-panel__title">
            {t('modTitle')} <span className="mod-panel__who">{staff.name}</span>
          </h2>
          <ReportQueue />
          <VisitorList />
        </section>
      ) : null}
    </div>
  );
}
