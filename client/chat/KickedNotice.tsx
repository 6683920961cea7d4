import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.ts';
import { useHall } from '../net/hallStore.ts';
import { useChat } from './chatStore.ts';

/**
 * Shown in the chat panel, in place of the message box, when a moderator removed this visitor: what
 * happened, the reason they gave, and until when for a ban. The connection's own banner says the
 * connection ended; this says why, where the visitor was typing. Focus moves here (role=alert) so a
 * keyboard or screen-reader user is not left in a box that no longer sends.
 */
export function KickedNotice() {
  const { t } = useTranslation('chat');
  const { lang } = useLang();
  const fromChat = useChat((s) => s.kicked);
  const hallKicked = useHall((s) => s.status === 'kicked');
  const hallBanned = useHall((s) => s.error?.reason === 'banned');
  const closeReason = useHall((s) => s.kickReason);
  const box = useRef<HTMLDivElement>(null);
  const shown = fromChat !== null || hallKicked;

  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);

  if (!shown) return null;
  const banned = (fromChat?.banned ?? false) || hallBanned;
  // The close frame's reason is only the word 'kicked'/'banned'; the moderator's words come in `kicked`.
  const reason = fromChat?.reason || (closeReason && closeReason !== 'kicked' && closeReason !== 'banned' ? closeReason : '');
  const until = fromChat?.until;
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
