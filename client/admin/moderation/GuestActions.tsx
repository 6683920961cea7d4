import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAction } from '../../../shared/api/moderation.ts';

/** Mute lengths offered, in minutes (the wire allows up to a day). */
const MUTE_MINUTES = [10, 60, 1440] as const;
/** Ban lengths offered, in minutes; '' is permanent. */
const BAN_MINUTES = ['60', '1440', '10080', ''] as const;

/**
 * What staff can do to a guest from a report: mute, remove, ban (a reason is required: the visitor
 * reads it), and delete the reported line. Each is one request; the page says how it went.
 */
export function GuestActions({ guestId, name, messageId, reportId, onAct }: { guestId: string; name: string; messageId: string; reportId: string; onAct(a: StaffAction): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [mute, setMute] = useState<number>(MUTE_MINUTES[0]);
  const [banFor, setBanFor] = useState<string>(BAN_MINUTES[1]);
  const [reason, setReason] = useState('');
  const span = (m: string) => {
    const n = Number(m);
    if (!m) return t('moderation:permanent');
    if (n % 1440 === 0) return t('moderation:days', { count: n / 1440 });
    return n % 60 === 0 ? t('moderation:hours', { count: n / 60 }) : t('moderation:minutes', { count: n });
  };
  const banReason = reason.trim();
  return (
    <fieldset className="guest-actions">
      <legend>{t('moderation:actionsLabel', { name })}</legend>
      <div className="guest-actions__row">
        <label htmlFor={`${id}-mute`}>{t('moderation:muteMinutes')}</label>
        <select id={`${id}-mute`} value={mute} onChange={(e) => setMute(Number(e.target.value))}>
          {MUTE_MINUTES.map((m) => (
            <option key={m} value={m}>
              {span(String(m))}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => onAct({ action: 'mute', guestId, minutes: mute, reportId })}>
          {t('moderation:mute')}
        </button>
        <button type="button" className="button" onClick={() => onAct({ action: 'kick', guestId, reportId })}>
          {t('moderation:kick')}
        </button>
        <button type="button" className="button" onClick={() => onAct({ action: 'delete', messageId, reportId })}>
          {t('moderation:deleteLine')}
        </button>
      </div>
      <div className="guest-actions__row">
        <label htmlFor={`${id}-ban`}>{t('moderation:banDuration')}</label>
        <select id={`${id}-ban`} value={banFor} onChange={(e) => setBanFor(e.target.value)}>
          {BAN_MINUTES.map((m) => (
            <option key={m} value={m}>
              {span(m)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reason`}>{t('moderation:banReason')}</label>
        <input id={`${id}-reason`} type="text" maxLength={200} required value={reason} onChange={(e) => setReason(e.target.value)} />
        <button
          type="button"
          className="button button--primary"
          disabled={banReason === ''}
          onClick={() => onAct({ action: 'ban', guestId, reason: banReason, reportId, ...(banFor ? { minutes: Number(banFor) } : {}) })}
        >
          {t('moderation:ban')}
        </button>
      </div>
    </fieldset>
  );
}
