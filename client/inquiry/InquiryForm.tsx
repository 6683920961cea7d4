/**
 * The inquiry form (상담 신청, 구매 문의, SOS 컨설팅), made for a phone: one column, large targets,
 * the keyboards each field needs. Checked with the same schema the server uses; each problem is
 * tied to its input (aria-describedby, aria-invalid) and listed in a summary that takes the focus.
 * Each consent is its own checkbox beside its notice. After sending, the receipt replaces the form.
 * Everything a visitor typed is React text: never HTML.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrors, InquiryBodySchema, type FieldErrorCode, type InquiryBodyInput, type InquiryKind, type InquiryReceipt as Receipt } from '../../shared/api/inquiry.ts';
import { CONSENT_VERSION, consentNotices, DEFAULT_RETENTION_DAYS, type ConsentId, type Recipient } from '../../shared/privacy/notices.ts';
import type { Center } from '../../shared/schemas/center.ts';
import { useLang } from '../i18n/index.ts';
import { FormErrors } from '../ui/FormErrors.tsx';
import { FormField } from '../ui/FormField.tsx';
import { fetchPolicy, sendInquiry } from './api.ts';
import { ConsentField } from './ConsentField.tsx';
import './i18n.ts';
import { InquiryReceipt } from './InquiryReceipt.tsx';

export interface InquiryFormProps {
  kind: InquiryKind;
  /** Absent for sos. */
  boothId?: string;
  recipient: Recipient;
  /** The enterprise's (or the center's) name in the visitor's language. */
  recipientName: string;
  center: Center;
  /** Level of the form's heading in the page or dialog it opens in. */
  headingLevel: 2 | 3 | 4;
  onClose(): void;
}

type TextField = 'name' | 'contact' | 'message' | 'organisation' | 'purpose' | 'quantity' | 'budget' | 'wantedBy';
/** The schema's path of each field: the server's `fields` and zod's issues name these. */
const PATH: Record<TextField, string> = {
  name: 'name',
  contact: 'contact',
  message: 'message',
  organisation: 'purchase.organisation',
  purpose: 'purchase.purpose',
  quantity: 'purchase.quantity',
  budget: 'purchase.budgetWon',
  wantedBy: 'purchase.wantedBy',
};
const PURCHASE_FIELDS: readonly TextField[] = ['organisation', 'purpose', 'quantity', 'budget', 'wantedBy'];
const REQUIRED = new Set<TextField>(['name', 'contact', 'message', 'organisation', 'purpose']);

/** A whole number as typed ("1,000" too); empty is "not given"; anything else fails the schema's int check. */
function wholeNumber(typed: string): number | undefined {
  const s = typed.replace(/[,\s]/g, '');
  if (s === '') return undefined;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

type Problems = Partial<Record<TextField | ConsentId, string>>;

export function InquiryForm({ kind, boothId, recipient, recipientName, center, headingLevel, onClose }: InquiryFormProps) {
  const { t } = useTranslation('inquiryForm');
  const { lang } = useLang();
  const formId = `inquiry-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [values, setValues] = useState<Record<TextField, string>>({ name: '', contact: '', message: '', organisation: '', purpose: '', quantity: '', budget: '', wantedBy: '' });
  const [consents, setConsents] = useState<Record<ConsentId, boolean>>({ collection: false, provision: false });
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [retentionDays, setRetentionDays] = useState(DEFAULT_RETENTION_DAYS);
  const [refused, setRefused] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const notices = consentNotices(kind, recipient);

  // The notices state the retention the server runs with (INQUIRY_RETENTION_DAYS).
  useEffect(() => {
    let live = true;
    void fetchPolicy().then((p) => {
      if (live && p) setRetentionDays(p.retentionDays);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (refused > 0) summaryRef.current?.focus();
  }, [refused]);

  const fields: TextField[] = ['name', 'contact', ...(kind === 'purchase' ? PURCHASE_FIELDS : []), 'message'];
  const id = (f: TextField | ConsentId) => (f === 'collection' || f === 'provision' ? `${formId}-consent-${f}` : `${formId}-${f}`);

  function body(): InquiryBodyInput {
    const purchase =
      kind === 'purchase'
        ? {
            organisation: values.organisation,
            purpose: values.purpose,
            quantity: wholeNumber(values.quantity),
            budgetWon: wholeNumber(values.budget),
            wantedBy: values.wantedBy === '' ? undefined : values.wantedBy,
          }
        : undefined;
    return {
      kind,
      ...(boothId !== undefined ? { boothId } : {}),
      name: values.name,
      contact: values.contact,
      message: values.message,
      ...(purchase ? { purchase } : {}),
      consents: { collection: consents.collection, ...(recipient === 'enterprise' ? { provision: consents.provision } : {}), version: CONSENT_VERSION },
      lang,
    };
  }

  function refuse(next: Problems, sentence: string | null): void {
    setProblems(next);
    setFormError(sentence);
    setRefused((n) => n + 1);
  }

  /** zod's and the server's paths → the form's fields. */
  function fromPaths(codes: Record<string, FieldErrorCode>): Problems {
    const out: Problems = {};
    for (const f of fields) {
      const code = codes[PATH[f]];
      if (code) out[f] = t(`field_${code}`);
    }
    return out;
  }

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (sending) return;
    const local: Problems = {};
    const parsed = InquiryBodySchema.safeParse(body());
    if (!parsed.success) Object.assign(local, fromPaths(fieldErrors(parsed.error)));
    for (const n of notices) if (!consents[n.id]) local[n.id] = t('error_consent_required');
    if (Object.keys(local).length > 0) return refuse(local, null);
    setSending(true);
    const r = await sendInquiry(body());
    setSending(false);
    if (r.ok) {
      setReceipt(r.receipt);
      return;
    }
    if (r.error === 'invalid' && r.fields) return refuse(fromPaths(r.fields), t('error_invalid'));
    const seconds = Math.max(1, Math.ceil((r.retryAfterMs ?? 0) / 1000));
    refuse({}, t(`error_${r.error}`, { seconds }));
  }

  if (receipt) return <InquiryReceipt receipt={receipt} recipient={recipient} enterprise={recipientName} center={center} headingLevel={headingLevel} />;

  const H = `h${headingLevel}` as const;
  const problemList = Object.entries(problems) as [TextField | ConsentId, string][];
  const labelOf = (f: TextField | ConsentId) => (f === 'collection' || f === 'provision' ? t(`consent_${f}`) : t(f));
  return (
    <form className="inquiry-form" id={formId} noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={`${formId}-title`}>
      <H id={`${formId}-title`} className="inquiry-form__title">
        {t(`title_${kind}`, { recipient: recipientName })}
      </H>
      <p className="inquiry-form__intro">{t('intro')}</p>
      {formError || problemList.length > 0 ? (
        <FormErrors
          id={`${formId}-errors`}
          summaryRef={summaryRef}
          title={formError ?? t('formErrors', { count: problemList.length })}
          problems={problemList.map(([f, sentence]) => ({ inputId: id(f), label: labelOf(f), sentence }))}
        />
      ) : null}
      {kind === 'purchase' ? <p className="inquiry-form__group">{t('purchaseTitle')}</p> : null}
      {fields.map((f) => (
        <FormField
          key={f}
          id={id(f)}
          name={f}
          label={t(f)}
          value={values[f]}
          required={REQUIRED.has(f)}
          hint={f === 'contact' ? t('contactHint') : undefined}
          error={problems[f]}
          onValue={(value) => setValues((v) => ({ ...v, [f]: value }))}
          control={(common) =>
            f === 'message' ? (
              <textarea {...common} rows={5} maxLength={2000} />
            ) : f === 'wantedBy' ? (
              <input {...common} type="date" />
            ) : f === 'quantity' || f === 'budget' ? (
              <input {...common} type="text" inputMode="numeric" autoComplete="off" />
            ) : f === 'contact' ? (
              <input {...common} type="text" autoComplete="email" autoCapitalize="off" spellCheck={false} />
            ) : (
              <input {...common} type="text" autoComplete={f === 'name' ? 'name' : f === 'organisation' ? 'organization' : 'off'} />
            )
          }
        />
      ))}
      <fieldset className="inquiry-form__consents">
        <legend>{t('consentsTitle')}</legend>
        {notices.map((n) => (
          <ConsentField
            key={n.id}
            formId={formId}
            notice={n}
            enterprise={recipientName}
            retentionDays={retentionDays}
            checked={consents[n.id]}
            onChange={(on) => setConsents((c) => ({ ...c, [n.id]: on }))}
            error={problems[n.id]}
          />
        ))}
        <p>
          <Link to="/privacy">{t('privacyLink')}</Link>
        </p>
      </fieldset>
      <div className="inquiry-form__actions">
        <button type="submit" className="button button--primary" disabled={sending}>
          {sending ? t('sending') : t('send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
