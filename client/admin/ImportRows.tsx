import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../shared/api/enterpriseImport.ts';

/** The import's rows as a table: what each row says, and what became of it (its problems, or its invitation). */
export function ImportRows({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="import-table-scroll" role="region" aria-label={t('enterprise-import:colResult')} tabIndex={0}>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('enterprise-import:colRow')}</th>
            <th scope="col">{t('enterprise-import:colName')}</th>
            <th scope="col">{t('enterprise-import:colEmail')}</th>
            <th scope="col">{t('enterprise-import:colPhone')}</th>
            <th scope="col">{t('enterprise-import:colCertification')}</th>
            <th scope="col">{t('enterprise-import:colResult')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{r.name}</td>
              <td>{r.email}</td>
              <td>{r.phone ?? ''}</td>
              <td>{r.certifications.join(', ')}</td>
              <td>
                <strong>{t(`enterprise-import:status_${r.status}`)}</strong>
                {r.issues.map((i) => (
                  <span key={i} className="field__error">
                    {' '}
                    {t(`enterprise-import:issue_${i}`)}
                  </span>
                ))}
                {r.status === 'created' ? <span> {t(r.mailed ? 'enterprise-import:mailed' : 'enterprise-import:notMailed')}</span> : null}
                {r.status === 'created' && !r.mailed && r.url ? <input readOnly className="field__input" value={r.url} aria-label={`${r.name} ${t('enterprise-import:colResult')}`} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
