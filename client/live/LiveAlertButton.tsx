/**
 * "방송 시작 알림 받기" on a booth that is not on air (the world's booth panel, /list's booth page):
 * a toggle. Turning it on asks for system notifications when the browser has not been answered;
 * the in-page notice (LiveAlerts.tsx) comes either way.
 */
import './liveNowI18n.ts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { askNotifications } from '../ui/notifications.ts';
import { setLiveAlert, useLiveAlerts } from './liveAlerts.ts';

export function LiveAlertButton({ boothId }: { boothId: string }) {
  const { t } = useTranslation('liveNow');
  const hint = useId();
  const on = useLiveAlerts((s) => s.wishes?.includes(boothId) ?? false);
  return (
    <p className="live-alert">
      <button
        type="button"
        className="button live-alert__button"
        aria-pressed={on}
        aria-describedby={hint}
        onClick={() => {
          setLiveAlert(boothId, !on);
          if (!on) void askNotifications();
        }}
      >
        {t('alertAsk')}
      </button>{' '}
      <span id={hint} className="live-alert__hint">
        {on ? t('alertOn') : t('alertHint')}
      </span>
    </p>
  );
}
