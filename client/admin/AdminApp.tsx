/**
 * /admin, the staff's pages: a lazy chunk of its own (with the 'admin' and 'account' strings), behind
 * the sign-in gate. An enterprise member who opens it is told where their pages are.
 */
import '../account/i18n.ts';
import './i18n.ts';
import '../account/account.css';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes } from 'react-router';
import { isStaff, type Account } from '../../shared/api/account.ts';
import { RequireAccount } from '../account/Gate.tsx';
import { PrivatePage } from '../account/PrivatePage.tsx';
import { AccountsSection } from './AccountsSection.tsx';
import { ApprovalsSection } from './approvals/ApprovalsSection.tsx';
import { BoothsSection } from './booths/BoothsSection.tsx';
import { AnalyticsSection } from './analytics/AnalyticsSection.tsx';
import { DashboardSection } from './dashboard/DashboardSection.tsx';
import { FairsSection } from './fairs/FairsSection.tsx';
import { AdminPage } from './AdminPage.tsx';
import { InvitationsSection } from './InvitationsSection.tsx';
import { SalesSection } from './sales/SalesSection.tsx';
import { SecuritySection } from './security/SecuritySection.tsx';
import { TotpGate } from './security/TotpGate.tsx';
import { AuditSection } from './moderation/AuditSection.tsx';
import { BansSection } from './moderation/BansSection.tsx';
import { ReportsSection } from './moderation/ReportsSection.tsx';
import { WordsSection } from './moderation/WordsSection.tsx';
import { FairInbox } from '../inquiry/inbox/InboxRoute.tsx';

/** A section in a sentence: one later work fills (its place in the menu kept), or one only admins use. */
function Notice({ me, title, body }: { me: Account; title: string; body: string }) {
  return (
    <AdminPage account={me} title={title}>
      <p className="notice">{body}</p>
    </AdminPage>
  );
}

function StaffPages({ me }: { me: Account }) {
  const { t } = useTranslation();
  const admin = me.role === 'admin';
  return (
    <Routes>
      <Route index element={<Navigate to="accounts" replace />} />
      {/* Accounts and invitations are the admins' (the server refuses moderators too). */}
      <Route path="accounts" element={admin ? <AccountsSection me={me} /> : <Notice me={me} title={t('admin:navAccounts')} body={t('admin:adminOnly')} />} />
      <Route path="invitations" element={admin ? <InvitationsSection me={me} /> : <Notice me={me} title={t('admin:navInvitations')} body={t('admin:adminOnly')} />} />
      <Route path="booths" element={<BoothsSection me={me} />} />
      <Route path="fairs/*" element={<FairsSection me={me} />} />
      <Route path="approvals" element={<ApprovalsSection me={me} />} />
      <Route path="dashboard" element={<DashboardSection me={me} />} />
      <Route path="analytics" element={<AnalyticsSection me={me} />} />
      <Route path="sales" element={<SalesSection me={me} />} />
      <Route path="reports" element={<ReportsSection me={me} />} />
      <Route path="bans" element={<BansSection me={me} />} />
      <Route path="audit" element={<AuditSection me={me} />} />
      <Route path="words" element={<WordsSection me={me} />} />
      <Route path="security" element={<SecuritySection me={me} />} />
      <Route
        path="inquiries"
        element={
          <AdminPage account={me} title={t('admin:navInquiries')}>
            <FairInbox />
          </AdminPage>
        }
      />
      <Route path="*" element={<Navigate to="/admin/accounts" replace />} />
    </Routes>
  );
}

export default function AdminApp() {
  const { t } = useTranslation();
  return (
    <RequireAccount title={t('admin:title')}>
      {(me) =>
        isStaff(me.role) ? (
          <TotpGate>
            <StaffPages me={me} />
          </TotpGate>
        ) : (
          <PrivatePage title={t('admin:title')} account={me}>
            <h1>{t('admin:title')}</h1>
            <p className="notice">
              {t('admin:staffOnly')} <Link to="/studio">{t('account:toStudio')}</Link>
            </p>
          </PrivatePage>
        )
      }
    </RequireAccount>
  );
}
