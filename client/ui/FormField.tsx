import type { ReactNode } from 'react';

/** What a field's control needs to be tied to its label, hint and error (spread onto the input). */
export interface FieldControlProps {
  id: string;
  name: string;
  value: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  onChange: (e: { target: { value: string } }) => void;
}

export interface FormFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  required: boolean;
  hint?: string | undefined;
  /** The field's problem as a sentence, shown under the label and read with the control. */
  error?: string | undefined;
  onValue: (value: string) => void;
  /** The control itself (input, textarea…), given the props that tie it to the rest. */
  control: (props: FieldControlProps) => ReactNode;
}

/** One labelled form field with its hint and error, as the inquiry and the buy forms show them. */
export function FormField({ id, name, label, value, required, hint, error, onValue, control }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`inquiry-field${error ? ' inquiry-field--invalid' : ''}`}>
      <label htmlFor={id} className="inquiry-field__label">
        {label}
        {required ? <span className="inquiry__required"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="inquiry-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="inquiry-field__error">
          {error}
        </p>
      ) : null}
      {control({
        id,
        name,
        value,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
        onChange: (e) => onValue(e.target.value),
      })}
    </div>
  );
}
