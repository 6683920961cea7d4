import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> — 시웃월드" in the current language; screen readers announce it on navigation. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation();
  const app = t('common:appName');
  useEffect(() => {
    document.title = page ? `${page} — ${app}` : `${app} — ${t('common:appTagline')}`;
  }, [page, app, t]);
}
