import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminFair, FairBody } from '../../../shared/api/fairs.ts';
import { SHARD_CAPACITY_MAX, SHARD_CAPACITY_MIN } from '../../../shared/api/fairs.ts';
import { instantToSeoulLocal, seoulRange } from '../../../shared/schemas/fairTime.ts';

/**
 * A timed fair's settings, for a new fair or an existing one. Dates and times are typed and shown as
 * Seoul's clock has them (datetime-local fields hold no zone; fairTime.ts converts), whatever zone
 * the staff member's laptop is set to.
 */
export function FairForm({ fair, disabled, submitLabel, onSubmit }: { fair?: AdminFair; disabled: boolean; submitLabel: string; onSubmit: (body: FairBody) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState('');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const range = seoulRange(text('startsAt'), text('endsAt'));
    if (!range) return setProblem(t('adminFairs:err_dates'));
    setProblem('');
    const capacity = text('shardCapacity');
    const done = await onSubmit({
      title: { ko: text('titleKo'), en: text('titleEn') },
      slug: text('slug'),
      ...range,
      shardCapacity: capacity === '' ? null : Number(capacity),
      editsNeedApproval: f.get('editsNeedApproval') === 'on',
      published: f.get('published') === 'on',
    });
    if (done && !fair) form.reset();
  };
  const local = (iso: string | undefined) => (iso ? instantToSeoulLocal(new Date(iso)) : undefined);
  return (
    <form className="form fairs-form" onSubmit={(e) => void submit(e)}>
      <fieldset disabled={disabled}>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldTitleKo')}</span>
          <input className="field__input" name="titleKo" required maxLength={80} defaultValue={fair?.title.ko} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldTitleEn')}</span>
          <input className="field__input" name="titleEn" required maxLength={80} defaultValue={fair?.title.en} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldSlug')}</span>
          <input className="field__input" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxLength={48} autoCapitalize="none" spellCheck={false} defaultValue={fair?.slug} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldStarts')}</span>
          <input className="field__input" type="datetime-local" name="startsAt" required defaultValue={local(fair?.startsAt)} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldEnds')}</span>
          <input className="field__input" type="datetime-local" name="endsAt" required defaultValue={local(fair?.endsAt)} />
        </label>
        <label className="field">
          <span className="field__label">{t('adminFairs:fieldCapacity')}</span>
          <input className="field__input" type="number" name="shardCapacity" min={SHARD_CAPACITY_MIN} max={SHARD_CAPACITY_MAX} step={1} defaultValue={fair?.shardCapacity ?? ''} />
        </label>
        <label className="fair-check">
          <input type="checkbox" name="editsNeedApproval" defaultChecked={fair?.editsNeedApproval ?? false} /> {t('adminFairs:fieldApproval')}
        </label>
        <label className="fair-check">
          <input type="checkbox" name="published" defaultChecked={fair?.published ?? false} /> {t('adminFairs:fieldPublished')}
        </label>
        {problem ? (
          <p className="status status--error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
