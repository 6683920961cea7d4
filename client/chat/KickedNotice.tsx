import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.ts';
import { useHall } from '../net/hallStore.ts';

/**
 * Shown in the chat panel, in place of the message box, when a moderator removed this visitor: what
 * happened, the reason they gave, and until when for a ban — the hall connection's one removal
 * state (client/net/removal.ts). On /list this is where the visitor learns it; in the world the
 * full-screen KickedScreen says the same over everything. Focus moves here (role=alert) so a
 * keyboard or screen-reader user is not left in a box that no longer sends.
 */
export function KickedNotice() {
  const { t } = useTranslation('chat');
  const { lang } = useLang();
  const removed = useHall((s) => (s.status === 'kicked' ? s.removed : null));
  const box = useRef<HTMLDivElement>(null);
  const shown = removed !== null;

  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);

  if (!removed) return null;
  const { banned, reason, until } = removed;
  const untilText = until !== undefined ? new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(until) : null;
  return (
    <div ref={box} className="chat-kicked" role="alert" tabIndex={-1} data-banned={banned || undefined}>
      <p className="chat-kicked__title">{banned ? t('bannedTitle') : t('kickedTitle')}</p>
      <p className="chat-kicked__reason">{reason ? t('kickedReason', { reason }) : t('kickedNoReason')}</p>
      {untilText ? <p>{t('bannedUntil', { time: untilText })}</p> : null}
      <div className="chat-kicked__actions">
        {banned ? null : (
          <button type="button" className="btn-pill chat-kicked__button" onClick={() => window.location.reload()}>
            {t('kickedRejoin')}
          </button>
        )}
        <a className="btn-pill chat-kicked__button chat-kicked__button--quiet" href="/">
          {t('kickedHome')}
        </a>
      </div>
    </div>
  );
}
