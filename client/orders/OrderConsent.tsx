import { useTranslation } from 'react-i18next';

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

/**
 * One consent as the inquiry form shows it (PIPA art. 15, 17): what for, which items, for how
 * long, to whom, and that refusing is allowed and what it costs, beside its own checkbox, which
 * reads all of it as its description.
 */
export function OrderConsent({ id, consent, enterprise, checked, onChange, error }: OrderConsentProps) {
  const { t } = useTranslation('orders');
  return (
    <div className={`inquiry-consent${error ? ' inquiry-field--invalid' : ''}`}>
      <dl className="inquiry-consent__notice" id={`${id}-notice`}>
        <div>
          <dt>{t('noticePurpose')}</dt>
          <dd>{t(`purpose_${consent}`)}</dd>
        </div>
        <div>
          <dt>{t('noticeItems')}</dt>
          <dd>{t('items')}</dd>
        </div>
        <div>
          <dt>{t('noticeRetention')}</dt>
          <dd>{t('retention')}</dd>
        </div>
        <div>
          <dt>{t('noticeRecipient')}</dt>
          <dd>{consent === 'provision' ? t('recipient_enterprise', { enterprise }) : t('recipient_center')}</dd>
        </div>
      </dl>
      <p className="inquiry-consent__refuse" id={`${id}-refuse`}>
        {t('refuseNote')}
      </p>
      {error ? (
        <p className="inquiry-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="inquiry-consent__check">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={[`${id}-notice`, `${id}-refuse`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          required
        />
        <label htmlFor={id}>
          {t(`consent_${consent}`)} <span className="inquiry__required">({t('required')})</span>
        </label>
      </div>
    </div>
  );
}
