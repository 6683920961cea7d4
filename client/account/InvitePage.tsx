import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AcceptInviteBodySchema, LinkInfoSchema, SignedInSchema, type LinkInfo } from '../../shared/api/account.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { api, type ApiError } from '../net/api.ts';
import { boothName } from './boothName.ts';
import { fieldErrors, refusal } from './errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from './Form.tsx';
import { dateTimeText, LinkProblem } from './LinkProblem.tsx';
import { passwordMismatch } from './passwords.ts';
import { homeOf } from './paths.ts';
import { Pending, PrivatePage } from './PrivatePage.tsx';
import { ROLE_KEY } from './roles.ts';
import { adoptSession } from './session.ts';
import { useApiGet } from './useApiGet.ts';

const FORM = 'invite';
const MESSAGES = { displayName: 'account:errName', email: 'account:errEmail', password: 'account:errPassword' };
const UNKNOWN: ApiError = { error: 'link_unknown', status: 404 };

/** /invite/:token: what the invitation is for, then name, email and password → signed in → /studio or /admin. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { state, reload } = useApiGet(`/api/auth/links/${encodeURIComponent(token)}`, LinkInfoSchema);
  return (
    <PrivatePage title={t('account:inviteTitle')}>
      <h1>{t('account:inviteTitle')}</h1>
      {state.status === 'loading' ? <Pending text={t('account:linkChecking')} /> : null}
      {state.status === 'error' ? <LinkProblem error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.kind !== 'invite' ? <LinkProblem error={UNKNOWN} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.kind === 'invite' ? <InviteForm token={token} info={state.data} /> : null}
    </PrivatePage>
  );
}

function InviteForm({ token, info }: { token: string; info: LinkInfo }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const venue = useCatalogue();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [gone, setGone] = useState<ApiError | null>(null);
  const labels = {
    displayName: t('account:fieldName'),
    email: t('account:fieldEmail'),
    password: t('account:fieldPassword'),
    password2: t('account:fieldPasswordAgain'),
  };
  const role = t(ROLE_KEY[info.role ?? 'enterprise']);
  const catalogue = venue.status === 'ready' ? venue.catalogue : null;

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const values = formValues(e.currentTarget);
    const parsed = AcceptInviteBodySchema.safeParse(values);
    const fields = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES)), ...passwordMismatch(values) };
    if (!parsed.success || Object.keys(fields).length > 0) {
      form.show({ fields });
      return;
    }
    setBusy(true);
    const r = await api.send('POST', `/api/auth/links/${encodeURIComponent(token)}/accept`, parsed.data, SignedInSchema);
    setBusy(false);
    if (!r.ok) {
      // The link was used or expired meanwhile: the form is of no more use.
      if (r.error.error.startsWith('link_')) setGone(r.error);
      else form.show(refusal(t, r.error, lang, MESSAGES, { email_taken: 'email' }));
      return;
    }
    adoptSession(r.data);
    await navigate(homeOf(r.data.account.role), { replace: true });
  };

  if (gone) return <LinkProblem error={gone} onRetry={() => setGone(null)} />;
  return (
    <>
      <p className="lead">
        {info.boothId ? t('account:inviteForBooth', { role, booth: boothName(catalogue, info.boothId, lang) }) : t('account:inviteForRole', { role })}
      </p>
      <p>
        {t('account:inviteLead')} {t('account:linkExpires', { date: dateTimeText(info.expiresAt, lang) })}
      </p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
        <Field formId={FORM} name="displayName" label={labels.displayName} hint={t('account:hintName')} errors={form.errors} autoComplete="name" required />
        <Field formId={FORM} name="email" label={labels.email} errors={form.errors} type="email" autoComplete="email" inputMode="email" required />
        <Field formId={FORM} name="password" label={labels.password} hint={t('account:hintPassword')} errors={form.errors} type="password" autoComplete="new-password" required />
        <Field formId={FORM} name="password2" label={labels.password2} hint={t('account:hintPasswordAgain')} errors={form.errors} type="password" autoComplete="new-password" required />
        <SubmitButton busy={busy}>{t('account:inviteSubmit')}</SubmitButton>
      </form>
    </>
  );
}
