import '../../studio/editor/i18n.ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { EditListSchema, FairSchema, REASON_MAX, StudioErrorSchema, type EditRow } from '../../../shared/api/studio.ts';
import { useLang } from '../../i18n/index.ts';
import { describeValue } from '../../studio/editor/draft.ts';
import { call, sessionCsrf } from '../../studio/editor/studioApi.ts';
import { AdminPage } from '../AdminPage.tsx';

/** The permanent exhibition: the one fair there is until dated fairs arrive. */
const FAIR_ID = 1;

type Queue = { status: 'loading' } | { status: 'error' } | { status: 'ready'; edits: EditRow[]; editsNeedApproval: boolean; csrf: string | null };

/**
 * /admin/approvals: whether enterprises' booth edits wait for approval, and the edits waiting, each
 * with what it changes (shown as text), to approve or to reject with a reason the member sees.
 */
export function ApprovalsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Queue>({ status: 'loading' });
  const [note, setNote] = useState('');

  const load = useCallback(async () => {
    const [csrf, edits, fair] = await Promise.all([sessionCsrf(), call('GET', '/api/admin/edits?status=pending', undefined, null), call('GET', `/api/admin/fairs/${FAIR_ID}`, undefined, null)]);
    const list = EditListSchema.safeParse(edits.body);
    const settings = FairSchema.safeParse(fair.body);
    setQueue(list.success && settings.success ? { status: 'ready', edits: list.data.edits, editsNeedApproval: settings.data.editsNeedApproval, csrf } : { status: 'error' });
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (path: string, body: unknown, done: string) => {
    if (queue.status !== 'ready') return;
    const r = await call(path.includes('/fairs/') ? 'PATCH' : 'POST', path, body, queue.csrf);
    const code = StudioErrorSchema.safeParse(r.body);
    if (r.status === 200) setNote(done);
    else if (r.status === 409 && code.success && code.data.error === 'not_pending') setNote(t('boothEdit:notPending'));
    else if (r.status === 409) setNote(t('boothEdit:staleApprove'));
    else setNote(t('boothEdit:actionFailed'));
    await load();
  };

  return (
    <AdminPage account={me} title={t('admin:navApprovals')}>
      {queue.status === 'loading' ? <p role="status">{t('boothEdit:loading')}</p> : null}
      {queue.status === 'error' ? (
        <p role="alert" className="notice">
          {t('boothEdit:approvalsFailed')}
        </p>
      ) : null}
      {queue.status === 'ready' ? (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={queue.editsNeedApproval}
              disabled={me.role !== 'admin'}
              onChange={(e) => void act(`/api/admin/fairs/${FAIR_ID}`, { editsNeedApproval: e.target.checked }, '')}
            />
            {t('boothEdit:approvalSetting')}
          </label>
          <p role="status">{note}</p>
          {queue.edits.length === 0 ? <p className="notice">{t('boothEdit:approvalsEmpty')}</p> : null}
          <ul className="cards">
            {queue.edits.map((e) => (
              <EditCard
                key={e.id}
                edit={e}
                onApprove={() => void act(`/api/admin/edits/${e.id}/approve`, undefined, t('boothEdit:approvedNote'))}
                onReject={(reason) => void act(`/api/admin/edits/${e.id}/reject`, { reason }, t('boothEdit:rejectedNote'))}
              />
            ))}
          </ul>
        </>
      ) : null}
    </AdminPage>
  );
}

function EditCard({ edit, onApprove, onReject }: { edit: EditRow; onApprove(): void; onReject(reason: string): void }) {
  const { t } = useTranslation();
  const { l, lang } = useLang();
  const [reason, setReason] = useState('');
  const at = new Date(edit.submittedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR');
  return (
    <li className="card" aria-labelledby={`edit-${edit.id}`}>
      <h2 id={`edit-${edit.id}`} className="card__title">
        {l(edit.boothName)}
      </h2>
      <p>{t('boothEdit:submittedBy', { name: edit.submittedBy, at })}</p>
      <dl>
        {edit.fields.map((f) => (
          <div key={f.path}>
            <dt>{t(`boothEdit:field_${f.path}`, { defaultValue: f.path })}</dt>
            <dd className="conflict__value">{describeValue(f.value) || t('boothEdit:emptyValue')}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button--primary" onClick={onApprove}>
        {t('boothEdit:approve')}
      </button>
      <label className="field">
        <span>{t('boothEdit:reason')}</span>
        <textarea rows={2} maxLength={REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" className="button" disabled={reason.trim() === ''} onClick={() => onReject(reason.trim())}>
        {t('boothEdit:reject')}
      </button>
    </li>
  );
}
