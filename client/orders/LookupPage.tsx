/**
 * /orders: a guest finds an order again by its number and the phone it was placed with, sees its
 * status (with until when an unconfirmed reservation holds, and how to pay), and cancels it while it
 * is still reserved, after saying so twice. Rendered in the browser only: the page is the same for
 * everyone until the number and phone are sent, in a POST body, so neither lands in a URL or a log.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrderLookupBodySchema, orderFieldErrors, type OrderFieldErrorCode, type OrderView } from '../../shared/api/orders.ts';
import { useLang } from '../i18n/index.ts';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { kstDateTime, wonDigits } from './format.ts';
import { cancelOrder, lookupOrder } from './ordersApi.ts';
import type { OrdersFailure } from './ordersHttp.ts';
import '../inquiry/inquiry.css';
import './orders.css';

type Field = 'number' | 'phone';
const FORM_ID = 'order-lookup';

export default function LookupPage() {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  useDocumentTitle(t('lookupTitle'));
  const [params] = useSearchParams();
  const [values, setValues] = useState<Record<Field, string>>({ number: params.get('number') ?? '', phone: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [order, setOrder] = useState<OrderView | null>(null);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState('');
  const sayRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown > 0) (order ? resultRef : sayRef).current?.focus();
    // Only a new answer moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  const fromCodes = (codes: Record<string, OrderFieldErrorCode>) => {
    const out: Partial<Record<Field, string>> = {};
    if (codes.number) out.number = t('lookupNotFound');
    if (codes.phone) out.phone = t(`field_${codes.phone}`);
    return out;
  };
  const failed = (r: OrdersFailure): string =>
    r.error === 'not_found' ? t('lookupNotFound') : t(`error_${r.error}`, { seconds: Math.max(1, Math.ceil((r.retryAfterMs ?? 0) / 1000)) });

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setDone('');
    setAsking(false);
    const parsed = OrderLookupBodySchema.safeParse(values);
    if (!parsed.success) {
      setProblems(fromCodes(orderFieldErrors(parsed.error)));
      setOrder(null);
      setSaid(t('error_invalid'));
      setShown((n) => n + 1);
      return;
    }
    setBusy(true);
    const r = await lookupOrder(values);
    setBusy(false);
    setProblems(r.ok ? {} : r.fields ? fromCodes(r.fields) : {});
    setOrder(r.ok ? r.data : null);
    setSaid(r.ok ? null : failed(r));
    setShown((n) => n + 1);
  }

  async function cancel(): Promise<void> {
    setBusy(true);
    const r = await cancelOrder(values);
    setBusy(false);
    setAsking(false);
    if (r.ok) {
      setOrder(r.data);
      setDone(t('cancelDone'));
      return;
    }
    setDone(failed(r));
  }

  const won = (n: number) => t('priceWon', { price: wonDigits(n, lang) });
  return (
    <div className="page">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="content order-lookup">
        <h1>{t('lookupTitle')}</h1>
        <p className="lead">{t('lookupIntro')}</p>
        <form className="inquiry-form" id={FORM_ID} noValidate onSubmit={(e) => void onSubmit(e)} aria-label={t('lookupTitle')}>
          {said ? (
            <p className="inquiry-form__errors" ref={sayRef} tabIndex={-1}>
              {said}
            </p>
          ) : null}
          {(['number', 'phone'] as const).map((f) => {
            const fid = `${FORM_ID}-${f}`;
            const error = problems[f];
            const hint = f === 'number' ? t('orderNumberHint') : t('phoneHint');
            return (
              <div key={f} className={`inquiry-field${error ? ' inquiry-field--invalid' : ''}`}>
                <label htmlFor={fid} className="inquiry-field__label">
                  {f === 'number' ? t('orderNumber') : t('phone')}
                </label>
                <p id={`${fid}-hint`} className="inquiry-field__hint">
                  {hint}
                </p>
                {error ? (
                  <p id={`${fid}-error`} className="inquiry-field__error">
                    {error}
                  </p>
                ) : null}
                <input
                  id={fid}
                  name={f}
                  type={f === 'phone' ? 'tel' : 'text'}
                  autoComplete={f === 'phone' ? 'tel' : 'off'}
                  autoCapitalize={f === 'number' ? 'characters' : undefined}
                  spellCheck={false}
                  value={values[f]}
                  aria-required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={[`${fid}-hint`, error ? `${fid}-error` : ''].filter(Boolean).join(' ')}
                  onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                />
              </div>
            );
          })}
          <div className="inquiry-form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('lookupSubmit')}
            </button>
          </div>
        </form>
        {order ? (
          <section className="inquiry-receipt order-result" ref={resultRef} tabIndex={-1} aria-labelledby="order-result-title">
            <h2 id="order-result-title">
              {t('orderNumber')} {order.number}
            </h2>
            <dl className="order-facts">
              <div>
                <dt>{t('status')}</dt>
                <dd data-testid="order-status">
                  {t(`status_${order.status}`)}
                  {order.cancelledBy ? ` (${t(`cancelledBy_${order.cancelledBy}`)})` : null}
                </dd>
              </div>
              <div>
                <dt>{t('total')}</dt>
                <dd>
                  {order.name} × {order.quantity} = {won(order.totalWon)}
                </dd>
              </div>
              <div>
                <dt>{t('orderedAt')}</dt>
                <dd>
                  <time dateTime={order.createdAt}>{kstDateTime(order.createdAt, lang)}</time>
                </dd>
              </div>
              {order.status === 'reserved' ? (
                <div>
                  <dt>{t('expiresAt')}</dt>
                  <dd>
                    <time dateTime={order.expiresAt}>{kstDateTime(order.expiresAt, lang)}</time>
                  </dd>
                </div>
              ) : null}
            </dl>
            {order.status === 'reserved' ? (
              <>
                <p className="inquiry-form__group">{t('transferInstructions')}</p>
                <p className="buy-form__transfer">{order.transferInstructions}</p>
                {asking ? (
                  <div className="confirm" role="group" aria-labelledby="order-cancel-ask">
                    <p id="order-cancel-ask">{t('cancelConfirm')}</p>
                    <div className="inquiry-form__actions">
                      <button type="button" className="button button--danger" onClick={() => void cancel()} disabled={busy}>
                        {t('cancelOrder')}
                      </button>
                      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
                        {t('close')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
                    {t('cancelOrder')}
                  </button>
                )}
              </>
            ) : null}
          </section>
        ) : null}
        <p className="visually-hidden" role="status">
          {done}
        </p>
      </main>
    </div>
  );
}
