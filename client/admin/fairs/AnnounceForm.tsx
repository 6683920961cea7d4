import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, send } from './fairsApi.ts';

/** Staff's announcement to every channel (shard) of the hall, at once, through POST /api/staff/announce. */
export function AnnounceForm({ csrf }: { csrf: string | null }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const text = String(new FormData(form).get('text') ?? '').trim();
    const r = await send('POST', '/api/staff/announce', { text }, csrf);
    if (r.status !== 201) return setNote(problemText(t, r.status, r.body));
    form.reset();
    setNote(t('adminFairs:announceSent'));
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
        <button type="submit" className="button button--primary">
          {t('adminFairs:announceSend')}
        </button>
      </form>
      <p role="status">{note}</p>
    </section>
  );
}
