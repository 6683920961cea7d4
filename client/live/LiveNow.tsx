/**
 * /list's "지금 라이브": the lives on air now, each a link to its booth's /list page and one to the
 * booth in the 3D hall, near the top of the page. The list is read in the browser after hydration
 * (the page is cached and the same for everyone), so the section shows only while something is on
 * air: a section that appeared or grew after the first paint would move the page under a reader
 * (Lighthouse's CLS went from 0 to 0.08 when it held a "nothing on air" line). What a screen reader
 * needs to hear, a live starting or ending, goes to a status line that is in the server's HTML
 * from the start and takes no room. The landing page has its own, rendered by the server
 * (LandingLiveNow.tsx).
 */
import './liveNowI18n.ts';
import './liveNow.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSummary } from '../../shared/api/live.ts';
import { useLang } from '../i18n/index.ts';
import { kstTime, wonDigits } from '../orders/format.ts';
import { boothHref } from '../ui/boothHref.ts';
import { usePageFair } from '../ui/fairLink.ts';
import { useHydrated } from '../ui/useHydrated.ts';
import { useLivesNow, useLivesNowFeed } from './livesNow.ts';

function Item({ live }: { live: LiveSummary }) {
  const { t } = useTranslation('liveNow');
  const { lang, l } = useLang();
  const fair = usePageFair();
  return (
    <li className="live-now__item">
      <span className="live-now__badge" aria-hidden="true">
        LIVE
      </span>
      <Link className="live-now__booth" to={boothHref(live.boothId, 'list', fair)}>
        {l(live.boothTitle)}
      </Link>
      <span className="live-now__meta">
        {live.state === 'reconnecting' ? t('reconnecting') : t('viewers', { count: live.viewers })} ·{' '}
        <time dateTime={live.startedAt}>{t('since', { time: kstTime(live.startedAt, lang) })}</time>
      </span>
      {live.pinned ? <span className="live-now__pinned">{t('pinned', { name: live.pinned.name, price: wonDigits(live.pinned.unitPriceWon, lang) })}</span> : null}
      <Link className="live-now__other" to={boothHref(live.boothId, 'world', fair)}>
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
      <ul className="live-now__list" aria-label={t('listLabel')}>
        {lives.map((live) => (
          <Item key={live.liveId} live={live} />
        ))}
      </ul>
    </section>
  );
}

/** "X 라이브가 시작되었습니다" / "…끝났습니다" for lives arriving or leaving after the first read (not each viewer count). */
function useArrivals(lives: LiveSummary[] | null): string {
  const { t } = useTranslation('liveNow');
  const { l } = useLang();
  const seen = useRef<Map<string, LiveSummary> | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (lives === null) return;
    const now = new Map(lives.map((live) => [live.liveId, live]));
    const before = seen.current;
    seen.current = now;
    if (before === null) return;
    const started = lives.filter((live) => !before.has(live.liveId)).map((live) => t('alertStarted', { booth: l(live.boothTitle) }));
    const ended = [...before.values()].filter((live) => !now.has(live.liveId)).map((live) => t('ended', { booth: l(live.boothTitle) }));
    if (started.length + ended.length > 0) setSaid([...started, ...ended].join(' '));
  }, [lives, t, l]);
  return said;
}

export function LiveNow() {
  const lives = useLivesNow((s) => s.lives);
  const hydrated = useHydrated();
  const said = useArrivals(hydrated ? lives : null);
  useLivesNowFeed();
  return (
    <>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {hydrated && lives && lives.length > 0 ? <Section lives={lives} /> : null}
    </>
  );
}
