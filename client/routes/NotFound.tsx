import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFairLink } from '../ui/fairLink.ts';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

export function NotFound() {
  const { t } = useTranslation();
  const fairLink = useFairLink();
  useDocumentTitle(t('common:notFoundTitle'));
  return (
    <div className="page">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="content">
        <h1>{t('common:notFoundTitle')}</h1>
        <p>{t('common:notFoundBody')}</p>
        <ul className="inline-links">
          <li>
            <Link to="/">{t('common:home')}</Link>
          </li>
          <li>
            <Link to={fairLink('/list')}>{t('common:viewList')}</Link>
          </li>
        </ul>
      </main>
    </div>
  );
}
