import { useTranslation } from 'react-i18next';
import type { ConsentNotice } from '../../shared/privacy/notices.ts';
import { ConsentBox } from '../ui/ConsentBox.tsx';

export interface ConsentFieldProps {
  formId: string;
  notice: ConsentNotice;
  /** The enterprise's name, for the provision notice's recipient. */
  enterprise: string;
  retentionDays: number;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Already translated. */
  error?: string | undefined;
}

/** One of the inquiry form's consents, from its notice (shared/privacy/notices.ts). */
export function ConsentField({ formId, notice, enterprise, retentionDays, checked, onChange, error }: ConsentFieldProps) {
  const { t } = useTranslation('inquiryForm');
  const { t: ti } = useTranslation('inquiry');
  const words = {
    purposeTitle: t('noticePurpose'),
    purpose: ti(notice.purposeKey),
    itemsTitle: t('noticeItems'),
    items: notice.items.map((i) => ti(`item_${i}`)).join(ti('itemsJoin')),
    retentionTitle: t('noticeRetention'),
    retention: t('retention', { days: retentionDays }),
    recipientTitle: t('noticeRecipient'),
    recipient: t(notice.recipientKey, { enterprise }),
    refuseNote: t('refuseNote'),
    label: t(`consent_${notice.id}`),
    required: t('required'),
  };
  return <ConsentBox id={`${formId}-consent-${notice.id}`} words={words} checked={checked} onChange={onChange} error={error} />;
}
