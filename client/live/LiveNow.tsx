/**
 * /list's "지금 라이브": the lives on air now, each a link to its booth's /list page and one to the
 * booth in the 3D hall, near the top of the page. The section stays while nothing is on air (a
 * quiet line), so its list is a polite live region there before a live arrives; it announces lives
 * arriving or leaving, not each viewer count. Rendered after hydration only (the list is read in
 * the browser), so the server's HTML and the first render agree. The landing page has its own,
 * rendered by the server (LandingLiveNow.tsx).
 */
import './liveNowI18n.ts';
import './liveNow.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSummary } from '../../shared/api/live.ts';
import { useLang } from '../i18n/index.ts';
import { wonDigits } from '../orders/format.ts';
import { boothHref } from '../ui/boothHref.ts';
import { useHydrated } from '../ui/useHydrated.ts';
import { useLivesNow, useLivesNowFeed } from './livesNow.ts';
import { seoulClock } from './seoulClock.ts';

function Item({ live }: { live: LiveSummary }) {
  const { t } = useTranslation('liveNow');
  const { lang, l } = useLang();
  return (
    <li className="live-now__item">
      <span className="live-now__badge" aria-hidden="true">
        LIVE
      </span>
      <Link className="live-now__booth" to={boothHref(live.boothId, 'list')}>
        {l(live.boothTitle)}
      </Link>
      <span className="live-now__meta">
        {live.state === 'reconnecting' ? t('reconnecting') : t('viewers', { count: live.viewers })} ·{' '}
        <time dateTime={live.startedAt}>{t('since', { time: seoulClock(live.startedAt, lang) })}</time>
      </span>
      {live.pinned ? <span className="live-now__pinned">{t('pinned', { name: live.pinned.name, price: wonDigits(live.pinned.unitPriceWon, lang) })}</span> : null}
      <Link className="live-now__other" to={boothHref(live.boothId, 'world')}>
        {t('openInWorld')}
      </Link>
    </li>
  );
}

function Section({ lives }: { lives: LiveSummary[] }) {
  const { t } = useTranslation('liveNow');
  return (
    <section className="live-now" aria-labelledby="live-now-title">
      <h2 id="live-now-title">{t('title')}</h2>
      {lives.length === 0 ? <p className="live-now__none">{t('none')}</p> : null}
      <ul className="live-now__list" aria-label={t('listLabel')} aria-live="polite" aria-relevant="additions removals">
        {lives.map((live) => (
          <Item key={live.liveId} live={live} />
        ))}
      </ul>
    </section>
  );
}

export function LiveNow() {
  const lives = useLivesNow((s) => s.lives);
  const hydrated = useHydrated();
  useLivesNowFeed();
  return hydrated && lives ? <Section lives={lives} /> : null;
}
