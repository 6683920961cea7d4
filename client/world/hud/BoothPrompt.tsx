import { useTranslation } from 'react-i18next';
import type { BoothPlacement } from '../../../shared/world/types.ts';
import { useLang } from '../../i18n/index.ts';

/**
 * "E 또는 Enter: 부스 열기" when the visitor stands at a booth. A real button too, so touch, mouse and
 * screen-reader users have the same way in; aria-live so the booth's name is announced on arrival.
 */
export function BoothPrompt({ booth, coarse, onOpen }: { booth: BoothPlacement | null; coarse: boolean; onOpen(id: string): void }) {
  const { t } = useTranslation('world');
  const { l } = useLang();
  return (
    <div className="world-prompt" aria-live="polite">
      {booth ? (
        <button type="button" className="world-prompt__button" onClick={() => onOpen(booth.id)} data-booth-id={booth.id}>
          <span className="world-prompt__title">{l(booth.title)}</span>
          <span className="world-prompt__action">
            {coarse ? (
              t('promptTap')
            ) : (
              <>
                <kbd>{t('promptKeys')}</kbd>: {t('promptOpen')}
              </>
            )}
          </span>
        </button>
      ) : null}
    </div>
  );
}
