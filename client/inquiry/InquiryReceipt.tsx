import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InquiryReceipt as Receipt } from '../../shared/api/inquiry.ts';
import type { Recipient } from '../../shared/privacy/notices.ts';
import type { Center } from '../../shared/schemas/center.ts';
import { useLang } from '../i18n/index.ts';

export interface InquiryReceiptProps {
  receipt: Receipt;
  recipient: Recipient;
  enterprise: string;
  center: Center;
  headingLevel: 2 | 3 | 4;
}

/** The day in Korea, as the visitor's calendar shows it. */
function kstDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'long', timeZone: 'Asia/Seoul' }).format(new Date(iso));
}

/**
 * What the visitor keeps after sending: the reference number, who answers and how, whether a copy
 * was emailed, when the data is erased and how to have it erased sooner. It takes the focus, so a
 * screen reader reads it at once.
 */
export function InquiryReceipt({ receipt, recipient, enterprise, center, headingLevel }: InquiryReceiptProps) {
  const { t } = useTranslation('inquiryForm');
  const { lang } = useLang();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const H = `h${headingLevel}` as const;
  return (
    <section className="inquiry-receipt" ref={ref} tabIndex={-1} aria-labelledby="inquiry-receipt-title">
      <H id="inquiry-receipt-title">{t('receiptTitle')}</H>
      <p className="inquiry-receipt__reference">
        {t('receiptReference')}: <strong data-testid="inquiry-reference">{receipt.reference}</strong>
      </p>
      <p>{t('receiptKeep')}</p>
      <p>{recipient === 'enterprise' ? t('receiptNext_enterprise', { enterprise }) : t('receiptNext_center')}</p>
      {receipt.emailed ? <p>{t('receiptEmailed')}</p> : null}
      <p>
        {t('receiptRetention', { date: kstDate(receipt.deleteAfter, lang) })} {t('receiptDeletion', { email: center.email, phone: center.phone })}
      </p>
      <p>
        <Link to="/privacy">{t('privacyLink')}</Link>
      </p>
    </section>
  );
}
