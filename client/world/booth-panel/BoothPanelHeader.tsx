import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../../shared/api/media.ts';
import type { BoothDetail } from '../../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../../shared/schemas/catalogue.ts';
import { useLang } from '../../i18n/index.ts';
import { InquiryActions } from '../../inquiry/InquiryActions.tsx';
import BoothHost from '../../ui/BoothHost.tsx';
import { Swatch } from '../../ui/Swatch.tsx';
import { boothFacts } from './boothFacts.ts';

export interface BoothPanelHeaderProps {
  booth: BoothDetail;
  catalogue: Catalogue;
  titleId: string;
  /** Whether the booth's sales section is shown below (then 구매 jumps to it). */
  sales: boolean;
  onBuy(): void;
}

/**
 * The top of the booth panel: picture, name, short facts, and the ways to reach the booth (its own
 * links, the inquiry form, buying). Everything else is the full text a scroll below.
 */
export function BoothPanelHeader({ booth, catalogue, titleId, sales, onBuy }: BoothPanelHeaderProps) {
  const { t } = useTranslation('world');
  const { l, lang } = useLang();
  const facts = boothFacts(booth, catalogue);
  const name = l(booth.summary.title);
  const { picture } = facts;
  return (
    <header className="booth-panel__header">
      {picture ? (
        <img
          className={`booth-panel__picture booth-panel__picture--${picture.kind}`}
          src={mediaUrl(picture.mediaId, picture.kind === 'logo' ? 'icon' : 'thumb')}
          alt={picture.kind === 'logo' ? t('boothPanelLogoAlt', { name }) : picture.alt}
        />
      ) : null}
      <h2 id={titleId} className="booth-panel__title" tabIndex={-1}>
        {booth.summary.letter ? <span lang="ko">{booth.summary.letter}. </span> : null}
        {name}
        {lang === 'en' ? (
          <span className="booth-panel__subtitle" lang="ko">
            {' '}
            {booth.summary.title.ko}
          </span>
        ) : null}
      </h2>
      <ul className="booth-panel__facts" aria-label={t('boothPanelFacts')}>
        {facts.zone ? (
          <li>
            <Swatch colorIndex={facts.zoneColorIndex} />
            {l(facts.zone)}
          </li>
        ) : null}
        {facts.certification ? <li lang={lang === 'en' && facts.certification.en === facts.certification.ko ? 'ko' : undefined}>{l(facts.certification)}</li> : null}
      </ul>
      {facts.intro ? (
        <p className="booth-panel__intro" lang="ko">
          {facts.intro}
        </p>
      ) : null}
      <BoothHost boothId={booth.summary.id} />
      <div className="booth-panel__actions">
        {facts.links.length > 0 || sales ? (
          <ul className="booth-panel__links" aria-label={t('boothPanelLinks')}>
            {facts.links.map((link) => (
              <li key={link.href + link.label}>
                <a
                  className="button button--secondary"
                  href={link.href}
                  lang="ko"
                  // Sites and shops open beside the world (it keeps its place); phone and mail stay here.
                  {...(link.href.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
                >
                  {link.label}
                </a>
              </li>
            ))}
            {sales ? (
              <li>
                <button type="button" className="button button--primary" onClick={onBuy}>
                  {t('boothPanelBuy')}
                </button>
              </li>
            ) : null}
          </ul>
        ) : null}
        <InquiryActions catalogue={catalogue} boothId={booth.summary.id} headingLevel={3} />
      </div>
    </header>
  );
}
