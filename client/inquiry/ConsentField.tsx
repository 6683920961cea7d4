import { useTranslation } from 'react-i18next';
import type { ConsentNotice } from '../../shared/privacy/notices.ts';

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

/**
 * One consent as Korean privacy law asks it (PIPA art. 15, 17): what for, which items, for how
 * long, to whom, and that refusing is allowed (and what it costs), shown beside its own checkbox,
 * which reads all of it as its description.
 */
export function ConsentField({ formId, notice, enterprise, retentionDays, checked, onChange, error }: ConsentFieldProps) {
  const { t } = useTranslation('inquiryForm');
  const { t: ti } = useTranslation('inquiry');
  const id = `${formId}-consent-${notice.id}`;
  const items = notice.items.map((i) => ti(`item_${i}`)).join(ti('itemsJoin'));
  return (
    <div className={`inquiry-consent${error ? ' inquiry-field--invalid' : ''}`}>
      <dl className="inquiry-consent__notice" id={`${id}-notice`}>
        <div>
          <dt>{t('noticePurpose')}</dt>
          <dd>{ti(notice.purposeKey)}</dd>
        </div>
        <div>
          <dt>{t('noticeItems')}</dt>
          <dd>{items}</dd>
        </div>
        <div>
          <dt>{t('noticeRetention')}</dt>
          <dd>{t('retention', { days: retentionDays })}</dd>
        </div>
        <div>
          <dt>{t('noticeRecipient')}</dt>
          <dd>{t(notice.recipientKey, { enterprise })}</dd>
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
          {t(`consent_${notice.id}`)} <span className="inquiry__required">({t('required')})</span>
        </label>
      </div>
    </div>
  );
}
