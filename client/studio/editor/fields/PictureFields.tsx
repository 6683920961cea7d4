import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../../shared/api/media.ts';
import { ALT_MAX, MAX_BOOTH_IMAGES } from '../../../../shared/schemas/boothMedia.ts';
import type { FieldsProps } from './BasicsFields.tsx';
import { UploadButton } from './UploadButton.tsx';

/** The logo and up to eight photos, each with its description for people who cannot see it. */
export function PictureFields({ draft, set, boothId, csrfToken }: FieldsProps & { boothId: string; csrfToken: string }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="editor__group">
        <legend>{t('boothEdit:field_logo')}</legend>
        {draft.logo ? (
          <div className="picture">
            <img src={mediaUrl(draft.logo, 'icon')} alt="" width={64} height={64} />
            <button type="button" className="button" onClick={() => set({ logo: null })}>
              {t('boothEdit:remove')}
            </button>
          </div>
        ) : null}
        <UploadButton boothId={boothId} kind="logo" csrfToken={csrfToken} label={t('boothEdit:uploadLogo')} onUploaded={(id) => set({ logo: id })} />
      </fieldset>
      <fieldset className="editor__group">
        <legend>{t('boothEdit:field_images')}</legend>
        <p className="hint">{t('boothEdit:imagesHint', { max: MAX_BOOTH_IMAGES })}</p>
        <ul className="pictures">
          {draft.images.map((img, i) => (
            <li key={`${img.mediaId}-${i}`} className="picture">
              <img src={mediaUrl(img.mediaId, 'thumb')} alt="" />
              <label className="field">
                <span>{t('boothEdit:alt')}</span>
                <input
                  value={img.alt}
                  maxLength={ALT_MAX}
                  onChange={(e) => set({ images: draft.images.map((x, j) => (j === i ? { ...x, alt: e.target.value } : x)) })}
                />
              </label>
              <button type="button" className="button" onClick={() => set({ images: draft.images.filter((_, j) => j !== i) })}>
                {t('boothEdit:remove')}
              </button>
            </li>
          ))}
        </ul>
        {draft.images.length < MAX_BOOTH_IMAGES ? (
          <UploadButton boothId={boothId} kind="image" csrfToken={csrfToken} label={t('boothEdit:uploadImage')} onUploaded={(id) => set({ images: [...draft.images, { mediaId: id, alt: '' }] })} />
        ) : null}
      </fieldset>
    </>
  );
}
