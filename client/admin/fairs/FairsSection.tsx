import './i18n.ts';
import './fairs.css';
import '../booths/booths.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { sessionCsrf } from '../../studio/editor/studioApi.ts';
import type { Account } from '../../../shared/api/account.ts';
import { AdminFairListSchema, type AdminFair, type FairBody } from '../../../shared/api/fairs.ts';
import { formatSeoul } from '../../../shared/schemas/fairTime.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { FairDetail } from './FairDetail.tsx';
import { FairForm } from './FairForm.tsx';
import { problemText, send } from './fairsApi.ts';

export type FairsLoad = { status: 'loading' } | { status: 'error' } | { status: 'ready'; fairs: AdminFair[]; csrf: string | null };

/** Every timed fair (staff), reloaded after each write. */
export function useFairs() {
  const [loaded, setLoaded] = useState<FairsLoad>({ status: 'loading' });
  const load = useCallback(async () => {
    const [csrf, r] = await Promise.all([sessionCsrf(), send('GET', '/api/admin/fairs', undefined, null)]);
    const list = AdminFairListSchema.safeParse(r.body);
    setLoaded(r.status === 200 && list.success ? { status: 'ready', fairs: list.data.fairs, csrf } : { status: 'error' });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { loaded, load };
}

function FairList({ me, fairs, csrf, reload }: { me: Account; fairs: AdminFair[]; csrf: string | null; reload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { l, lang } = useLang();
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const admin = me.role === 'admin';
  const create = async (body: FairBody): Promise<boolean> => {
    const r = await send('POST', '/api/admin/fairs', body, csrf);
    if (r.status !== 201) {
      setNote(problemText(t, r.status, r.body));
      return false;
    }
    await reload();
    await navigate(`/admin/fairs/${(r.body as { id: number }).id}`, { state: { note: t('adminFairs:createdNote') } });
    return true;
  };
  return (
    <>
      {fairs.length === 0 ? (
        <p>{t('adminFairs:none')}</p>
      ) : (
        <div className="booths-table-scroll">
          <table className="booths-table">
            <caption className="visually-hidden">{t('adminFairs:listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminFairs:colName')}</th>
                <th scope="col">{t('adminFairs:colAddress')}</th>
                <th scope="col">{t('adminFairs:colDates')}</th>
                <th scope="col">{t('adminFairs:colState')}</th>
              </tr>
            </thead>
            <tbody>
              {fairs.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link to={`/admin/fairs/${f.id}`}>{l(f.title)}</Link>
                  </th>
                  <td>/f/{f.slug}</td>
                  <td>
                    {formatSeoul(new Date(f.startsAt), lang)} – {formatSeoul(new Date(f.endsAt), lang)}
                  </td>
                  <td>{f.published ? t('adminFairs:published') : t('adminFairs:draft')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {admin ? (
        <section className="card" aria-labelledby="fair-create-title">
          <h2 id="fair-create-title">{t('adminFairs:createTitle')}</h2>
          <FairForm disabled={false} submitLabel={t('adminFairs:create')} onSubmit={create} />
          <p role="status">{note}</p>
        </section>
      ) : null}
    </>
  );
}

/**
 * /admin/fairs: the timed fairs (staff read them; admins create and change them); /admin/fairs/:id
 * one fair's settings, booths, floor plan and schedule.
 */
export function FairsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { loaded, load } = useFairs();
  return (
    <AdminPage account={me} title={t('adminFairs:nav')}>
      <p>{t('adminFairs:intro')}</p>
      {me.role === 'admin' ? null : <p className="notice">{t('adminFairs:readOnly')}</p>}
      {loaded.status === 'loading' ? <p role="status">{t('adminFairs:loading')}</p> : null}
      {loaded.status === 'error' ? <LoadProblem text="" onRetry={() => void load()} /> : null}
      {loaded.status === 'ready' ? (
        <Routes>
          <Route index element={<FairList me={me} fairs={loaded.fairs} csrf={loaded.csrf} reload={load} />} />
          <Route path=":id" element={<FairDetail me={me} fairs={loaded.fairs} csrf={loaded.csrf} reload={load} />} />
        </Routes>
      ) : null}
    </AdminPage>
  );
}
