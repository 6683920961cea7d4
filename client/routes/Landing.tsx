import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { LandingLiveNow } from '../live/LandingLiveNow.tsx';
import { LandingFairs } from '../schedule/LandingFairs.tsx';
import { Mascot } from '../ui/Mascot.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

/**
 * The light front door: what the exhibition is, Enter → /world, the accessible list. No three.js
 * and no world code here (the world is a lazy chunk behind /world).
 */
export function Landing() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const state = useCatalogue();
  useDocumentTitle(null);
  // The brochure's intro is Korean only; English visitors get our translated summary.
  const center = state.status === 'ready' && lang === 'ko' ? state.catalogue.center : null;

  return (
    <div className="page page--landing">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="landing">
        <section className="hero" aria-labelledby="landing-title">
          <div className="hero__text">
            <p className="hero__eyebrow">{t('common:centerName')}</p>
            <h1 id="landing-title" className="hero__title">
              {t('landing:title')}
              <span className="hero__subtitle">{t('landing:subtitle')}</span>
            </h1>
            {center ? <p className="hero__slogan">{center.slogan}</p> : null}
            <div className="hero__actions">
              <div className="hero__action">
                <Link to="/world" className="button button--primary button--big" aria-describedby="enter-hint">
                  {t('landing:enter')}
                </Link>
                <p id="enter-hint" className="hero__hint">
                  {t('landing:enterHint')}
                </p>
              </div>
              <div className="hero__action">
                <Link to="/list" className="button button--secondary" aria-describedby="list-hint">
                  {t('common:viewList')}
                </Link>
                <p id="list-hint" className="hero__hint">
                  {t('landing:listHint')}
                </p>
              </div>
            </div>
            <p className="hero__intro">{center ? center.intro[0] : t('landing:intro')}</p>
          </div>
          <figure className="hero__mascot">
            <Mascot className="mascot" label={t('landing:mascotAlt')} />
            <figcaption className="speech">
              <span className="speech__name">{t('landing:mascotName')}</span>
              <span>{t('landing:mascotGreeting')}</span>
            </figcaption>
          </figure>
        </section>
        <LandingLiveNow />
        <LandingFairs />
        <section className="highlights" aria-labelledby="highlights-title">
          <h2 id="highlights-title">{t('landing:highlightsTitle')}</h2>
          <ul className="highlights__list">
            <li>{t('landing:highlightHistory')}</li>
            <li>{t('landing:highlightZones')}</li>
            <li>{t('landing:highlightEnterprises')}</li>
          </ul>
        </section>
      </main>
      <footer className="site-footer">
        <p>{t('landing:footer')}</p>
      </footer>
    </div>
  );
}
