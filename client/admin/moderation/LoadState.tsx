import { useTranslation } from 'react-i18next';
import type { Loaded } from './moderationApi.ts';

/** While a staff list loads, or when it could not: the one line each moderation page shows instead of it. */
export function LoadState({ list }: { list: Loaded<unknown> | null }) {
  const { t } = useTranslation();
  if (list === null) return <p>{t('moderation:loading')}</p>;
  if (list.ok) return null;
  return (
    <p role="alert" className="notice">
      {t(list.problem === 'signedOut' ? 'moderation:signedOut' : 'moderation:failed')}
    </p>
  );
}
