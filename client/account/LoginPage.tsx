import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { LoginBodySchema, SetupStateSchema, SignedInSchema, type SignedIn } from '../../shared/api/account.ts';
import { SecondStepSchema } from '../../shared/api/secondFactor.ts';
import { useLang } from '../i18n/index.ts';
import { api } from '../net/api.ts';
import { fieldErrors, refusal } from './errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from './Form.tsx';
import { homeOf, safeNext } from './paths.ts';
import { PrivatePage } from './PrivatePage.tsx';
import { SecondStepForm } from './SecondStepForm.tsx';
import { adoptSession, useSession } from './session.ts';
import { useApiGet } from './useApiGet.ts';

const FORM = 'login';
const MESSAGES = { email: 'account:errEmail', password: 'account:errPasswordRequired' };
/** The password step's answer: a session, or (two-step sign-in on) a challenge for the code. */
const PasswordAnswerSchema = z.union([SignedInSchema, SecondStepSchema]);

/** /login: email and password, then a code when the account has two-step sign-in; `?next=` (a path of this site) is where it returns. */
export function LoginPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const setup = useApiGet('/api/auth/setup', SetupStateSchema).state;
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const labels = { email: t('account:fieldEmail'), password: t('account:fieldPassword') };

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const parsed = LoginBodySchema.safeParse(formValues(e.currentTarget));
    if (!parsed.success) {
      form.show({ fields: fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES) });
      return;
    }
    setBusy(true);
    const r = await api.send('POST', '/api/auth/login', parsed.data, PasswordAnswerSchema);
    setBusy(false);
    if (!r.ok) {
      form.show(refusal(t, r.error, lang, MESSAGES));
      return;
    }
    if ('challenge' in r.data) return setChallenge(r.data.challenge);
    await signedIn(r.data);
  };
  const signedIn = async (s: SignedIn): Promise<void> => {
    adoptSession(s);
    await navigate(next ?? homeOf(s.account.role), { replace: true });
  };

  return (
    <PrivatePage title={t('account:loginTitle')} account={session.status === 'signedIn' ? session.account : null}>
      <h1>{t('account:loginTitle')}</h1>
      {session.status === 'signedIn' ? (
        <p className="notice">
          {t('account:alreadySignedIn', { name: session.account.displayName })}{' '}
          <Link to={next ?? homeOf(session.account.role)}>{t(session.account.role === 'enterprise' ? 'account:toStudio' : 'account:toAdmin')}</Link>
        </p>
      ) : null}
      <p className="lead">{t('account:loginLead')}</p>
      {setup.status === 'ready' && setup.data.needed ? (
        <p className="notice">
          {t('account:loginSetupNeeded')} <Link to="/setup">{t('account:loginSetupLink')}</Link>
        </p>
      ) : null}
      {challenge !== null ? (
        <SecondStepForm challenge={challenge} onSignedIn={(s) => void signedIn(s)} />
      ) : (
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${FORM}-title`}>
        <h2 id={`${FORM}-title`} className="visually-hidden">
          {t('account:loginTitle')}
        </h2>
        <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
        <Field formId={FORM} name="email" label={labels.email} errors={form.errors} type="email" autoComplete="username" inputMode="email" required />
        <Field formId={FORM} name="password" label={labels.password} errors={form.errors} type="password" autoComplete="current-password" required />
        <SubmitButton busy={busy}>{t('account:loginSubmit')}</SubmitButton>
      </form>
      )}
      <p className="form__after">{t('account:loginForgot')}</p>
    </PrivatePage>
  );
}
