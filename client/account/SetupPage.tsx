import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SetupBodySchema, SetupStateSchema, SignedInSchema } from '../../shared/api/account.ts';
import { useLang } from '../i18n/index.ts';
import { api } from '../net/api.ts';
import { apiErrorText, fieldErrors, refusal } from './errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from './Form.tsx';
import { passwordMismatch } from './passwords.ts';
import { Pending, PrivatePage } from './PrivatePage.tsx';
import { adoptSession } from './session.ts';
import { useApiGet } from './useApiGet.ts';

const FORM = 'setup';
const MESSAGES = { code: 'account:errCode', email: 'account:errEmail', displayName: 'account:errName', password: 'account:errPassword' };

/** /setup: the first administrator, made with the one-time code the server printed in its log. */
export function SetupPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const { state, reload } = useApiGet('/api/auth/setup', SetupStateSchema);
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const labels = {
    code: t('account:fieldCode'),
    email: t('account:fieldEmail'),
    displayName: t('account:fieldName'),
    password: t('account:fieldPassword'),
    password2: t('account:fieldPasswordAgain'),
  };

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const values = formValues(e.currentTarget);
    const parsed = SetupBodySchema.safeParse(values);
    const fields = { ...(parsed.success ? {} : fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES)), ...passwordMismatch(values) };
    if (!parsed.success || Object.keys(fields).length > 0) {
      form.show({ fields });
      return;
    }
    setBusy(true);
    const r = await api.send('POST', '/api/auth/setup', parsed.data, SignedInSchema);
    setBusy(false);
    if (!r.ok) {
      if (r.error.error === 'setup_done') reload();
      form.show(refusal(t, r.error, lang, MESSAGES, { bad_setup_code: 'code' }));
      return;
    }
    adoptSession(r.data);
    await navigate('/admin', { replace: true });
  };

  return (
    <PrivatePage title={t('account:setupTitle')}>
      <h1>{t('account:setupTitle')}</h1>
      {state.status === 'loading' ? <Pending text={t('account:checking')} /> : null}
      {state.status === 'error' ? (
        <div className="status status--error" role="alert">
          <p>{apiErrorText(t, state.error, lang)}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common:retry')}
          </button>
        </div>
      ) : null}
      {state.status === 'ready' && !state.data.needed ? (
        <p className="notice">
          {t('account:setupDone')} <Link to="/login">{t('account:toLogin')}</Link>
        </p>
      ) : null}
      {state.status === 'ready' && state.data.needed ? (
        <>
          <p className="lead">{t('account:setupLead')}</p>
          <form className="form" noValidate onSubmit={(e) => void submit(e)}>
            <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
            <Field formId={FORM} name="code" label={labels.code} hint={t('account:setupCodeHint')} errors={form.errors} autoComplete="one-time-code" spellCheck={false} autoCapitalize="characters" required />
            <Field formId={FORM} name="email" label={labels.email} errors={form.errors} type="email" autoComplete="email" inputMode="email" required />
            <Field formId={FORM} name="displayName" label={labels.displayName} hint={t('account:hintName')} errors={form.errors} autoComplete="name" required />
            <Field formId={FORM} name="password" label={labels.password} hint={t('account:hintPassword')} errors={form.errors} type="password" autoComplete="new-password" required />
            <Field formId={FORM} name="password2" label={labels.password2} hint={t('account:hintPasswordAgain')} errors={form.errors} type="password" autoComplete="new-password" required />
            <SubmitButton busy={busy}>{t('account:setupSubmit')}</SubmitButton>
          </form>
        </>
      ) : null}
    </PrivatePage>
  );
}
