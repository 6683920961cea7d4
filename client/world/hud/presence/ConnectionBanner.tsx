import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryHall, useHall } from '../../../net/hallStore.ts';
import { useLang } from '../../../i18n/index.ts';

/** "Reconnected" stays this long, then the banner empties. */
const REJOINED_MS = 3000;

/**
 * The connection's state in words (role=status, polite live region, so screen readers hear it
 * without losing their place): reconnecting after a drop or a server restart, back again, or
 * exploring alone (server unreachable, a refused join) with retry or reload. Empty when all is well,
 * and while the first connection is being made (the world works meanwhile; the HUD chip says so).
 */
export function ConnectionBanner() {
  const { t } = useTranslation('world');
  const { lang } = useLang();
  const status = useHall((s) => s.status);
  const error = useHall((s) => s.error);
  const [rejoined, setRejoined] = useState(false);
  const prev = useRef(status);

  useEffect(() => {
    const was = prev.current;
    prev.current = status;
    if (status === 'connected' && was === 'reconnecting') {
      setRejoined(true);
      const timer = setTimeout(() => setRejoined(false), REJOINED_MS);
      return () => clearTimeout(timer);
    }
    if (status !== 'connected') setRejoined(false);
    return undefined;
  }, [status]);

  let text = '';
  let action: 'retry' | 'reload' | null = null;
  if (status === 'reconnecting') text = t('netReconnecting');
  else if (status === 'error' && error) {
    text = error.reason === 'network' ? t('netUnreachable') : error.message[lang];
    action = error.action === 'none' ? null : error.action;
  } else if (status === 'connected' && error?.reason === 'shardFull') text = error.message[lang];
  else if (rejoined) text = t('netRejoined');

  return (
    <div className={`world-banner${text ? '' : ' world-banner--empty'}`} data-status={status}>
      <p role="status" aria-live="polite" className="world-banner__text">
        {text}
      </p>
      {action === 'retry' ? (
        <button type="button" className="world-banner__button" onClick={() => void retryHall()}>
          {t('netRetry')}
        </button>
      ) : null}
      {action === 'reload' ? (
        <button type="button" className="world-banner__button" onClick={() => location.reload()}>
          {t('netReload')}
        </button>
      ) : null}
    </div>
  );
}
