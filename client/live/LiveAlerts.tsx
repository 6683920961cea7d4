/**
 * Mounted once per page: when a booth the visitor asked about (liveAlerts.ts) goes live, an in-page
 * notice with a button to watch, and a system notification if the visitor allowed them. Reads the
 * "live now" list only while there is a wish, so pages without one ask nothing.
 */
import './liveNowI18n.ts';
import './liveNow.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSummary } from '../../shared/api/live.ts';
import { useLang } from '../i18n/index.ts';
import { notify } from '../ui/notifications.ts';
import { useBoothHref } from '../ui/boothHref.ts';
import { loadLiveAlerts, setLiveAlert, useLiveAlerts } from './liveAlerts.ts';
import { useLivesNow, useLivesNowFeed } from './livesNow.ts';

export function LiveAlerts() {
  const { t } = useTranslation('liveNow');
  const { l } = useLang();
  const href = useBoothHref();
  const wishes = useLiveAlerts((s) => s.wishes);
  const lives = useLivesNow((s) => s.lives);
  const [started, setStarted] = useState<LiveSummary[]>([]);

  const wishing = (wishes?.length ?? 0) > 0;
  useEffect(() => loadLiveAlerts(), []);
  useLivesNowFeed(wishing);
  // With a wish, a page holding a hall connection (the world, /list's booth page) hears a start at once
  // rather than at the next read; a chunk of its own, so pages without a wish do not load it.
  useEffect(() => {
    if (wishing) void import('./livesNowHall.ts');
  }, [wishing]);

  useEffect(() => {
    if (!wishes?.length || !lives) return;
    const now = lives.filter((live) => wishes.includes(live.boothId));
    if (now.length === 0) return;
    for (const live of now) {
      setLiveAlert(live.boothId, false);
      notify(t('alertStarted', { booth: l(live.boothTitle) }), t('notificationBody'));
    }
    setStarted((s) => [...s.filter((x) => !now.some((n) => n.boothId === x.boothId)), ...now]);
  }, [wishes, lives, t, l]);

  const dismiss = (boothId: string): void => setStarted((s) => s.filter((x) => x.boothId !== boothId));
  // The region is there before a notice (App mounts it after hydration), so a screen reader hears it arrive.
  return (
    <div role="status" aria-live="polite">
      {started.map((live) => (
        <div key={live.boothId} className="page-notice live-alerts__notice">
          <p className="page-notice__text">{t('alertStarted', { booth: l(live.boothTitle) })}</p>
          <Link className="button button--primary live-alerts__watch" to={href(live.boothId)} onClick={() => dismiss(live.boothId)}>
            {t('alertWatch')}
          </Link>
          <button type="button" className="button live-alerts__dismiss" onClick={() => dismiss(live.boothId)}>
            {t('alertDismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
