import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText, countdown } from './clock.ts';

export interface DealCountdownProps {
  /** The deal's end, as the server sent it. */
  endsAt: string;
  /** How far the server's clock is ahead of ours (ms). */
  offsetMs: number;
  /** Called once when it reaches zero (the listing is read again: the regular price applies). */
  onEnd(): void;
}

/**
 * "특가 종료까지 12:34", recomputed from the end time every second (never by counting ticks, which
 * drift while a phone sleeps). Not a live region: a screen reader reads it when it gets there, not
 * every second.
 */
export function DealCountdown({ endsAt, offsetMs, onEnd }: DealCountdownProps) {
  const { t } = useTranslation('orders');
  const end = Date.parse(endsAt);
  const [now, setNow] = useState(() => Date.now());
  const left = countdown(end, now, offsetMs);
  const told = useRef(false);
  useEffect(() => {
    if (left.ended) {
      if (!told.current) onEnd();
      told.current = true;
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), 1000 - ((Date.now() + offsetMs) % 1000));
    return () => clearTimeout(timer);
  }, [now, left.ended, offsetMs, onEnd]);
  return (
    <p className="listing__countdown">
      {left.ended ? t('dealEnded') : <time dateTime={endsAt}>{t('dealEndsIn', { time: clockText(left) })}</time>}
    </p>
  );
}
