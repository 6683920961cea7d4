import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Account } from '../../shared/api/account.ts';
import { useLang } from '../i18n/index.ts';
import { apiErrorText } from './errors.ts';
import { loginHref } from './paths.ts';
import { Pending, PrivatePage } from './PrivatePage.tsx';
import { reloadSession, useSession } from './session.ts';

/**
 * A private page's door: not signed in → the sign-in page, which returns here; signed in → the
 * page, given the account (which may still show a sentence instead when the role does not fit).
 */
export function RequireAccount({ title, children }: { title: string; children: (account: Account) => ReactNode }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { pathname, search } = useLocation();
  const session = useSession();
  if (session.status === 'signedOut') return <Navigate to={loginHref(pathname + search)} replace />;
  if (session.status === 'signedIn') return children(session.account);
  return (
    <PrivatePage title={title}>
      <h1>{title}</h1>
      {session.status === 'loading' ? (
        <Pending text={t('account:checking')} />
      ) : (
        <div className="status status--error" role="alert">
          <p>
            <strong>{t('account:loadFailed')}</strong> {apiErrorText(t, session.error, lang)}
          </p>
          <button type="button" className="button" onClick={reloadSession}>
            {t('common:retry')}
          </button>
        </div>
      )}
    </PrivatePage>
  );
}
