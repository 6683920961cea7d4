import { useState, type ChangeEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CERTIFICATION_TYPES } from '../../shared/schemas/procurement.ts';
import { IMPORT_MAX_ROWS, ImportAnswerSchema, ImportBodySchema, type FileProblem, type ImportAnswer } from '../../shared/api/enterpriseImport.ts';
import { apiErrorText } from '../account/errors.ts';
import { useLang } from '../i18n/index.ts';
import { api } from '../net/api.ts';
import { ImportRows } from './ImportRows.tsx';

type Step = { kind: 'preview' | 'imported'; answer: ImportAnswer };

/** The sentence for a file the server could not read. */
function fileText(t: TFunction, p: FileProblem): string {
  const columns = (p.fields ?? []).map((f) => t(`enterprise-import:column_${f}`)).join(', ');
  return t(`enterprise-import:file_${p.error}`, { rows: IMPORT_MAX_ROWS, columns, line: p.line ?? '' });
}

/**
 * /admin/accounts' CSV import: a file or pasted text, a preview with each row's problems, then
 * "가져오기" and a summary with each created enterprise's invitation (mailed, or its link to pass on).
 */
export function EnterpriseImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [csv, setCsv] = useState('');
  const [step, setStep] = useState<Step | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);

  const send = async (kind: Step['kind']): Promise<void> => {
    if (busy || csv.trim() === '') return;
    // The server refuses a file past the cap as a bad body: say so here, in words.
    if (!ImportBodySchema.safeParse({ csv }).success) return setProblem(fileText(t, { error: 'too_large' }));
    setBusy(kind === 'preview' ? 'check' : 'import');
    const path = kind === 'preview' ? '/api/admin/enterprise-import/preview' : '/api/admin/enterprise-import';
    const r = await api.send('POST', path, { csv }, ImportAnswerSchema);
    setBusy(null);
    if (!r.ok) return setProblem(apiErrorText(t, r.error, lang));
    setProblem(r.data.file ? fileText(t, r.data.file) : null);
    setStep(r.data.file ? null : { kind, answer: r.data });
    if (kind === 'imported' && r.data.created > 0) onImported();
  };
  const readFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setStep(null);
  };

  const answer = step?.answer;
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title" className="card__title">
        {t('enterprise-import:title')}
      </h2>
      <p>{t('enterprise-import:lead')}</p>
      <p className="field__hint">{t('enterprise-import:columns', { values: CERTIFICATION_TYPES.join(', '), rows: IMPORT_MAX_ROWS })}</p>
      <div className="field">
        <label htmlFor="import-file" className="field__label">{t('enterprise-import:file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e)} />
      </div>
      <div className="field">
        <label htmlFor="import-csv" className="field__label">{t('enterprise-import:paste')}</label>
        <textarea
          id="import-csv"
          className="field__input"
          rows={5}
          value={csv}
          spellCheck={false}
          onChange={(e) => {
            setCsv(e.target.value);
            setStep(null);
          }}
        />
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="card__actions">
        <button type="button" className="button button--secondary" onClick={() => void send('preview')} aria-disabled={busy !== null || undefined}>
          {busy === 'check' ? t('enterprise-import:checking') : t('enterprise-import:check')}
        </button>
        {step?.kind === 'preview' && step.answer.ready > 0 ? (
          <button type="button" className="button button--primary" onClick={() => void send('imported')} aria-disabled={busy !== null || undefined}>
            {busy === 'import' ? t('enterprise-import:importing') : t('enterprise-import:import')}
          </button>
        ) : null}
      </div>
      {answer && step ? (
        <div role="status">
          <h3>{t(step.kind === 'preview' ? 'enterprise-import:previewTitle' : 'enterprise-import:summaryTitle')}</h3>
          <p>
            {step.kind === 'preview'
              ? t('enterprise-import:previewCounts', { ready: answer.ready, skipped: answer.skipped })
              : t('enterprise-import:summaryCounts', { created: answer.created, skipped: answer.skipped })}
            {step.kind === 'preview' && answer.ready === 0 ? ` ${t('enterprise-import:nothingReady')}` : ''}
          </p>
        </div>
      ) : null}
      {answer ? <ImportRows rows={answer.rows} /> : null}
    </section>
  );
}
