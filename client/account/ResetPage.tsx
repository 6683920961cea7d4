import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LinkInfoSchema, ResetBodySchema, SignedInSchema, type LinkInfo } from '../../shared/api/account.ts';
import { useLang } from '../i18n/index.ts';
import { api, type ApiError } from '../net/api.ts';
import { fieldErrors, refusal } from './errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from './Form.tsx';
import { dateTimeText, LinkProblem } from './LinkProblem.tsx';
import { passwordMismatch } from './passwords.ts';
import { homeOf } from './paths.ts';
import { Pending, PrivatePage } from './PrivatePage.tsx';
import { adoptSession } from './session.ts';
import { useApiGet } from './useApiGet.ts';

const FORM = 'reset';
const MESSAGES = { password: 'account:errPassword' };
const UNKNOWN: ApiError = { error: 'link_unknown', status: 404 };

/** /reset/:token: a new password, twice. */
export function ResetPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { state, reload } = useApiGet(`/api/auth/links/${encodeURIComponent(token)}`, LinkInfoSchema);
  return (
    <PrivatePage title={t('account:resetTitle')}>
      <h1>{t('account:resetTitle')}</h1>
      {state.status === 'loading' ? <Pending text={t('account:linkChecking')} /> : null}
      {state.status === 'error' ? <LinkProblem error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.kind !== 'reset' ? <LinkProblem error={UNKNOWN} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.kind === 'reset' ? <ResetForm token={token} info={state.data} /> : null}
    </PrivatePage>
  );
}

function ResetForm({ token, info }: { token: string; info: LinkInfo }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [gone, setGone] = useState<ApiError | null>(null);
  const labels = { password: t('account:fieldNewPassword'), password2: t('account:fieldPasswordAgain') };

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const values = formValues(e.currentTarget);
    const parsed = ResetBodySchema.safeParse(values);
    const fields = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES)), ...passwordMismatch(values) };
    if (!parsed.success || Object.keys(fields).length > 0) {
      form.show({ fields });
      return;
    }
    setBusy(true);
    // The new password signs the person in (every other session of theirs ends).
    const r = await api.send('POST', `/api/auth/links/${encodeURIComponent(token)}/reset`, parsed.data, SignedInSchema);
    setBusy(false);
    if (!r.ok) {
      if (r.error.error.startsWith('link_')) setGone(r.error);
      else form.show(refusal(t, r.error, lang, MESSAGES));
      return;
    }
    adoptSession(r.data);
    await navigate(homeOf(r.data.account.role), { replace: true });
  };

  if (gone) return <LinkProblem error={gone} onRetry={() => setGone(null)} />;
  return (
    <>
      <p className="lead">{t('account:resetFor', { email: info.email ?? '' })}</p>
      <p>{t('account:linkExpires', { date: dateTimeText(info.expiresAt, lang) })}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
        {/* The account's email, for the browser's password manager to file the new password under. */}
        <input type="hidden" name="username" autoComplete="username" value={info.email ?? ''} />
        <Field formId={FORM} name="password" label={labels.password} hint={t('account:hintPassword')} errors={form.errors} type="password" autoComplete="new-password" required />
        <Field formId={FORM} name="password2" label={labels.password2} hint={t('account:hintPasswordAgain')} errors={form.errors} type="password" autoComplete="new-password" required />
        <SubmitButton busy={busy}>{t('account:resetSubmit')}</SubmitButton>
      </form>
    </>
  );
}
