import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrdersFailure } from '../../orders/ordersHttp.ts';

export interface PinControlProps {
  /** This listing is the booth's pinned product now. */
  pinned: boolean;
  /** Pins this listing (true) or unpins it (false); the failure, if any. */
  onPin(pin: boolean): Promise<OrdersFailure | null>;
}

/**
 * "고정" / "고정 해제" on a listing in /studio: the product every viewer of the booth's live sees on
 * its card, in the world and in /list. The outcome is said in a status line beside the button.
 */
export function PinControl({ pinned, onPin }: PinControlProps) {
  const { t } = useTranslation('orders');
  const saidId = `pin-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  async function toggle(): Promise<void> {
    setBusy(true);
    const failure = await onPin(!pinned);
    setBusy(false);
    setSaid(failure ? t(`error_${failure.error}`, { seconds: Math.ceil((failure.retryAfterMs ?? 0) / 1000) }) : pinned ? t('studioUnpinned') : t('studioPinnedNow'));
  }

  return (
    <p className="pin-control">
      <button type="button" className="button button--secondary" disabled={busy} aria-describedby={saidId} onClick={() => void toggle()}>
        {pinned ? t('studioUnpin') : t('studioPin')}
      </button>{' '}
      <span id={saidId} role="status">
        {said}
      </span>
    </p>
  );
}
