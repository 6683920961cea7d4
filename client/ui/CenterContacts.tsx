import { useTranslation } from 'react-i18next';
import type { Center } from '../../shared/schemas/center.ts';
import { mailtoHref, telHref, websiteHref } from './contact.ts';
import { TextLink } from './TextLink.tsx';

/** The center's phone, email and website as real links (tel:, mailto:, https:). */
export function CenterContacts({ center, withAddress = false }: { center: Center; withAddress?: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className="contacts">
      {withAddress ? (
        <div>
          <dt>{t('list:address')}</dt>
          <dd lang="ko">{center.address}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('list:phone')}</dt>
        <dd>
          <TextLink href={telHref(center.phone)}>{center.phone}</TextLink>
        </dd>
      </div>
      {withAddress ? (
        <div>
          <dt>{t('list:fax')}</dt>
          <dd>{center.fax}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('list:email')}</dt>
        <dd>
          <TextLink href={mailtoHref(center.email)}>{center.email}</TextLink>
        </dd>
      </div>
      <div>
        <dt>{t('list:website')}</dt>
        <dd>
          <TextLink href={websiteHref(center.website)}>{center.website}</TextLink>
        </dd>
      </div>
    </dl>
  );
}
