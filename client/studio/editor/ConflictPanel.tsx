import { useTranslation } from 'react-i18next';
import { describeValue, type Conflict } from './draft.ts';

/** A stale save: each field someone else saved differently, theirs beside the member's, to take or to keep. */
export function ConflictPanel({ conflicts, onTakeTheirs, onKeepMine }: { conflicts: Conflict[]; onTakeTheirs(path: string): void; onKeepMine(): void }) {
  const { t } = useTranslation();
  const shown = (v: unknown) => describeValue(v) || t('boothEdit:emptyValue');
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('boothEdit:conflictTitle')}</h2>
      <p>{t('boothEdit:conflictBody')}</p>
      <ul className="rows">
        {conflicts.map((c) => (
          <li key={c.path} className="row conflict__field">
            <h3>{t(`boothEdit:field_${c.path}`, { defaultValue: c.path })}</h3>
            <dl>
              <dt>{t('boothEdit:theirs')}</dt>
              <dd className="conflict__value">{shown(c.theirs)}</dd>
              <dt>{t('boothEdit:mine')}</dt>
              <dd className="conflict__value">{shown(c.mine)}</dd>
            </dl>
            <button type="button" className="button" onClick={() => onTakeTheirs(c.path)}>
              {t('boothEdit:takeTheirs')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onKeepMine}>
        {t('boothEdit:keepMine')}
      </button>
    </section>
  );
}
