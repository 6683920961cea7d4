/**
 * "상담 신청" (and "구매 문의" where the enterprise is eligible for priority purchase) under a booth in
 * /list and in the world's booth dialog; "SOS 컨설팅 신청" in /list's center section and at the booth
 * that presents SOS consulting (the world has no other desk of the center's). A button opens the
 * form in place, below it; the form and its schema load only then, so a booth page carries neither.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryKind } from '../../shared/api/inquiry.ts';
import { inquiryTarget } from '../../shared/api/inquiryTarget.ts';
import { findBooth } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import type { Center } from '../../shared/schemas/center.ts';
import { useLang } from '../i18n/index.ts';
import './inquiry.css';

const InquiryForm = lazy(() => import('./InquiryForm.tsx').then((m) => ({ default: m.InquiryForm })));

export type InquiryActionsProps = {
  /** Level of the form's heading. */
  headingLevel: 2 | 3 | 4;
} & ({ catalogue: Catalogue; boothId: string } | { center: Center; sos: true });

const BUTTON_KEY: Record<InquiryKind, string> = { consultation: 'openConsultation', purchase: 'openPurchase', sos: 'openSos' };

export function InquiryActions(props: InquiryActionsProps) {
  const { t } = useTranslation('inquiry');
  const { lang } = useLang();
  const [open, setOpen] = useState<InquiryKind | null>(null);
  const { headingLevel } = props;
  const center = 'sos' in props ? props.center : props.catalogue.center;
  const centerName = center.name[lang];
  let kinds: InquiryKind[];
  let recipient: 'center' | 'enterprise' = 'center';
  let recipientName = centerName;
  let boothId: string | undefined;
  if ('sos' in props) {
    kinds = ['sos'];
  } else {
    const booth = findBooth(props.catalogue, props.boothId);
    if (!booth) return null;
    const target = inquiryTarget(booth);
    kinds = ['consultation', ...(target.purchase ? (['purchase'] as const) : []), ...(target.sos ? (['sos'] as const) : [])];
    recipient = target.recipient;
    if (recipient === 'enterprise') recipientName = booth.summary.title[lang];
    boothId = props.boothId;
  }
  const panelId = `inquiry-panel-${boothId ?? 'sos'}`;
  return (
    <div className="inquiry">
      <div className="inquiry__buttons" role="group" aria-label={t('actionsLabel')}>
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
            className={`button ${open === k ? 'button--primary' : 'button--secondary'}`}
            aria-expanded={open === k}
            aria-controls={panelId}
            onClick={() => setOpen(open === k ? null : k)}
          >
            {t(BUTTON_KEY[k])}
          </button>
        ))}
      </div>
      <div id={panelId}>
        {open ? (
          <Suspense fallback={<p className="status">{t('loadingForm')}</p>}>
            <InquiryForm
              key={open}
              kind={open}
              {...(boothId !== undefined && open !== 'sos' ? { boothId } : {})}
              recipient={open === 'sos' ? 'center' : recipient}
              recipientName={open === 'sos' ? centerName : recipientName}
              center={center}
              headingLevel={headingLevel}
              onClose={() => setOpen(null)}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
