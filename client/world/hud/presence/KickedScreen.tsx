import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHall } from '../../../net/hallStore.ts';

/**
 * Removed by a moderator (close code kicked/banned, or a ban refusing the join): a full screen that
 * says so, with the reason when the moderator gave one. The world stays behind it but unreachable;
 * nothing reconnects. (The moderation engineer may refine the wording.)
 */
export function KickedScreen() {
  const { t } = useTranslation('world');
  const status = useHall((s) => s.status);
  const error = useHall((s) => s.error);
  const reason = useHall((s) => s.kickReason);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (status === 'kicked') heading.current?.focus();
  }, [status]);
  if (status !== 'kicked') return null;
  return (
    <div className="world-kicked" role="alertdialog" aria-modal="true" aria-labelledby="world-kicked-title" aria-describedby="world-kicked-body">
      <div className="world-kicked__card">
        <h2 id="world-kicked-title" ref={heading} tabIndex={-1}>
          {t('kickedTitle')}
        </h2>
        <p id="world-kicked-body">{t(error?.reason === 'banned' ? 'bannedBody' : 'kickedBody')}</p>
        {reason ? <p>{t('kickedReason', { reason })}</p> : null}
        <p className="world-kicked__links">
          <Link to="/">{t('kickedHome')}</Link>
          <Link to="/list">{t('kickedList')}</Link>
        </p>
      </div>
    </div>
  );
}
