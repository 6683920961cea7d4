import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MadeLink } from '../../shared/api/account.ts';
import { dateTimeText } from '../account/LinkProblem.tsx';
import { useLang } from '../i18n/index.ts';

/**
 * A link the server made for someone (an invitation, a password reset): shown once, since only its
 * hash is kept, with a copy button. The field is read-only and selectable, for when copying is refused.
 */
export function OnceLink({ id, title, link }: { id: string; title: string; link: MadeLink }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section className="once-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p>{t('admin:linkOnce')}</p>
      <label htmlFor={id} className="field__label">
        {t('admin:linkLabel')}
      </label>
      <input id={id} className="field__input once-link__url" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} aria-describedby={`${id}-expires`} />
      <p id={`${id}-expires`} className="field__hint">
        {t('admin:linkExpires', { date: dateTimeText(link.expiresAt, lang) })}
      </p>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('admin:copy')}
      </button>
      <p role="status" className="once-link__copied">
        {copied === 'yes' ? t('admin:copied') : copied === 'failed' ? t('admin:copyFailed') : ''}
      </p>
    </section>
  );
}
