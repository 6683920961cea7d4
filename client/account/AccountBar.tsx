import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Account } from '../../shared/api/account.ts';
import { ROLE_KEY } from './roles.ts';
import { signOut } from './session.ts';

/** Who is signed in, and the way out: on every private page, under the site's header bar. */
export function AccountBar({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const out = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    await signOut();
    await navigate('/login');
  };
  return (
    <section className="account-bar" aria-label={t('account:accountBar')}>
      {/* Text from users is rendered as text by React, never as HTML. */}
      <span className="account-bar__who">{t('account:signedInAs', { name: account.displayName, role: t(ROLE_KEY[account.role]) })}</span>
      <button type="button" className="button button--secondary account-bar__out" onClick={() => void out()} aria-disabled={busy || undefined}>
        {t('account:signOut')}
      </button>
    </section>
  );
}
