import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AccountListSchema, MadeLinkSchema, type Account, type MadeLink } from '../../shared/api/account.ts';
import { boothName } from '../account/boothName.ts';
import { apiErrorText } from '../account/errors.ts';
import { Pending } from '../account/PrivatePage.tsx';
import { ROLE_KEY } from '../account/roles.ts';
import { useApiGet } from '../account/useApiGet.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { api } from '../net/api.ts';
import { AdminPage, LoadProblem } from './AdminPage.tsx';
import { EnterpriseImport } from './EnterpriseImport.tsx';
import { OnceLink } from './OnceLink.tsx';

type Row = z.infer<typeof AccountListSchema>['accounts'][number];

/** /admin/accounts: the enterprise CSV import, the accounts export, and every account with its role, booths, state and (staff) second factor; a reset link, disabling, or resetting the second factor per account. */
export function AccountsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { state, reload } = useApiGet('/api/admin/accounts', AccountListSchema);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <AdminPage account={me} title={t('admin:accountsTitle')}>
      <p role="status" className="private-notice">
        {notice}
      </p>
      {state.status === 'loading' ? <Pending text={t('account:loadingPage')} /> : null}
      {state.status === 'error' && state.error.error === 'forbidden' ? <p className="notice">{t('admin:adminOnly')}</p> : null}
      {state.status === 'error' && state.error.error !== 'forbidden' ? <LoadProblem text={apiErrorText(t, state.error, lang)} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.accounts.length === 0 ? <p>{t('admin:accountsEmpty')}</p> : null}
      <EnterpriseImport onImported={reload} />
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title" className="card__title">
          {t('enterprise-import:exportTitle')}
        </h2>
        <p>{t('enterprise-import:exportLead')}</p>
        <a className="button button--secondary" href={`/api/admin/accounts.csv?lang=${lang}`} download>
          {t('enterprise-import:exportLink')}
        </a>
      </section>
      {state.status === 'ready' && state.data.accounts.length > 0 ? (
        <ul className="cards">
          {state.data.accounts.map((a) => (
            <AccountCard
              key={a.id}
              row={a}
              self={a.id === me.id}
              onDone={(done) => {
                setNotice(t(done === 'disabled' ? 'admin:disabledDone' : 'admin:twoStepResetDone', { name: a.displayName }));
                reload();
              }}
            />
          ))}
        </ul>
      ) : null}
    </AdminPage>
  );
}

/** An action's confirmation step: turning the account off, or resetting its second factor. */
type Confirming = 'disable' | 'twoStep' | null;

function AccountCard({ row, self, onDone }: { row: Row; self: boolean; onDone: (done: 'disabled' | 'twoStepReset') => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const venue = useCatalogue();
  const catalogue = venue.status === 'ready' ? venue.catalogue : null;
  const [link, setLink] = useState<MadeLink | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const makeReset = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const r = await api.send('POST', `/api/admin/accounts/${encodeURIComponent(row.id)}/reset`, undefined, MadeLinkSchema);
    setBusy(false);
    setProblem(r.ok ? null : apiErrorText(t, r.error, lang));
    if (r.ok) setLink(r.data);
  };
  /** POSTs the confirmed action; the list reloads when it is done. */
  const act = async (what: Exclude<Confirming, null>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const path = what === 'disable' ? 'disable' : 'totp/reset';
    const r = await api.send('POST', `/api/admin/accounts/${encodeURIComponent(row.id)}/${path}`, undefined, z.null());
    setBusy(false);
    setConfirming(null);
    if (r.ok) onDone(what === 'disable' ? 'disabled' : 'twoStepReset');
    else setProblem(apiErrorText(t, r.error, lang));
  };

  const titleId = `account-${row.id}`;
  return (
    <li className="card">
      <h2 id={titleId} className="card__title">
        {row.displayName} {self ? t('admin:you') : null}
      </h2>
      <dl className="props">
        <dt>{t('admin:accountEmail')}</dt>
        <dd>{row.email}</dd>
        <dt>{t('admin:accountRole')}</dt>
        <dd>{t(ROLE_KEY[row.role])}</dd>
        <dt>{t('admin:accountBooths')}</dt>
        <dd>{row.boothIds.length ? row.boothIds.map((id) => boothName(catalogue, id, lang)).join(', ') : t('admin:noBooths')}</dd>
        <dt>{t('admin:accountState')}</dt>
        <dd>{row.disabled ? t('admin:stateDisabled') : t('admin:stateActive')}</dd>
        {row.role !== 'enterprise' ? (
          <>
            <dt>{t('admin:accountTwoStep')}</dt>
            <dd>{row.twoStep ? t('admin:twoStepOn') : t('admin:twoStepOff')}</dd>
          </>
        ) : null}
      </dl>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {!row.disabled ? (
        <div className="card__actions">
          <button type="button" className="button button--secondary" onClick={() => void makeReset()} aria-disabled={busy || undefined}>
            {t('admin:makeReset')}
          </button>
          {self || confirming ? null : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming('disable')}>
              {t('admin:disable')}
            </button>
          )}
          {self || confirming || !row.twoStep ? null : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming('twoStep')}>
              {t('admin:resetTwoStep')}
            </button>
          )}
        </div>
      ) : null}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t(confirming === 'disable' ? 'admin:disableConfirm' : 'admin:resetTwoStepConfirm', { name: row.displayName })}</p>
          <div className="card__actions">
            <button type="button" className="button button--danger" onClick={() => void act(confirming)} aria-disabled={busy || undefined}>
              {t(confirming === 'disable' ? 'admin:disableYes' : 'admin:resetTwoStepYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('admin:cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {link ? <OnceLink id={`${titleId}-reset`} title={t('admin:resetFor', { name: row.displayName })} link={link} /> : null}
    </li>
  );
}
