/**
 * /admin/security: the staff member's own two-step sign-in. Off: "Set it up" asks the server for a
 * new secret (shown once, as a QR code and as text), which turns on only when a current code from
 * the app confirms it; the recovery codes are then shown this once. On: turning it off needs a
 * current code. With STAFF_REQUIRE_TOTP the other sections wait here (TotpGate.tsx).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { RecoveryCodesSchema, TotpCodeBodySchema, TotpEnrolmentSchema, TotpStateSchema, type TotpEnrolment } from '../../../shared/api/secondFactor.ts';
import { z } from 'zod';
import { fieldErrors, refusal } from '../../account/errors.ts';
import { ErrorSummary, Field, formValues, SubmitButton, useFormErrors } from '../../account/Form.tsx';
import { Pending } from '../../account/PrivatePage.tsx';
import { useApiGet } from '../../account/useApiGet.ts';
import { useLang } from '../../i18n/index.ts';
import { api } from '../../net/api.ts';
import { AdminPage, LoadProblem } from '../AdminPage.tsx';
import { apiErrorText } from '../../account/errors.ts';

const MESSAGES = { code: 'account:errTotpCodeField' };

/** One six-digit code form (confirm or disable): posts `{code}` to `path`, hands the parsed answer on. */
function CodeForm<S extends z.ZodType>({ id, path, schema, submitLabel, onDone }: { id: string; path: string; schema: S; submitLabel: string; onDone: (data: z.output<S>) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    const parsed = TotpCodeBodySchema.safeParse(formValues(e.currentTarget));
    if (!parsed.success) return form.show({ fields: fieldErrors(parsed.error.issues.map((i) => i.path), MESSAGES) });
    setBusy(true);
    const r = await api.send('POST', path, parsed.data, schema);
    setBusy(false);
    if (!r.ok) return form.show(refusal(t, r.error, lang, MESSAGES, { bad_totp_code: 'code', totp_code_used: 'code' }));
    onDone(r.data);
  };
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary formId={id} errors={form.errors} labels={{ code: t('account:fieldTotpCode') }} summaryRef={form.summaryRef} />
      <Field formId={id} name="code" label={t('account:fieldTotpCode')} errors={form.errors} autoComplete="one-time-code" inputMode="numeric" pattern="[0-9 ]*" maxLength={7} required />
      <SubmitButton busy={busy}>{submitLabel}</SubmitButton>
    </form>
  );
}

export function SecuritySection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { state, reload } = useApiGet('/api/auth/totp', TotpStateSchema);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [note, setNote] = useState('');

  const start = async () => {
    setNote('');
    const r = await api.send('POST', '/api/auth/totp/enrol', {}, TotpEnrolmentSchema);
    if (!r.ok) return setNote(apiErrorText(t, r.error, lang));
    setEnrolment(r.data);
  };

  const body = () => {
    if (codes) {
      return (
        <section className="card" aria-labelledby="totp-codes-title">
          <h2 id="totp-codes-title">{t('account:securityCodesTitle')}</h2>
          <p>{t('account:securityCodesLead')}</p>
          <ul className="totp-codes" data-testid="recovery-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setCodes(null);
              reload();
            }}
          >
            {t('account:securityCodesDone')}
          </button>
        </section>
      );
    }
    if (state.status === 'loading') return <Pending text={t('account:loadingPage')} />;
    if (state.status === 'error') return <LoadProblem text={apiErrorText(t, state.error, lang)} onRetry={reload} />;
    const s = state.data;
    if (s.enabled) {
      return (
        <>
          <p className="notice">{t('account:securityOn', { count: s.recoveryCodesLeft })}</p>
          <section className="card" aria-labelledby="totp-off-title">
            <h2 id="totp-off-title">{t('account:securityDisableTitle')}</h2>
            <p>{t('account:securityDisableLead')}</p>
            <CodeForm
              id="totp-disable"
              path="/api/auth/totp/disable"
              schema={z.null()}
              submitLabel={t('account:securityDisable')}
              onDone={() => {
                setNote(t('account:securityDisabled'));
                reload();
              }}
            />
          </section>
        </>
      );
    }
    return (
      <>
        {s.required ? <p className="notice">{t('account:securityRequired')}</p> : null}
        <p>{t('account:securityOff')}</p>
        {enrolment ? (
          <section className="card" aria-labelledby="totp-enrol-title">
            <h2 id="totp-enrol-title">{t('account:securityStart')}</h2>
            <p>{t('account:securityScan')}</p>
            {/* The server drew the QR code (qrcode): a data URL keeps its SVG out of the page's markup. */}
            <img className="totp-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`} alt={t('account:securityQrAlt')} width={200} height={200} />
            <p>
              {t('account:securityKey')}: <code data-testid="totp-secret">{enrolment.secret}</code>
            </p>
            <p>{t('account:securityConfirmLead')}</p>
            <CodeForm
              id="totp-confirm"
              path="/api/auth/totp/confirm"
              schema={RecoveryCodesSchema}
              submitLabel={t('account:securityConfirm')}
              onDone={(d) => {
                setEnrolment(null);
                setCodes(d.recoveryCodes);
              }}
            />
          </section>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void start()}>
            {t('account:securityStart')}
          </button>
        )}
      </>
    );
  };

  return (
    <AdminPage account={me} title={t('account:securityNav')}>
      <p className="lead">{t('account:securityLead')}</p>
      {body()}
      <p role="status">{note}</p>
    </AdminPage>
  );
}
