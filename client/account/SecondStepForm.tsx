import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SignedInSchema, type SignedIn } from '../../shared/api/account.ts';
import { LoginTotpBodySchema } from '../../shared/api/secondFactor.ts';
import { useLang } from '../i18n/index.ts';
import { api } from '../net/api.ts';
import { fieldErrors, refusal } from './errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from './Form.tsx';

const FORM = 'login-totp';
const MESSAGES = { code: 'account:errTotpCodeField', recoveryCode: 'account:errRecoveryCodeField' };

/**
 * The sign-in's second step for an account with two-step sign-in: the code from the authenticator
 * app, or one of the recovery codes. `challenge` is what the password step answered; a session
 * exists only once this form is accepted.
 */
export function SecondStepForm({ challenge, onSignedIn }: { challenge: string; onSignedIn: (s: SignedIn) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const name = recovery ? 'recoveryCode' : 'code';
  const labels = { code: t('account:fieldTotpCode'), recoveryCode: t('account:fieldRecoveryCode') };

  const submit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const parsed = LoginTotpBodySchema.safeParse({ challenge, ...formValues(e.currentTarget) });
    if (!parsed.success) return form.show({ fields: fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES) });
    setBusy(true);
    const r = await api.send('POST', '/api/auth/login/totp', parsed.data, SignedInSchema);
    setBusy(false);
    // A wrong or reused code is shown under the field it came from.
    if (!r.ok) return form.show(refusal(t, r.error, lang, MESSAGES, { bad_totp_code: name, totp_code_used: name }));
    onSignedIn(r.data);
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${FORM}-title`}>
      <h2 id={`${FORM}-title`}>{t('account:totpStepTitle')}</h2>
      <p>{t('account:totpStepLead')}</p>
      <ErrorSummary formId={FORM} errors={form.errors} labels={labels} summaryRef={form.summaryRef} />
      {recovery ? (
        <Field key="recoveryCode" formId={FORM} name="recoveryCode" label={labels.recoveryCode} errors={form.errors} autoComplete="off" autoCapitalize="none" spellCheck={false} required />
      ) : (
        <Field key="code" formId={FORM} name="code" label={labels.code} errors={form.errors} autoComplete="one-time-code" inputMode="numeric" pattern="[0-9 ]*" maxLength={7} required autoFocus />
      )}
      <SubmitButton busy={busy}>{t('account:totpStepSubmit')}</SubmitButton>
      <button
        type="button"
        className="button"
        onClick={() => {
          form.show({ fields: {}, form: null });
          setRecovery(!recovery);
        }}
      >
        {t(recovery ? 'account:useTotpCode' : 'account:useRecoveryCode')}
      </button>
    </form>
  );
}
