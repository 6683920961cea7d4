import type { ReactNode } from 'react';
import type { Account } from '../../shared/api/account.ts';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';
import { AccountBar } from './AccountBar.tsx';

/** The frame of the account pages, /admin and /studio: the site's header (with who is signed in) and a main column. */
export function PrivatePage({ title, account, nav, children }: { title: string; account?: Account | null; nav?: ReactNode; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <SiteHeader>
        {account ? <AccountBar account={account} /> : null}
        {nav}
      </SiteHeader>
      <main id="main" tabIndex={-1} className="content private">
        {children}
      </main>
    </div>
  );
}

/** Waiting for the session or a page's data: announced politely. */
export function Pending({ text }: { text: string }) {
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
