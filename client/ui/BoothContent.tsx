import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { findBooth, type BoothDetail } from '../../shared/catalogue/booths.ts';
import type { Catalogue } from '../../shared/schemas/catalogue.ts';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { useBoothHref } from './boothHref.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { CenterContacts } from './CenterContacts.tsx';
import { BoothImages, BoothLogo, BoothProducts } from './BoothShowcase.tsx';
import { ExhibitSection, LinkList } from './ExhibitSection.tsx';
import { Heading } from './Heading.tsx';
import { ProcurementFacts } from './ProcurementFacts.tsx';
import { Swatch } from './Swatch.tsx';

export interface BoothContentProps {
  boothId: string;
  /**
   * Level of the booth's title; exhibits and sections go one below. 1 when the booth is the page
   * (/booth/:id?view=list), 2 in the world's dialog, 3 when nested under another section.
   */
  headingLevel: 1 | 2 | 3;
  /** The venue to show the booth from; the page's venue when absent (/studio's preview gives the edited one). */
  catalogue?: Catalogue;
  /**
   * Leave out the top (zone line, title, logo, tagline, links): the world's booth panel shows its own
   * above this content, and the title it gives names the panel.
   */
  headless?: boolean;
}

/**
 * A booth's full content from the catalogue: used by /booth/:id?view=list and by the world's
 * booth dialog, so both show the same facts. All text is React text (never injected HTML).
 */
export function BoothContent({ boothId, headingLevel, catalogue, headless = false }: BoothContentProps) {
  const state = useCatalogue();
  if (catalogue) return <BoothBody catalogue={catalogue} boothId={boothId} level={headingLevel} headless={headless} />;
  if (state.status !== 'ready') return <CatalogueStatus state={state} />;
  return <BoothBody catalogue={state.catalogue} boothId={boothId} level={headingLevel} headless={headless} />;
}

function BoothBody({ catalogue, boothId, level, headless }: { catalogue: Catalogue; boothId: string; level: number; headless: boolean }) {
  const { t } = useTranslation();
  const booth = findBooth(catalogue, boothId);
  if (!booth) {
    return (
      <div className="booth booth--missing">
        <Heading level={level}>{t('booth:notFoundTitle')}</Heading>
        <p>{t('booth:notFoundBody', { id: boothId })}</p>
      </div>
    );
  }
  return (
    <article className="booth" aria-labelledby={headless ? undefined : `booth-title-${booth.summary.id}`} data-booth-id={booth.summary.id}>
      {booth.kind === 'programme' ? (
        <ProgrammeBooth booth={booth} level={level} catalogue={catalogue} headless={headless} />
      ) : (
        <EnterpriseBooth booth={booth} level={level} headless={headless} />
      )}
    </article>
  );
}

function ZoneTag({ colorIndex, children }: { colorIndex: number; children: string }) {
  return (
    <p className="zone-tag">
      <Swatch colorIndex={colorIndex} />
      {children}
    </p>
  );
}

function ProgrammeBooth({ booth, level, catalogue, headless }: { booth: Extract<BoothDetail, { kind: 'programme' }>; level: number; catalogue: Catalogue; headless: boolean }) {
  const { t } = useTranslation();
  const { l, lang } = useLang();
  const href = useBoothHref();
  const { programme, stage, activity, enterprises } = booth;
  return (
    <>
      {headless ? null : (
        <>
          <ZoneTag colorIndex={stage.colorIndex}>
            {t('booth:stageContext', { activity: l(activity.title), stage: `${stage.number}. ${l(stage.title)}` })}
          </ZoneTag>
          <Heading level={level} id={`booth-title-${programme.id}`} className="booth__title">
            <span className="booth__letter" lang="ko">
              {programme.letter}.
            </span>{' '}
            {l(programme.title)}
            {lang === 'en' ? (
              <span className="booth__subtitle" lang="ko">
                {' '}
                {programme.title.ko}
              </span>
            ) : null}
          </Heading>
          {programme.logo ? <BoothLogo mediaId={programme.logo} name={l(programme.title)} /> : null}
          {programme.tagline ? (
            <p className="booth__tagline" lang="ko">
              {programme.tagline}
            </p>
          ) : null}
        </>
      )}
      {programme.intro.length > 0 ? (
        <div className="booth__intro" lang="ko">
          {programme.intro.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
      {!headless && programme.links && programme.links.length > 0 ? <LinkList links={programme.links} /> : null}
      <BoothImages images={programme.images ?? []} level={level + 1} idPrefix={`booth-${programme.id}`} />
      {programme.exhibits.map((ex) => (
        <ExhibitSection key={ex.id} exhibit={ex} level={level + 1} />
      ))}
      {enterprises.length > 0 ? (
        <section className="booth__related" aria-labelledby={`related-${programme.id}`}>
          <Heading level={level + 1} id={`related-${programme.id}`}>
            {t('booth:relatedTitle')}
          </Heading>
          <ul className="booth-links">
            {enterprises.map((e) => (
              <li key={e.id}>
                <Link to={href(e.id)}>{l(e.name)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="booth__contact" aria-labelledby={`contact-${programme.id}`}>
        <Heading level={level + 1} id={`contact-${programme.id}`}>
          {t('booth:contactTitle')}
        </Heading>
        <CenterContacts center={catalogue.center} />
      </section>
    </>
  );
}

function EnterpriseBooth({ booth, level, headless }: { booth: Extract<BoothDetail, { kind: 'enterprise' }>; level: number; headless: boolean }) {
  const { t } = useTranslation();
  const { l, lang } = useLang();
  const href = useBoothHref();
  const { enterprise, programme } = booth;
  return (
    <>
      {headless ? null : (
        <>
          <p className="zone-tag">
            {enterprise.colorIndex !== undefined ? <Swatch colorIndex={enterprise.colorIndex} /> : null}
            {t('booth:enterprise')}
            {enterprise.legalForm ? (
              <span lang="ko">
                {' · '}
                {enterprise.legalForm}
              </span>
            ) : null}
          </p>
          <Heading level={level} id={`booth-title-${enterprise.id}`} className="booth__title">
            {l(enterprise.name)}
            {lang === 'en' ? (
              <span className="booth__subtitle" lang="ko">
                {' '}
                {enterprise.name.ko}
              </span>
            ) : null}
          </Heading>
          {enterprise.logo ? <BoothLogo mediaId={enterprise.logo} name={l(enterprise.name)} /> : null}
          {enterprise.tagline ? (
            <p className="booth__tagline" lang="ko">
              {enterprise.tagline}
            </p>
          ) : null}
        </>
      )}
      <div className="booth__intro" lang="ko">
        {enterprise.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {!headless && enterprise.links.length > 0 ? <LinkList links={enterprise.links} /> : null}
      <BoothImages images={enterprise.images ?? []} level={level + 1} idPrefix={`booth-${enterprise.id}`} />
      <BoothProducts products={enterprise.products ?? []} level={level + 1} idPrefix={`booth-${enterprise.id}`} />
      {enterprise.procurement ? <ProcurementFacts procurement={enterprise.procurement} level={level + 1} idPrefix={`booth-${enterprise.id}`} /> : null}
      {programme ? (
        <p className="booth__presented">
          {t('booth:presentedBy')}: <Link to={href(programme.id)}>{`${programme.letter}. ${l(programme.title)}`}</Link>
        </p>
      ) : null}
    </>
  );
}
