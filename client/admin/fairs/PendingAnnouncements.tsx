import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PendingAnnouncementsSchema, type ScheduledAnnouncement } from '../../../shared/api/announcements.ts';
import { formatSeoul } from '../../../shared/schemas/fairTime.ts';
import { useLang } from '../../i18n/index.ts';
import { problemText, send } from './fairsApi.ts';

/** A fair's announcements still to go out, soonest first, each with cancel; read again when `round` changes (one was scheduled). */
export function PendingAnnouncements({ csrf, fairId, round, onNote }: { csrf: string | null; fairId: number; round: number; onNote: (text: string) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [list, setList] = useState<ScheduledAnnouncement[] | null>(null);
  const path = `/api/admin/fairs/${fairId}/announcements`;
  const load = useCallback(async () => {
    const r = await send('GET', path, undefined, csrf);
    const parsed = PendingAnnouncementsSchema.safeParse(r.body);
    setList(parsed.success ? parsed.data.announcements : null);
  }, [path, csrf]);
  useEffect(() => {
    void load();
  }, [load, round]);

  const cancel = async (id: number) => {
    const r = await send('DELETE', `${path}/${id}`, undefined, csrf);
    onNote(r.status === 204 ? t('adminFairs:announceCancelled') : problemText(t, r.status, r.body));
    await load();
  };

  return (
    <>
      <h4>{t('adminFairs:announcePendingTitle')}</h4>
      {list && list.length === 0 ? <p>{t('adminFairs:announcePendingNone')}</p> : null}
      <ul aria-label={t('adminFairs:announcePendingTitle')}>
        {(list ?? []).map((a) => (
          <li key={a.id}>
            <p>
              <strong>{a.text}</strong>
              <br />
              {t('adminFairs:announcePendingBy', { time: formatSeoul(new Date(a.sendAt), lang), by: a.by })}
            </p>
            <button type="button" className="button" onClick={() => void cancel(a.id)}>
              {t('adminFairs:announceCancel')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
