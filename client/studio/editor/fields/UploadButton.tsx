import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PER_BOOTH, MEDIA_MAX_PIXELS, type MediaKind } from '../../../../shared/api/media.ts';
import { uploadPicture } from '../upload.ts';

type State = { status: 'idle' } | { status: 'uploading'; percent: number } | { status: 'done' } | { status: 'error'; message: string };

/** A file picker that uploads at once, shows its progress, and says clearly why a picture was refused. */
export function UploadButton({ boothId, kind, csrfToken, label, onUploaded }: { boothId: string; kind: MediaKind; csrfToken: string; label: string; onUploaded(id: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ status: 'idle' });
  const pick = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: 'uploading', percent: 0 });
    const r = await uploadPicture(boothId, kind, file, csrfToken, (f) => setState({ status: 'uploading', percent: Math.round(f * 100) }));
    if (r.ok) {
      setState({ status: 'done' });
      onUploaded(r.id);
      return;
    }
    const message =
      r.error === 'network'
        ? t('boothEdit:uploadNetwork')
        : t(`media:error_${r.error}`, { maxMb: MEDIA_MAX_BYTES / 1024 / 1024, maxMp: MEDIA_MAX_PIXELS / 1_000_000, max: MEDIA_MAX_PER_BOOTH });
    setState({ status: 'error', message });
  };
  return (
    <div className="upload">
      <label htmlFor={id} className="button">
        {label}
      </label>
      <input
        id={id}
        className="upload__input"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        disabled={state.status === 'uploading'}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {state.status === 'uploading' ? (
        <p role="status">
          <progress max={100} value={state.percent} /> {t('boothEdit:uploading', { percent: state.percent })}
        </p>
      ) : null}
      {state.status === 'done' ? <p role="status">{t('boothEdit:uploaded')}</p> : null}
      {state.status === 'error' ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
