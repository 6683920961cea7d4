import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/** "<page> — 시웃월드", or the site's name and tagline on the landing page, in `t`'s language. */
export function documentTitle(t: TFunction, page: string | null): string {
  const app = t('common:appName');
  return page ? `${page} — ${app}` : `${app} — ${t('common:appTagline')}`;
}

/**
 * Keeps document.title on the page after client-side navigation (and a language switch); screen
 * readers announce it. The server writes the same title into the first HTML (client/entry-server.tsx).
 */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = documentTitle(t, page);
  }, [page, t]);
}
