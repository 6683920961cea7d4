/**
 * Buying one listing, made for a phone and shaped like the inquiry form: one column, the keyboards
 * each field needs, checked with the contract's schema before sending, each problem beside its
 * field and in a summary that takes the focus, each consent beside its notice, and the plain notice
 * that nothing is paid online. A refused order keeps everything typed. An attempt's idempotency key
 * is kept until the server has answered it, so "다시 시도" after a lost answer can never order twice.
 * Everything typed is React text: never HTML.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_CONSENT_VERSION, OrderBodySchema, orderFieldErrors, QUANTITY_MAX, type OrderBodyInput, type OrderFieldErrorCode, type OrderView, type PublicListing } from '../../shared/api/orders.ts';
import { useLang } from '../i18n/index.ts';
import { FormErrors } from '../ui/FormErrors.tsx';
import { FormField } from '../ui/FormField.tsx';
import { newAttemptKey } from './attemptKey.ts';
import { wonDigits } from './format.ts';
import { OrderConsent, type OrderConsentId } from './OrderConsent.tsx';
import { placeOrder } from './ordersApi.ts';
import type { OrdersFailure } from './ordersHttp.ts';
import '../inquiry/inquiry.css';
import './orders.css';

export interface BuyFormProps {
  /** The listing as last read (stock and price follow it while the form is open). */
  listing: PublicListing;
  /** The selling enterprise's name (the provision consent's recipient). */
  enterprise: string;
  headingLevel: 3 | 4 | 5;
  onOrdered(order: OrderView): void;
  /** The server said the stock or price changed: read the listing again. */
  onStale(): void;
  onClose(): void;
}

type TextField = 'quantity' | 'buyerName' | 'phone' | 'address' | 'postcode';
const FIELDS: readonly TextField[] = ['quantity', 'buyerName', 'phone', 'address', 'postcode'];
const REQUIRED = new Set<TextField>(['quantity', 'buyerName', 'phone', 'address']);
const CONSENTS: readonly OrderConsentId[] = ['collection', 'provision'];
type Problems = Partial<Record<TextField | OrderConsentId, string>>;

/** A whole number as typed; anything else fails the schema's int check. */
function wholeNumber(typed: string): number {
  const s = typed.replace(/[,\s]/g, '');
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

export function BuyForm({ listing, enterprise, headingLevel, onOrdered, onStale, onClose }: BuyFormProps) {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  const formId = `buy-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [values, setValues] = useState<Record<TextField, string>>({ quantity: '1', buyerName: '', phone: '', address: '', postcode: '' });
  const [consents, setConsents] = useState<Record<OrderConsentId, boolean>>({ collection: false, provision: false });
  const [problems, setProblems] = useState<Problems>({});
  const [formError, setFormError] = useState<string | null>(null);
  /** The last answer was lost (no answer): "다시 시도" sends the same attempt again. */
  const [lost, setLost] = useState(false);
  const [sending, setSending] = useState(false);
  const [refused, setRefused] = useState(0);
  const attemptKey = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused > 0) summaryRef.current?.focus();
  }, [refused]);

  const id = (f: TextField | OrderConsentId) => `${formId}-${f}`;
  const max = Math.min(listing.stockLeft, QUANTITY_MAX);
  const quantity = wholeNumber(values.quantity);
  const won = (n: number) => t('priceWon', { price: wonDigits(n, lang) });

  function body(key: string): OrderBodyInput {
    return {
      listingId: listing.id,
      quantity,
      expectedUnitPriceWon: listing.unitPriceWon,
      buyerName: values.buyerName,
      phone: values.phone,
      address: values.address,
      ...(values.postcode.trim() !== '' ? { postcode: values.postcode } : {}),
      consents: { ...consents, version: ORDER_CONSENT_VERSION },
      idempotencyKey: key,
      lang,
    };
  }

  function refuse(next: Problems, sentence: string | null): void {
    setProblems(next);
    setFormError(sentence);
    setRefused((n) => n + 1);
  }

  /** Schema paths (zod's and the server's) → the form's fields. */
  function fromPaths(codes: Record<string, OrderFieldErrorCode>): Problems {
    const out: Problems = {};
    for (const f of FIELDS) if (codes[f]) out[f] = t(`field_${codes[f]}`);
    for (const c of CONSENTS) if (codes[`consents.${c}`]) out[c] = t('error_consent_required');
    return out;
  }

  function stockProblem(left: number): string {
    return left === 0 ? t('error_sold_out') : t('error_not_enough_stock', { count: left });
  }

  function explain(r: OrdersFailure): void {
    if (r.error === 'invalid' && r.fields) return refuse(fromPaths(r.fields), t('error_invalid'));
    if (r.error === 'sold_out' || r.error === 'not_enough_stock') {
      onStale();
      const sentence = stockProblem(r.stockLeft ?? 0);
      return refuse({ quantity: sentence }, sentence);
    }
    if (r.error === 'price_changed' || r.error === 'deal_ended') {
      onStale();
      return refuse({}, t(`error_${r.error}`, { price: wonDigits(r.unitPriceWon ?? listing.unitPriceWon, lang) }));
    }
    if (r.error === 'consent_required') return refuse(Object.fromEntries(CONSENTS.filter((c) => !consents[c]).map((c) => [c, t('error_consent_required')])), t('error_consent_required'));
    const seconds = Math.max(1, Math.ceil((r.retryAfterMs ?? 0) / 1000));
    refuse({}, t(`error_${r.error}`, { seconds }));
  }

  async function send(): Promise<void> {
    if (sending) return;
    const local: Problems = {};
    // The key is not part of what the visitor typed: any well-formed one checks the rest.
    const parsed = OrderBodySchema.safeParse(body(attemptKey.current ?? newAttemptKey()));
    if (!parsed.success) Object.assign(local, fromPaths(orderFieldErrors(parsed.error)));
    // Too few left (as last read): said at the top as well, as the server's refusal would be.
    const short = !local.quantity && quantity > listing.stockLeft ? stockProblem(listing.stockLeft) : null;
    if (short) local.quantity = short;
    for (const c of CONSENTS) if (!consents[c]) local[c] = t('error_consent_required');
    if (Object.keys(local).length > 0) return refuse(local, short);
    // One key per attempt: kept after a lost answer (the retry is the same attempt), dropped once
    // the server has answered, so a corrected form is a new attempt.
    attemptKey.current ??= newAttemptKey();
    setSending(true);
    const r = await placeOrder(body(attemptKey.current));
    setSending(false);
    setLost(!r.ok && r.error === 'network');
    if (!r.ok && r.error === 'network') return refuse({}, t('error_network'));
    attemptKey.current = null;
    if (r.ok) return onOrdered(r.data);
    explain(r);
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };

  const H = `h${headingLevel}` as const;
  const problemList = Object.entries(problems) as [TextField | OrderConsentId, string][];
  const labelOf = (f: TextField | OrderConsentId) => (f === 'collection' || f === 'provision' ? t(`consent_${f}`) : t(f));
  return (
    <form className="inquiry-form buy-form" id={formId} noValidate onSubmit={onSubmit} aria-labelledby={`${formId}-title`}>
      <H id={`${formId}-title`} className="inquiry-form__title">
        {t('buyTitle', { name: listing.name })}
      </H>
      {formError || problemList.length > 0 ? (
        <FormErrors
          id={`${formId}-errors`}
          summaryRef={summaryRef}
          title={formError ?? t('formErrors', { count: problemList.length })}
          problems={problemList.map(([f, sentence]) => ({ inputId: id(f), label: labelOf(f), sentence }))}
        >
          {lost ? (
            <button type="button" className="button button--primary" onClick={() => void send()} disabled={sending}>
              {t('retry')}
            </button>
          ) : null}
        </FormErrors>
      ) : null}
      <section className="buy-form__payment" aria-labelledby={`${formId}-payment`}>
        <p id={`${formId}-payment`} className="inquiry-form__group">
          {t('paymentNoticeTitle')}
        </p>
        <p>{t('paymentNotice', { hours: listing.reservationHours })}</p>
        <p className="inquiry-form__group">{t('transferInstructions')}</p>
        <p className="buy-form__transfer">{listing.transferInstructions}</p>
      </section>
      {FIELDS.map((f) => (
        <FormField
          key={f}
          id={id(f)}
          name={f}
          label={t(f)}
          value={values[f]}
          required={REQUIRED.has(f)}
          hint={f === 'quantity' ? t('quantityHint', { max }) : f === 'phone' ? t('phoneHint') : f === 'postcode' ? t('postcodeHint') : undefined}
          error={problems[f]}
          onValue={(value) => setValues((v) => ({ ...v, [f]: value }))}
          control={(common) =>
            f === 'quantity' ? (
              <input {...common} type="number" inputMode="numeric" min={1} max={Math.max(1, max)} step={1} />
            ) : f === 'phone' ? (
              <input {...common} type="tel" autoComplete="tel" />
            ) : f === 'postcode' ? (
              <input {...common} type="text" inputMode="numeric" autoComplete="postal-code" maxLength={5} />
            ) : f === 'address' ? (
              <input {...common} type="text" autoComplete="street-address" />
            ) : (
              <input {...common} type="text" autoComplete="name" />
            )
          }
        />
      ))}
      <p className="buy-form__total">
        {t('total')}: <strong>{Number.isInteger(quantity) && quantity > 0 ? won(quantity * listing.unitPriceWon) : '—'}</strong>
      </p>
      <fieldset className="inquiry-form__consents">
        <legend>{t('consentsTitle')}</legend>
        {CONSENTS.map((c) => (
          <OrderConsent key={c} id={id(c)} consent={c} enterprise={enterprise} checked={consents[c]} onChange={(on) => setConsents((v) => ({ ...v, [c]: on }))} error={problems[c]} />
        ))}
      </fieldset>
      <div className="inquiry-form__actions">
        <button type="submit" className="button button--primary" disabled={sending}>
          {sending ? t('submitting') : t('submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
