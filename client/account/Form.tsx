/**
 * The pieces every account form is made of, accessible the same way everywhere: each field's
 * label, hint and error tied to it (aria-describedby, aria-invalid), and on a refused submit one
 * summary at the top that takes the focus, names every problem and links to its field.
 */
import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './errors.ts';

export interface FormErrors {
  /** Field name → i18n key. */
  fields: FieldErrors;
  /** A sentence about the whole form (already translated), e.g. wrong credentials. */
  form: string | null;
}

const NONE: FormErrors = { fields: {}, form: null };

export function useFormErrors(): {
  errors: FormErrors;
  show: (errors: Partial<FormErrors>) => void;
  clear: () => void;
  summaryRef: RefObject<HTMLDivElement | null>;
} {
  const [errors, setErrors] = useState<FormErrors>(NONE);
  // Bumped per refusal, so the same errors twice still move the focus.
  const [shown, setShown] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown > 0) summaryRef.current?.focus();
  }, [shown]);
  return {
    errors,
    show: (e) => {
      setErrors({ ...NONE, ...e });
      setShown((n) => n + 1);
    },
    clear: () => setErrors(NONE),
    summaryRef,
  };
}

/** The id of a field's input in a form: `<formId>-<name>`. */
export const fieldId = (formId: string, name: string): string => `${formId}-${name}`;

/** What the field's aria-describedby lists: its hint, then its error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function ErrorSummary({
  formId,
  errors,
  labels,
  summaryRef,
}: {
  formId: string;
  errors: FormErrors;
  /** Field name → its label as shown (for the links). */
  labels: Record<string, string>;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const fields = Object.entries(errors.fields);
  if (!errors.form && fields.length === 0) return null;
  const titleId = `${formId}-errors-title`;
  return (
    <div className="form-errors" ref={summaryRef} tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="form-errors__title">
        {t('account:errorSummaryTitle')}
      </h2>
      <ul>
        {errors.form ? <li>{errors.form}</li> : null}
        {fields.map(([name, key]) => (
          <li key={name}>
            <a
              href={`#${fieldId(formId, name)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldId(formId, name))?.focus();
              }}
            >
              {labels[name] ?? name}: {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Label, hint, error and the control itself (`children` gets the control's aria attributes). */
export function FieldShell({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A text input field of a form: `name` is its key in the form's data and in its errors. */
export function Field({
  formId,
  name,
  label,
  hint,
  errors,
  ...input
}: { formId: string; name: string; label: string; hint?: string; errors: FormErrors } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  const { t } = useTranslation();
  const key = errors.fields[name];
  return (
    <FieldShell id={fieldId(formId, name)} label={label} hint={hint} error={key ? t(key) : undefined}>
      {(aria) => <input className="field__input" name={name} {...input} {...aria} />}
    </FieldShell>
  );
}

export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button button--primary form__submit" aria-disabled={busy || undefined}>
      {busy ? t('account:sending') : children}
    </button>
  );
}

/** The form's text fields as strings (FormData, so inputs stay uncontrolled). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((v, k) => {
    if (typeof v === 'string') out[k] = v;
  });
  return out;
}
