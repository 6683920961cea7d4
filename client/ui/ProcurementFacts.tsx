import { useTranslation } from 'react-i18next';
import { CERTIFICATION_LABELS, PRODUCT_CATEGORIES, type Procurement } from '../../shared/schemas/procurement.ts';
import { useLang } from '../i18n/index.ts';
import { Heading } from './Heading.tsx';
import { TextLink } from './TextLink.tsx';

/** What a procurement officer looks for, as the enterprise states it: certifications, 우선구매, categories, listing. */
export function ProcurementFacts({ procurement, level, idPrefix }: { procurement: Procurement; level: number; idPrefix: string }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const { certifications, priorityPurchase, categories, listingUrl } = procurement;
  return (
    <section className="procurement" aria-labelledby={`${idPrefix}-procurement`}>
      <Heading level={level} id={`${idPrefix}-procurement`}>
        {t('booth:procurementTitle')}
      </Heading>
      {priorityPurchase ? <p className="badge badge--priority">{t('booth:priorityPurchase')}</p> : null}
      <dl className="facts">
        {certifications.length > 0 ? (
          <>
            <dt>{t('booth:certificationsTitle')}</dt>
            {certifications.map((c) => (
              <dd key={c.type}>
                {l(CERTIFICATION_LABELS[c.type])}
                {c.number ? ` · ${t('booth:certNumber', { number: c.number })}` : ''}
                {c.date ? ` · ${t('booth:certDate', { date: c.date })}` : ''}
              </dd>
            ))}
          </>
        ) : null}
        {categories.length > 0 ? (
          <>
            <dt>{t('booth:categoriesTitle')}</dt>
            <dd>{categories.map((c) => l(PRODUCT_CATEGORIES[c])).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {listingUrl ? (
        <p>
          <TextLink href={listingUrl}>{t('booth:listing')}</TextLink>
        </p>
      ) : null}
    </section>
  );
}

/** One line of badges for lists (/list's finder): priority purchase first, then certifications. */
export function ProcurementBadges({ procurement }: { procurement: Procurement | undefined }) {
  const { t } = useTranslation();
  const { l } = useLang();
  if (!procurement || (!procurement.priorityPurchase && procurement.certifications.length === 0)) return null;
  return (
    <ul className="badges">
      {procurement.priorityPurchase ? <li className="badge badge--priority">{t('booth:priorityPurchase')}</li> : null}
      {procurement.certifications.map((c) => (
        <li key={c.type} className="badge">
          {l(CERTIFICATION_LABELS[c.type])}
        </li>
      ))}
    </ul>
  );
}
