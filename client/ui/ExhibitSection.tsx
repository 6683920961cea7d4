import { useTranslation } from 'react-i18next';
import type { Exhibit } from '../../shared/schemas/exhibit.ts';
import type { Figure } from '../../shared/schemas/figure.ts';
import type { Link } from '../../shared/schemas/link.ts';
import { DataTable } from './DataTable.tsx';
import { Heading } from './Heading.tsx';
import { TextLink } from './TextLink.tsx';
import { useLang } from '../i18n/index.ts';

export function FigureList({ figures }: { figures: readonly Figure[] }) {
  if (figures.length === 0) return null;
  return (
    <dl className="figures" lang="ko">
      {figures.map((f, i) => (
        <div className="figures__item" key={i}>
          <dt>{f.label}</dt>
          <dd>
            <span className="figures__value">{f.value}</span>
            {f.note ? <span className="figures__note">{f.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function LinkList({ links }: { links: readonly Link[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="link-list">
      {links.map((l) => (
        <li key={l.href + l.label}>
          <TextLink href={l.href} lang="ko">
            {l.label}
          </TextLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The brochure's photo captions (Korean, as printed). The photos are not in the text, so the captions
 * stand alone: a small labelled list, quieter than the exhibit's own content.
 */
function CaptionList({ id, captions }: { id: string; captions: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="captions">
      <p className="captions__title" id={id}>
        {t('booth:captionsTitle')}
      </p>
      <ul aria-labelledby={id} lang="ko">
        {captions.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** One exhibit inside a programme booth: brochure text (Korean, marked lang="ko") as printed. */
export function ExhibitSection({ exhibit, level }: { exhibit: Exhibit; level: number }) {
  const { lang } = useLang();
  const { t } = useTranslation();
  const headingId = `exhibit-${exhibit.id}`;
  return (
    <section className="exhibit" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {lang === 'en' ? (
          <>
            {exhibit.titleEn} <span lang="ko">({exhibit.title})</span>
          </>
        ) : (
          exhibit.title
        )}
      </Heading>
      <div lang="ko">
        {exhibit.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        {exhibit.listTitle && exhibit.list.length > 0 ? (
          <Heading level={level + 1} className="list-title">
            {exhibit.listTitle}
          </Heading>
        ) : null}
        {exhibit.list.length > 0 ? (
          <ul className="name-list">
            {exhibit.list.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {exhibit.figures.length > 0 ? <FigureList figures={exhibit.figures} /> : null}
      {exhibit.tables.map((tb, i) => (
        <DataTable key={i} table={tb} />
      ))}
      {exhibit.captions.length > 0 ? <CaptionList id={`${headingId}-captions`} captions={exhibit.captions} /> : null}
      {exhibit.links.length > 0 ? (
        <nav aria-label={`${t('booth:linksTitle')}: ${lang === 'en' ? exhibit.titleEn : exhibit.title}`}>
          <LinkList links={exhibit.links} />
        </nav>
      ) : null}
    </section>
  );
}
