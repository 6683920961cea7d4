import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendModerate } from '../../../chat/chatBinding.ts';
import { useWorld } from '../../state/context.ts';

/** Mute lengths offered in one click: a cooling-off, a session, an hour (the server allows up to a day). */
export const MUTE_MINUTES = [5, 15, 60] as const;
/** Ban lengths: an hour, a day, a week (the server allows up to 30 days). */
const BAN_MINUTES = [60, 24 * 60, 7 * 24 * 60] as const;

type Pending = { kind: 'kick' } | { kind: 'ban' } | null;

/**
 * What staff can do to one visitor: mute for 5/15/60 minutes, unmute, kick with a reason, ban for a
 * time with a reason. Kick and ban ask for the reason first (the visitor is shown it). Results are
 * announced politely; a refusal comes back from the room as a chat toast.
 */
export function VisitorActions({ sessionId, nickname }: { sessionId: string; nickname: string }) {
  const { t } = useTranslation('chat');
  const { store } = useWorld();
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [banMinutes, setBanMinutes] = useState<number>(BAN_MINUTES[0]);
  const reasonId = useId();
  const lengthId = useId();

  const done = (action: string) => store.getState().announce(t('modDone', { name: nickname, action }));
  const mute = (minutes: number) => {
    if (sendModerate({ action: 'mute', targetSessionId: sessionId, minutes })) done(t('modMute', { minutes }));
  };
  const confirm = () => {
    const r = reason.trim();
    if (!pending || r === '') return;
    const ok =
      pending.kind === 'kick'
        ? sendModerate({ action: 'kick', targetSessionId: sessionId, reason: r })
        : sendModerate({ action: 'ban', targetSessionId: sessionId, reason: r, minutes: banMinutes });
    if (ok) done(t(pending.kind === 'kick' ? 'modKick' : 'modBan'));
    setPending(null);
    setReason('');
  };

  if (pending) {
    return (
      <form
        className="mod-form"
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
      >
        <label htmlFor={reasonId}>{t('modReason')}</label>
        <input id={reasonId} className="mod-form__input" value={reason} maxLength={200} required autoFocus onChange={(e) => setReason(e.target.value)} />
        {pending.kind === 'ban' ? (
          <>
            <label htmlFor={lengthId}>{t('modBanMinutes')}</label>
            <select id={lengthId} className="mod-form__input" value={banMinutes} onChange={(e) => setBanMinutes(Number(e.target.value))}>
              {BAN_MINUTES.map((m) => (
                <option key={m} value={m}>
                  {m < 24 * 60 ? t('modBanHours', { count: m / 60 }) : t('modBanDays', { count: m / (24 * 60) })}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <div className="mod-actions">
          <button type="submit" className="btn-pill mod-button mod-button--danger" disabled={reason.trim() === ''}>
            {t(pending.kind === 'kick' ? 'modConfirmKick' : 'modConfirmBan', { name: nickname })}
          </button>
          <button type="button" className="btn-pill mod-button" onClick={() => setPending(null)}>
            {t('modCancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="mod-actions">
      <div className="mod-actions__group" role="group" aria-label={t('modMuteGroup', { name: nickname })}>
        <span className="mod-actions__label" aria-hidden="true">
          {t('modMuteLabel')}
        </span>
        {MUTE_MINUTES.map((m) => (
          <button key={m} type="button" className="btn-pill mod-button" data-mute={m} aria-label={`${t('modMute', { minutes: m })} (${nickname})`} onClick={() => mute(m)}>
            {t('modMuteShort', { minutes: m })}
          </button>
        ))}
        <button
          type="button"
          className="btn-pill mod-button"
          onClick={() => sendModerate({ action: 'unmute', targetSessionId: sessionId }) && done(t('modUnmute'))}
        >
          {t('modUnmute')}
        </button>
      </div>
      <button type="button" className="btn-pill mod-button mod-button--danger" data-action="kick" onClick={() => setPending({ kind: 'kick' })}>
        {t('modKick')}
      </button>
      <button type="button" className="btn-pill mod-button mod-button--danger" data-action="ban" onClick={() => setPending({ kind: 'ban' })}>
        {t('modBan')}
      </button>
    </div>
  );
}
