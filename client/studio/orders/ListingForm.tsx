/**
 * A listing's terms as the seller sets them: name (or one of the booth's products picked to fill
 * it), price, stock for sale now, how long an unpaid reservation holds, the bank-transfer
 * instructions buyers see, on sale or not, and, for a new listing, an optional deal to start with.
 * Checked with the contract's schema before sending; each problem beside its field and in a summary
 * that takes the focus. The same form edits a listing (a PATCH of the terms changed; deals have
 * their own controls, DealControls).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ListingCreateBodySchema,
  ListingPatchBodySchema,
  orderFieldErrors,
  RESERVATION_HOURS_DEFAULT,
  type Listing,
  type ListingCreateBodyInput,
  type OrderFieldErrorCode,
} from '../../../shared/api/orders.ts';
import type { Product } from '../../../shared/schemas/product.ts';
import { ErrorSummary, FieldShell, useFormErrors } from '../../account/Form.tsx';
import type { OrdersFailure } from '../../orders/ordersHttp.ts';

type Field = 'name' | 'priceWon' | 'stockLeft' | 'reservationHours' | 'transferInstructions' | 'dealPriceWon' | 'dealMinutes';
/** The contract's path of each field (zod's and the server's `fields` name these). */
const PATH: Record<Field, string> = {
  name: 'name',
  priceWon: 'priceWon',
  stockLeft: 'stockLeft',
  reservationHours: 'reservationHours',
  transferInstructions: 'transferInstructions',
  dealPriceWon: 'deal.priceWon',
  dealMinutes: 'deal.minutes',
};
const LABEL: Record<Field, string> = {
  name: 'studioName',
  priceWon: 'studioPrice',
  stockLeft: 'studioStock',
  reservationHours: 'studioReservationHours',
  transferInstructions: 'studioTransfer',
  dealPriceWon: 'studioDealPrice',
  dealMinutes: 'studioDealMinutes',
};

/** A whole number as typed ("12,000" too); empty or anything else fails the schema's int check. */
export function typedWhole(typed: string): number {
  const s = typed.replace(/[,\s]/g, '');
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * An edit sends only what the seller changed: stock is sold while the form is open, and sending
 * back the number it was opened with would put the units bought since on sale again.
 */
function changed(listing: Listing, b: ListingCreateBodyInput): ListingCreateBodyInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (listing[k as keyof Listing] !== v) out[k] = v;
  return out as ListingCreateBodyInput;
}

export interface ListingFormProps {
  /** The listing edited; absent: a new one. */
  listing?: Listing;
  /** The booth's products as the venue presents them: picking one fills name, price and stock. */
  products: readonly Product[];
  /** Sends the body; the failure (if any) is shown on the form. */
  onSubmit(body: ListingCreateBodyInput): Promise<OrdersFailure | null>;
}

export function ListingForm({ listing, products, onSubmit }: ListingFormProps) {
  const { t } = useTranslation('orders');
  const formId = `listing-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const creating = listing === undefined;
  const [values, setValues] = useState<Record<Field, string>>({
    name: listing?.name ?? '',
    priceWon: listing ? String(listing.priceWon) : '',
    stockLeft: listing ? String(listing.stockLeft) : '',
    reservationHours: String(listing?.reservationHours ?? RESERVATION_HOURS_DEFAULT),
    transferInstructions: listing?.transferInstructions ?? '',
    dealPriceWon: '',
    dealMinutes: '',
  });
  const [active, setActive] = useState(listing?.active ?? true);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const { errors, show, clear, summaryRef } = useFormErrors();

  const set = (f: Field, v: string) => setValues((prev) => ({ ...prev, [f]: v }));
  const fields: Field[] = ['name', 'priceWon', 'stockLeft', 'reservationHours', 'transferInstructions', ...(creating ? (['dealPriceWon', 'dealMinutes'] as const) : [])];

  function body(): ListingCreateBodyInput {
    const dealGiven = values.dealPriceWon.trim() !== '' || values.dealMinutes.trim() !== '';
    return {
      name: values.name,
      priceWon: typedWhole(values.priceWon),
      stockLeft: typedWhole(values.stockLeft),
      reservationHours: typedWhole(values.reservationHours),
      transferInstructions: values.transferInstructions,
      active,
      ...(creating && dealGiven ? { deal: { priceWon: typedWhole(values.dealPriceWon), minutes: typedWhole(values.dealMinutes) } } : {}),
    };
  }

  /** Paths → the form's fields, as i18n keys (ErrorSummary and the fields translate them). */
  function fromPaths(codes: Record<string, OrderFieldErrorCode>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of fields) if (codes[PATH[f]]) out[f] = `orders:field_${codes[PATH[f]]}`;
    return out;
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setSaid('');
    const b = creating ? body() : changed(listing, body());
    const parsed = creating ? ListingCreateBodySchema.safeParse(b) : ListingPatchBodySchema.safeParse(b);
    if (!parsed.success) return show({ fields: fromPaths(orderFieldErrors(parsed.error)) });
    setBusy(true);
    const failure = await onSubmit(b);
    setBusy(false);
    if (failure === null) {
      clear();
      setSaid(t('studioSaved'));
      if (creating) {
        setValues((v) => ({ ...v, name: '', priceWon: '', stockLeft: '', dealPriceWon: '', dealMinutes: '' }));
      }
      return;
    }
    show({ fields: failure.fields ? fromPaths(failure.fields) : {}, form: t(`error_${failure.error}`, { seconds: Math.ceil((failure.retryAfterMs ?? 0) / 1000) }) });
  }

  const labels = Object.fromEntries(fields.map((f) => [f, t(LABEL[f])]));
  return (
    <form className="form listing-form" id={formId} noValidate onSubmit={(e) => void submit(e)} aria-label={creating ? t('studioNewListing') : listing.name}>
      <ErrorSummary formId={formId} errors={errors} labels={labels} summaryRef={summaryRef} />
      {creating && products.length > 0 ? (
        <fieldset className="listing-form__products">
          <legend>{t('studioFromProduct')}</legend>
          <ul className="inline-links">
            {products.map((p, i) => (
              <li key={`${p.name}-${i}`}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    setValues((v) => ({
                      ...v,
                      name: p.name,
                      priceWon: p.priceWon !== undefined ? String(p.priceWon) : v.priceWon,
                      stockLeft: p.stock !== undefined ? String(p.stock) : v.stockLeft,
                    }))
                  }
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {fields.map((f) => {
        const key = errors.fields[f];
        return (
          <FieldShell key={f} id={`${formId}-${f}`} label={t(LABEL[f])} {...(f === 'reservationHours' ? { hint: t('studioReservationHint') } : {})} {...(key ? { error: t(key) } : {})}>
            {(aria) =>
              f === 'transferInstructions' ? (
                <textarea className="field__input" name={f} rows={3} value={values[f]} onChange={(e) => set(f, e.target.value)} {...aria} />
              ) : (
                <input
                  className="field__input"
                  name={f}
                  type="text"
                  inputMode={f === 'name' ? undefined : 'numeric'}
                  autoComplete="off"
                  value={values[f]}
                  onChange={(e) => set(f, e.target.value)}
                  {...aria}
                />
              )
            }
          </FieldShell>
        );
      })}
      <div className="inquiry-consent__check">
        <input type="checkbox" id={`${formId}-active`} checked={active} onChange={(e) => setActive(e.target.checked)} />
        <label htmlFor={`${formId}-active`}>{t('studioActive')}</label>
      </div>
      <button type="submit" className="button button--primary form__submit" aria-disabled={busy || undefined}>
        {busy ? t('studioSaving') : creating ? t('studioNewListing') : t('studioSave')}
      </button>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </form>
  );
}
