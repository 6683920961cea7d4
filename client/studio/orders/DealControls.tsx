import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DealBodySchema, orderFieldErrors, type Listing, type ListingPatchBody } from '../../../shared/api/orders.ts';
import { FieldShell } from '../../account/Form.tsx';
import { useLang } from '../../i18n/index.ts';
import { DealCountdown } from '../../orders/DealCountdown.tsx';
import { wonDigits } from '../../orders/format.ts';
import type { OrdersFailure } from '../../orders/ordersHttp.ts';
import { typedWhole } from './ListingForm.tsx';

export interface DealControlsProps {
  listing: Listing;
  offsetMs: number;
  onPatch(body: ListingPatchBody): Promise<OrdersFailure | null>;
  /** The deal ran out: read the listings again. */
  onDealEnd(): void;
}

/**
 * A listing's deal in /studio: while one runs, its price and the same countdown buyers see (the
 * server's clock) and "특가 종료"; otherwise a price and a number of minutes, and "특가 시작" (the
 * server sets the end from its own clock).
 */
export function DealControls({ listing, offsetMs, onPatch, onDealEnd }: DealControlsProps) {
  const { t } = useTranslation('orders');
  const { lang } = useLang();
  const groupId = `deal-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [price, setPrice] = useState('');
  const [minutes, setMinutes] = useState('');
  const [problems, setProblems] = useState<{ price?: string; minutes?: string }>({});
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  async function patch(body: ListingPatchBody): Promise<void> {
    setBusy(true);
    const failure = await onPatch(body);
    setBusy(false);
    setSaid(failure ? t(`error_${failure.error}`, { seconds: Math.ceil((failure.retryAfterMs ?? 0) / 1000) }) : t('studioSaved'));
  }

  function start(): void {
    const parsed = DealBodySchema.safeParse({ priceWon: typedWhole(price), minutes: typedWhole(minutes) });
    if (!parsed.success) {
      const codes = orderFieldErrors(parsed.error);
      setProblems({
        ...(codes.priceWon ? { price: t(`field_${codes.priceWon}`) } : {}),
        ...(codes.minutes ? { minutes: t(`field_${codes.minutes}`) } : {}),
      });
      return;
    }
    setProblems({});
    void patch({ deal: parsed.data });
  }

  return (
    <fieldset className="deal-controls" aria-describedby={`${groupId}-said`}>
      <legend>{t('studioDeal')}</legend>
      {listing.deal ? (
        <>
          <p>
            <strong>{t('priceWon', { price: wonDigits(listing.deal.priceWon, lang) })}</strong>
          </p>
          <DealCountdown key={listing.deal.endsAt} endsAt={listing.deal.endsAt} offsetMs={offsetMs} onEnd={onDealEnd} />
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void patch({ deal: null })}>
            {t('studioEndDeal')}
          </button>
        </>
      ) : (
        <>
          <FieldShell id={`${groupId}-price`} label={t('studioDealPrice')} {...(problems.price ? { error: problems.price } : {})}>
            {(aria) => <input className="field__input" type="text" inputMode="numeric" autoComplete="off" value={price} onChange={(e) => setPrice(e.target.value)} {...aria} />}
          </FieldShell>
          <FieldShell id={`${groupId}-minutes`} label={t('studioDealMinutes')} {...(problems.minutes ? { error: problems.minutes } : {})}>
            {(aria) => <input className="field__input" type="text" inputMode="numeric" autoComplete="off" value={minutes} onChange={(e) => setMinutes(e.target.value)} {...aria} />}
          </FieldShell>
          <button type="button" className="button button--secondary" disabled={busy} onClick={start}>
            {t('studioStartDeal')}
          </button>
        </>
      )}
      <p id={`${groupId}-said`} role="status" className="deal-controls__said">
        {said}
      </p>
    </fieldset>
  );
}
