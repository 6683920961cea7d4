import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Account } from '../../shared/api/account.ts';
import { PrivatePage } from '../account/PrivatePage.tsx';

/** /admin's sections, in the menu's order. Booths, approvals and inquiries are filled in by later work. */
export const SECTIONS = [
  { path: 'dashboard', label: 'analytics:dashboardNav' },
  { path: 'accounts', label: 'admin:navAccounts' },
  { path: 'invitations', label: 'admin:navInvitations' },
  { path: 'booths', label: 'admin:navBooths' },
  { path: 'fairs', label: 'adminFairs:nav' },
  { path: 'approvals', label: 'admin:navApprovals' },
  { path: 'inquiries', label: 'admin:navInquiries' },
  { path: 'analytics', label: 'analytics:analyticsNav' },
  { path: 'sales', label: 'adminSales:nav' },
  { path: 'reports', label: 'moderation:navReports' },
  { path: 'bans', label: 'moderation:navBans' },
  { path: 'audit', label: 'moderation:navAudit' },
  { path: 'words', label: 'moderation:navWords' },
  { path: 'security', label: 'account:securityNav' },
] as const;

function AdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className="private-nav" aria-label={t('admin:navLabel')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.path}>
            {/* A Link, not NavLink: the open section is marked by hand, and react-router's NavLink stays out of the code every page loads. */}
            <Link to={`/admin/${s.path}`} aria-current={pathname.startsWith(`/admin/${s.path}`) ? 'page' : undefined}>
              {t(s.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One /admin section: the private frame with the menu, the section's heading, its content. */
export function AdminPage({ account, title, children }: { account: Account; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PrivatePage title={`${title} · ${t('admin:title')}`} account={account} nav={<AdminNav />}>
      <h1>{title}</h1>
      {children}
    </PrivatePage>
  );
}

/** A failed list: the sentence, and loading it again. */
export function LoadProblem({ text, onRetry }: { text: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <p>
        <strong>{t('admin:loadFailed')}</strong> {text}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('admin:retry')}
      </button>
    </div>
  );
}
