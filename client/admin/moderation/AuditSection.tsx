import './i18n.ts';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/api/moderation.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage } from '../AdminPage.tsx';
import { loadAudit, type Loaded } from './moderationApi.ts';
import { LoadState } from './LoadState.tsx';
import { when } from './when.ts';

/** /admin/audit: every staff action, newest first, filtered by kind. Read only: the app never deletes it. */
export function AuditSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const id = useId();
  const [action, setAction] = useState('');
  const [list, setList] = useState<Loaded<{ entries: AuditEntry[] }> | null>(null);
  useEffect(() => {
    void loadAudit(action).then(setList);
  }, [action]);

  return (
    <AdminPage account={me} title={t('moderation:navAudit')}>
      <p>{t('moderation:auditIntro')}</p>
      <label htmlFor={id}>{t('moderation:auditFilter')}</label>{' '}
      <select id={id} value={action} onChange={(e) => setAction(e.target.value)}>
        <option value="">{t('moderation:allActions')}</option>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a} value={a}>
            {t(`moderation:action_${a}`)}
          </option>
        ))}
      </select>
      <LoadState list={list} />
      {list?.ok && list.data.entries.length === 0 ? <p className="notice">{t('moderation:auditEmpty')}</p> : null}
      {list?.ok && list.data.entries.length > 0 ? (
        <table>
          <caption>{t('moderation:auditCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation:colAt')}</th>
              <th scope="col">{t('moderation:colBy')}</th>
              <th scope="col">{t('moderation:colAction')}</th>
              <th scope="col">{t('moderation:colTarget')}</th>
              <th scope="col">{t('moderation:colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.entries.map((e) => (
              <tr key={e.id}>
                <td>{when(e.at, lang)}</td>
                <td>{e.actorName}</td>
                <td>{t(`moderation:action_${e.action}`, { defaultValue: e.action })}</td>
                <td>{e.target}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </AdminPage>
  );
}
