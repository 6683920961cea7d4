import { useTranslation } from 'react-i18next';
import type { CatalogueState } from '../data/catalogue.ts';

/** Loading and error states for anything waiting on the catalogue (announced politely). */
export function CatalogueStatus({ state }: { state: Exclude<CatalogueState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return (
      <p className="status" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('common:loading')}
      </p>
    );
  }
  return (
    <div className="status status--error" role="alert">
      <p>
        <strong>{t('common:errorTitle')}</strong>
      </p>
      <p className="status__detail">{state.message}</p>
      <button type="button" className="button" onClick={() => state.retry()}>
        {t('common:retry')}
      </button>
    </div>
  );
}
