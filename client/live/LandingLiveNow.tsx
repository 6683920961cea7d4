/**
 * The landing page's "지금 라이브": the lives on air when the server rendered the page, each a link
 * to its booth in the 3D hall and one to its /list page; nothing at all while none is. The landing
 * page is never hydrated, so this renders on the server only, with no viewer count (it would be
 * stale at once).
 */
import './liveNowI18n.ts';
import './liveNow.css';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.ts';
import { kstTime, wonDigits } from '../orders/format.ts';
import { boothHref } from '../ui/boothHref.ts';
import { useServedLives } from './servedLives.ts';

export function LandingLiveNow() {
  const lives = useServedLives();
  const { t } = useTranslation('liveNow');
  const { lang, l } = useLang();
  if (!lives?.length) return null;
  return (
    <section className="highlights live-now" aria-labelledby="live-now-title">
      <h2 id="live-now-title">{t('title')}</h2>
      <ul className="live-now__list" aria-label={t('listLabel')}>
        {lives.map((live) => (
          <li key={live.liveId} className="live-now__item">
            <span className="live-now__badge" aria-hidden="true">
              LIVE
            </span>
            {/* Plain links: the landing page has no router script; the world and /list load as pages. */}
            <a className="live-now__booth" href={boothHref(live.boothId, 'world')}>
              {l(live.boothTitle)}
            </a>
            <span className="live-now__meta">
              <time dateTime={live.startedAt}>{t('since', { time: kstTime(live.startedAt, lang) })}</time>
            </span>
            {live.pinned ? <span className="live-now__pinned">{t('pinned', { name: live.pinned.name, price: wonDigits(live.pinned.unitPriceWon, lang) })}</span> : null}
            <a className="live-now__other" href={boothHref(live.boothId, 'list')}>
              {t('openInList')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
