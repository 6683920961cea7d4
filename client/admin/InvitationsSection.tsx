import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InvitationListSchema, InviteBodySchema, MadeLinkSchema, type Account, type MadeLink, type Role } from '../../shared/api/account.ts';
import { listBooths } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { boothName } from '../account/boothName.ts';
import { apiErrorText, fieldErrors, refusal } from '../account/errors.ts';
import { ErrorSummary, fieldId, FieldShell, formValues, SubmitButton, useFormErrors } from '../account/Form.tsx';
import { dateTimeText } from '../account/LinkProblem.tsx';
import { Pending } from '../account/PrivatePage.tsx';
import { ROLE_KEY } from '../account/roles.ts';
import { useApiGet } from '../account/useApiGet.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { localized } from '../i18n/localized.ts';
import { api } from '../net/api.ts';
import { AdminPage, LoadProblem } from './AdminPage.tsx';
import { OnceLink } from './OnceLink.tsx';

const FORM = 'invite-new';
const MESSAGES = { boothId: 'admin:errBooth', note: 'admin:errNote' };
/** The role an invitation is most often for: an enterprise joining to keep its booth. */
const ROLE_ORDER: readonly Role[] = ['enterprise', 'moderator', 'admin'];

type Status = 'pending' | 'used' | 'expired';
const STATUS_KEY: Record<Status, string> = { pending: 'admin:statusPending', used: 'admin:statusUsed', expired: 'admin:statusExpired' };

export function invitationStatus(row: { usedAt: string | null; expiresAt: string }, now: number): Status {
  if (row.usedAt) return 'used';
  return Date.parse(row.expiresAt) <= now ? 'expired' : 'pending';
}

/** /admin/invitations: make an invitation (its link shown once) and the list of those made. */
export function InvitationsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const venue = useCatalogue();
  const catalogue = venue.status === 'ready' ? venue.catalogue : null;
  const { state, reload } = useApiGet('/api/admin/invitations', InvitationListSchema);
  const now = Date.now();
  return (
    <AdminPage account={me} title={t('admin:navInvitations')}>
      <InviteForm catalogue={catalogue} onMade={reload} />
      <h2>{t('admin:invitationsTitle')}</h2>
      {state.status === 'loading' ? <Pending text={t('account:loadingPage')} /> : null}
      {state.status === 'error' && state.error.error === 'forbidden' ? <p className="notice">{t('admin:adminOnly')}</p> : null}
      {state.status === 'error' && state.error.error !== 'forbidden' ? <LoadProblem text={apiErrorText(t, state.error, lang)} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.invitations.length === 0 ? <p>{t('admin:invitationsEmpty')}</p> : null}
      {state.status === 'ready' && state.data.invitations.length > 0 ? (
        <ul className="cards">
          {state.data.invitations.map((row) => {
            const status = invitationStatus(row, now);
            return (
              <li key={row.id} className="card">
                <p className={`badge badge--${status}`}>{t(STATUS_KEY[status])}</p>
                <dl className="props">
                  <dt>{t('admin:invitationFor')}</dt>
                  <dd>
                    {t(ROLE_KEY[row.role])}
                    {row.boothId ? ` · ${boothName(catalogue, row.boothId, lang)}` : ''}
                  </dd>
                  {row.note ? (
                    <>
                      <dt>{t('admin:invitationNote')}</dt>
                      <dd>{row.note}</dd>
                    </>
                  ) : null}
                  <dt>{t('admin:invitationCreated')}</dt>
                  <dd>{dateTimeText(row.createdAt, lang)}</dd>
                  <dt>{t('admin:invitationExpires')}</dt>
                  <dd>{dateTimeText(row.expiresAt, lang)}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      ) : null}
    </AdminPage>
  );
}

function InviteForm({ catalogue, onMade }: { catalogue: Catalogue | null; onMade: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const form = useFormErrors();
  const [role, setRole] = useState<Role>('enterprise');
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<MadeLink | null>(null);
  const labels = { role: t('admin:inviteRole'), boothId: t('admin:inviteBooth'), note: t('admin:inviteNote') };
  const booths = catalogue ? listBooths(catalogue) : [];
  const groups = [
    { label: t('admin:groupEnterprises'), booths: booths.filter((b) => b.kind === 'enterprise') },
    { label: t('admin:groupProgrammes'), booths: booths.filter((b) => b.kind === 'programme') },
  ];

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const v = formValues(e.currentTarget);
    const parsed = InviteBodySchema.safeParse({
      role: v.role,
      boothId: v.role === 'enterprise' && v.boothId ? v.boothId : undefined,
      note: v.note?.trim() ? v.note : undefined,
    });
    if (!parsed.success) {
      form.show({ fields: fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES) });
      return;
    }
    setBusy(true);
    const r = await api.send('POST', '/api/admin/invitations', parsed.data, MadeLinkSchema);
    setBusy(false);
    if (!r.ok) {
      form.show(refusal(t, r.error, lang, MESSAGES, { unknown_booth: 'boothId' }));
      return;
    }
    form.clear();
    setMade(r.data);
    onMade();
  };

  return (
    <section aria-labelledby={`${FORM}-title`}>
      <h2 id={`${FORM}-title`}>{t('admin:inviteTitle')}</h2>
      <p>{t('admin:inviteLead')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
        <FieldShell id={fieldId(FORM, 'role')} label={labels.role}>
          {(aria) => (
            <select className="field__input" name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)} {...aria}>
              {ROLE_ORDER.map((r) => (
                <option key={r} value={r}>
                  {t(ROLE_KEY[r])}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        {role === 'enterprise' ? (
          <FieldShell
            id={fieldId(FORM, 'boothId')}
            label={labels.boothId}
            hint={t('admin:inviteBoothHint')}
            error={form.errors.fields.boothId ? t(form.errors.fields.boothId) : undefined}
          >
            {(aria) => (
              <select className="field__input" name="boothId" defaultValue="" {...aria}>
                <option value="">{t('admin:inviteBoothChoose')}</option>
                {groups.map((g) =>
                  g.booths.length ? (
                    <optgroup key={g.label} label={g.label}>
                      {g.booths.map((b) => (
                        <option key={b.id} value={b.id}>
                          {localized(b.title, lang)}
                        </option>
                      ))}
                    </optgroup>
                  ) : null,
                )}
              </select>
            )}
          </FieldShell>
        ) : null}
        <FieldShell id={fieldId(FORM, 'note')} label={labels.note} hint={t('admin:inviteNoteHint')} error={form.errors.fields.note ? t(form.errors.fields.note) : undefined}>
          {(aria) => <input className="field__input" name="note" maxLength={400} {...aria} />}
        </FieldShell>
        <SubmitButton busy={busy}>{t('admin:inviteSubmit')}</SubmitButton>
      </form>
      {made ? <OnceLink id="invite-link" title={t('admin:inviteMade')} link={made} /> : null}
    </section>
  );
}
