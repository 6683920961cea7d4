import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SeeotMark } from './Mascot.tsx';

/** Banner for the DOM pages: skip link first in tab order, home link, language switch, extras. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('common:skipToContent')}
      </a>
      <div className="site-header__bar">
        <Link to="/" className="brand">
          <SeeotMark className="brand__mark" />
          <span className="brand__name">{t('common:appName')}</span>
        </Link>
        <LanguageSwitch />
      </div>
      {children}
    </header>
  );
}
