import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../../../net/hallStore.ts';
import { VisitorActions } from './VisitorActions.tsx';

/** A shard holds up to 1,000 visitors: show a filtered page of them, not a thousand rows. */
const SHOWN = 40;

/**
 * Who is in this shard (the roster), filterable by nickname; each visitor opens their own actions.
 * One visitor open at a time keeps the list short. Staff never see actions against themselves.
 */
export function VisitorList() {
  const { t } = useTranslation('chat');
  const roster = useHall((s) => s.roster);
  const me = useHall((s) => s.sessionId);
  const [filter, setFilter] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const filterId = useId();

  const rows = useMemo(() => {
    const q = filter.trim().normalize('NFC').toLowerCase();
    const all = [...roster.entries()].filter(([id, e]) => id !== me && (q === '' || e.nickname.toLowerCase().includes(q)));
    all.sort((a, b) => a[1].nickname.localeCompare(b[1].nickname));
    return all;
  }, [roster, me, filter]);

  return (
    <section className="mod-section" aria-labelledby={`${filterId}-h`}>
      <h3 id={`${filterId}-h`} className="mod-section__title">
        {t('modVisitors', { count: Math.max(0, roster.size - (me && roster.has(me) ? 1 : 0)) })}
      </h3>
      <label className="visually-hidden" htmlFor={filterId}>
        {t('modFilter')}
      </label>
      <input id={filterId} className="mod-form__input" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('modFilter')} />
      {rows.length === 0 ? <p className="mod-empty">{t('modNoVisitors')}</p> : null}
      <ul className="mod-list">
        {rows.slice(0, SHOWN).map(([id, e]) => (
          <li key={id} className="mod-visitor" data-session-id={id}>
            <button type="button" className="mod-visitor__toggle" aria-expanded={openId === id} onClick={() => setOpenId(openId === id ? null : id)}>
              <span className="mod-visitor__name">{e.nickname}</span>
              {e.connected ? null : <span className="mod-visitor__state">{t('modOffline')}</span>}
            </button>
            {openId === id ? <VisitorActions sessionId={id} nickname={e.nickname} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
