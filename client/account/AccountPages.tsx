/**
 * The sign-in pages' chunk (/login, /setup, /invite/:token, /reset/:token), loaded only on them:
 * it brings the 'account' strings and the forms, so the landing page's JavaScript stays as it was.
 */
import './i18n.ts';
import './account.css';
import { InvitePage } from './InvitePage.tsx';
import { LoginPage } from './LoginPage.tsx';
import { ResetPage } from './ResetPage.tsx';
import { SetupPage } from './SetupPage.tsx';

export type AccountPageName = 'login' | 'setup' | 'invite' | 'reset';

const PAGES = { login: LoginPage, setup: SetupPage, invite: InvitePage, reset: ResetPage } as const satisfies Record<AccountPageName, unknown>;

export default function AccountPages({ page }: { page: AccountPageName }) {
  const Page = PAGES[page];
  return <Page />;
}
