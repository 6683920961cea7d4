import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHall } from '../../../net/hallStore.ts';
import { useFairLink } from '../../../ui/fairLink.ts';

/**
 * Removed by a moderator (kicked, banned, closed for flooding, or a ban refusing the join): a full
 * screen that says so, with the reason when the moderator gave one — the hall connection's one
 * removal state (client/net/removal.ts), which the chat panel also shows in place of its box. The
 * world stays behind it but unreachable; nothing reconnects.
 */
export function KickedScreen() {
  const { t } = useTranslation('world');
  const removed = useHall((s) => (s.status === 'kicked' ? s.removed : null));
  const heading = useRef<HTMLHeadingElement>(null);
  const fairLink = useFairLink();
  const shown = removed !== null;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!removed) return null;
  const { banned, reason } = removed;
  return (
    <div className="world-kicked" role="alertdialog" aria-modal="true" aria-labelledby="world-kicked-title" aria-describedby="world-kicked-body">
      <div className="world-kicked__card">
        <h2 id="world-kicked-title" ref={heading} tabIndex={-1}>
          {t('kickedTitle')}
        </h2>
        <p id="world-kicked-body">{t(banned ? 'bannedBody' : 'kickedBody')}</p>
        {reason ? <p>{t('kickedReason', { reason })}</p> : null}
        <p className="world-kicked__links">
          <Link to="/">{t('kickedHome')}</Link>
          <Link to={fairLink('/list')}>{t('kickedList')}</Link>
        </p>
      </div>
    </div>
  );
}
