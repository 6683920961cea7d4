import type { ReactNode, Ref } from 'react';

export interface FormErrorsProps {
  /** The summary's heading id. */
  id: string;
  /** Focused after a refused submit, so a screen reader reads the summary first. */
  summaryRef: Ref<HTMLDivElement>;
  /** The summary's first sentence: the form's own problem, or how many fields have one. */
  title: string;
  /** Each field's problem: its input's id, the field's label, the sentence. */
  problems: readonly { inputId: string; label: string; sentence: string }[];
  /** What else the summary offers (the buy form's retry). */
  children?: ReactNode;
}

/** A refused form's summary at its top: each problem links to (and focuses) its field. */
export function FormErrors({ id, summaryRef, title, problems, children }: FormErrorsProps) {
  return (
    <div className="inquiry-form__errors" ref={summaryRef} tabIndex={-1} role="group" aria-labelledby={id}>
      <p id={id}>{title}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.map((p) => (
            <li key={p.inputId}>
              <a
                href={`#${p.inputId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(p.inputId)?.focus();
                }}
              >
                {p.label}: {p.sentence}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
