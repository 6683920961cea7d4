/**
 * The landing page's "지금 라이브": the lives on air when the server rendered the page, each a link
 * to its booth in the 3D hall and one to its /list page; nothing at all while none is. The landing
 * page is never hydrated, so this renders on the server only, with its strings read straight from
 * shared/i18n/live-now-* (as LandingFairs does) and no viewer count (it would be stale at once).
 */
import './liveNow.css';
import { liveNowEn } from '../../shared/i18n/live-now-en.ts';
import { liveNowKo } from '../../shared/i18n/live-now-ko.ts';
import { useLang } from '../i18n/index.ts';
import { wonDigits } from '../orders/format.ts';
import { boothHref } from '../ui/boothHref.ts';
import { seoulClock } from './seoulClock.ts';
import { useServedLives } from './servedLives.ts';

const fill = (text: string, values: Record<string, string>): string => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

export function LandingLiveNow() {
  const lives = useServedLives();
  const { lang, l } = useLang();
  if (!lives?.length) return null;
  const s = lang === 'ko' ? liveNowKo : liveNowEn;
  return (
    <section className="highlights live-now" aria-labelledby="live-now-title">
      <h2 id="live-now-title">{s.title}</h2>
      <ul className="live-now__list" aria-label={s.listLabel}>
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
              <time dateTime={live.startedAt}>{fill(s.since, { time: seoulClock(live.startedAt, lang) })}</time>
            </span>
            {live.pinned ? <span className="live-now__pinned">{fill(s.pinned, { name: live.pinned.name, price: wonDigits(live.pinned.unitPriceWon, lang) })}</span> : null}
            <a className="live-now__other" href={boothHref(live.boothId, 'list')}>
              {s.openInList}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
