/** The words of one consent, already translated: each form reads them from its own namespace. */
export interface ConsentWords {
  purposeTitle: string;
  purpose: string;
  itemsTitle: string;
  items: string;
  retentionTitle: string;
  retention: string;
  recipientTitle: string;
  recipient: string;
  refuseNote: string;
  label: string;
  required: string;
}

export interface ConsentBoxProps {
  /** The checkbox's id; its notice, refusal note and error hang off it. */
  id: string;
  words: ConsentWords;
  checked: boolean;
  onChange(checked: boolean): void;
  /** Already translated. */
  error?: string | undefined;
}

/**
 * One consent as Korean privacy law asks it (PIPA art. 15, 17): what for, which items, for how
 * long, to whom, and that refusing is allowed (and what it costs), shown beside its own checkbox,
 * which reads all of it as its description. The inquiry and the buy forms both show it.
 */
export function ConsentBox({ id, words, checked, onChange, error }: ConsentBoxProps) {
  const rows: [string, string][] = [
    [words.purposeTitle, words.purpose],
    [words.itemsTitle, words.items],
    [words.retentionTitle, words.retention],
    [words.recipientTitle, words.recipient],
  ];
  return (
    <div className={`inquiry-consent${error ? ' inquiry-field--invalid' : ''}`}>
      <dl className="inquiry-consent__notice" id={`${id}-notice`}>
        {rows.map(([title, text]) => (
          <div key={title}>
            <dt>{title}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="inquiry-consent__refuse" id={`${id}-refuse`}>
        {words.refuseNote}
      </p>
      {error ? (
        <p className="inquiry-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="inquiry-consent__check">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={[`${id}-notice`, `${id}-refuse`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          required
        />
        <label htmlFor={id}>
          {words.label} <span className="inquiry__required">({words.required})</span>
        </label>
      </div>
    </div>
  );
}
