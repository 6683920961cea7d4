import { useTranslation } from 'react-i18next';
import { isExternalWeb } from './contact.ts';

/** A link from the catalogue (tel:, mailto:, https:). Web links open in a new tab and say so. */
export function TextLink({ href, children, lang }: { href: string; children: string; lang?: string }) {
  const { t } = useTranslation();
  if (!isExternalWeb(href)) {
    return (
      <a href={href} lang={lang}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" lang={lang}>
      {children}
      <span className="visually-hidden"> {t('common:externalLink')}</span>
    </a>
  );
}
