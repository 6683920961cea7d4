import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScheduledAnnouncementSchema } from '../../../shared/api/announcements.ts';
import { formatSeoul, seoulLocalToInstant } from '../../../shared/schemas/fairTime.ts';
import { useLang } from '../../i18n/index.ts';
import { problemText, send } from './fairsApi.ts';
import { PendingAnnouncements } from './PendingAnnouncements.tsx';

/**
 * Staff's announcement to every channel (shard) of the hall: at once (POST /api/staff/announce),
 * or at a time typed on Seoul's clock (POST /api/admin/fairs/:id/announcements), listed below
 * until it goes out, with cancel.
 */
export function AnnounceForm({ csrf, fairId }: { csrf: string | null; fairId: number }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [note, setNote] = useState('');
  const [round, setRound] = useState(0);
  /** A time is typed: the button schedules instead of sending now. */
  const [timed, setTimed] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const text = String(data.get('text') ?? '').trim();
    const when = String(data.get('sendAt') ?? '');
    if (when === '') {
      const r = await send('POST', '/api/staff/announce', { text }, csrf);
      if (r.status !== 201) return setNote(problemText(t, r.status, r.body));
      form.reset();
      return setNote(t('adminFairs:announceSent'));
    }
    const at = seoulLocalToInstant(when);
    if (!at || at.getTime() <= Date.now()) return setNote(t('adminFairs:announceInPast'));
    const r = await send('POST', `/api/admin/fairs/${fairId}/announcements`, { text, sendAt: at.getTime() }, csrf);
    const made = ScheduledAnnouncementSchema.safeParse(r.body);
    if (r.status !== 201 || !made.success) return setNote(problemText(t, r.status, r.body));
    form.reset();
    setTimed(false);
    setRound((n) => n + 1);
    setNote(t('adminFairs:announceScheduled', { time: formatSeoul(new Date(made.data.sendAt), lang) }));
  };
  return (
    <section className="card" aria-labelledby="fair-announce-title">
      <h3 id="fair-announce-title">{t('adminFairs:announceTitle')}</h3>
      <p>{t('adminFairs:announceHelp')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field__label">{t('adminFairs:announceText')}</span>
          <textarea className="field__input" name="text" required maxLength={300} rows={3} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:announceWhen')}</span>
          <input className="field__input" type="datetime-local" name="sendAt" onChange={(e) => setTimed(e.currentTarget.value !== '')} />
        </label>
        <button type="submit" className="button button--primary">
          {t(timed ? 'adminFairs:announceSchedule' : 'adminFairs:announceSend')}
        </button>
      </form>
      <p role="status">{note}</p>
      <PendingAnnouncements csrf={csrf} fairId={fairId} round={round} onNote={setNote} />
    </section>
  );
}
