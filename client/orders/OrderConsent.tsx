import { useTranslation } from 'react-i18next';
import { ConsentBox } from '../ui/ConsentBox.tsx';

export type OrderConsentId = 'collection' | 'provision';

export interface OrderConsentProps {
  /** The checkbox's id; its notice, refusal note and error hang off it. */
  id: string;
  consent: OrderConsentId;
  /** The selling enterprise's name: it receives the buyer's details (a third party). */
  enterprise: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Already translated. */
  error?: string | undefined;
}

/** One of the buy form's consents, in the words of the orders namespace. */
export function OrderConsent({ id, consent, enterprise, checked, onChange, error }: OrderConsentProps) {
  const { t } = useTranslation('orders');
  const words = {
    purposeTitle: t('noticePurpose'),
    purpose: t(`purpose_${consent}`),
    itemsTitle: t('noticeItems'),
    items: t('items'),
    retentionTitle: t('noticeRetention'),
    retention: t('retention'),
    recipientTitle: t('noticeRecipient'),
    recipient: consent === 'provision' ? t('recipient_enterprise', { enterprise }) : t('recipient_center'),
    refuseNote: t('refuseNote'),
    label: t(`consent_${consent}`),
    required: t('required'),
  };
  return <ConsentBox id={id} words={words} checked={checked} onChange={onChange} error={error} />;
}
