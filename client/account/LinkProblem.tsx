import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../i18n/index.ts';
import type { ApiError } from '../net/api.ts';
import { apiErrorText } from './errors.ts';

const LINK_CODES = new Set(['link_unknown', 'link_used', 'link_expired']);

/**
 * An invitation or reset link that cannot be used: why (unknown, used, expired each have their own
 * sentence), and the way forward. Any other failure (no connection) can be tried again.
 */
export function LinkProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div className="status status--error" role="alert">
      <p>{apiErrorText(t, error, lang)}</p>
      <ul className="inline-links">
        {LINK_CODES.has(error.error) ? null : (
          <li>
            <button type="button" className="button" onClick={onRetry}>
              {t('common:retry')}
            </button>
          </li>
        )}
        <li>
          <Link to="/login">{t('account:toLogin')}</Link>
        </li>
        <li>
          <Link to="/">{t('common:home')}</Link>
        </li>
      </ul>
    </div>
  );
}

/** "2026년 12월 10일 오후 3:00" / "December 10, 2026 at 3:00 PM". */
export function dateTimeText(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
