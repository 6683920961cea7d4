import { useTranslation } from 'react-i18next';
import { PALETTE_SIZE, TAGLINE_MAX } from '../../../../shared/schemas/boothPresentation.ts';
import { Swatch } from '../../../ui/Swatch.tsx';
import type { Draft } from '../draft.ts';

export interface FieldsProps {
  draft: Draft;
  set(patch: Partial<Draft>): void;
}

/** Name in both languages, tagline, description (plain text) and the booth's colour from the venue's palette. */
export function BasicsFields({ draft, set, descriptionPath }: FieldsProps & { descriptionPath: 'paragraphs' | 'intro' }) {
  const { t } = useTranslation();
  return (
    <fieldset className="editor__group">
      <legend>{t('boothEdit:basics')}</legend>
      <label className="field">
        <span>{t('boothEdit:nameKo')}</span>
        <input value={draft.name.ko} maxLength={80} onChange={(e) => set({ name: { ...draft.name, ko: e.target.value } })} />
      </label>
      <label className="field">
        <span>{t('boothEdit:nameEn')}</span>
        <input value={draft.name.en} maxLength={80} lang="en" onChange={(e) => set({ name: { ...draft.name, en: e.target.value } })} />
      </label>
      <label className="field">
        <span>{t('boothEdit:field_tagline')}</span>
        <input value={draft.tagline} maxLength={TAGLINE_MAX} aria-describedby="tagline-hint" onChange={(e) => set({ tagline: e.target.value })} />
        <small id="tagline-hint">{t('boothEdit:taglineHint', { max: TAGLINE_MAX })}</small>
      </label>
      <label className="field">
        <span>{t(`boothEdit:field_${descriptionPath}`)}</span>
        <textarea rows={8} value={draft.description} aria-describedby="description-hint" onChange={(e) => set({ description: e.target.value })} />
        <small id="description-hint">{t('boothEdit:descriptionHint')}</small>
      </label>
      <fieldset className="editor__colors">
        <legend>{t('boothEdit:field_colorIndex')}</legend>
        <label className="color-choice">
          <input type="radio" name="colorIndex" checked={draft.colorIndex === null} onChange={() => set({ colorIndex: null })} />
          {t('boothEdit:colorNone')}
        </label>
        {Array.from({ length: PALETTE_SIZE }, (_, i) => (
          <label key={i} className="color-choice">
            <input type="radio" name="colorIndex" checked={draft.colorIndex === i} onChange={() => set({ colorIndex: i })} />
            <Swatch colorIndex={i} />
            {t('boothEdit:colorOption', { n: i + 1 })}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
