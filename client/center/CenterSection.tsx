import { useTranslation } from 'react-i18next';
import type { Center } from '../../shared/schemas/center.ts';
import { useLang } from '../i18n/index.ts';
import { InquiryActions } from '../inquiry/InquiryActions.tsx';
import { CenterContacts } from '../ui/CenterContacts.tsx';
import { formatIsoDate } from '../ui/yearRange.ts';

/** The center's facts as printed (Korean), with contacts as real links. */
export function CenterSection({ center }: { center: Center }) {
  const { t } = useTranslation();
  const { l } = useLang();
  return (
    <section className="card" aria-labelledby="center-title">
      <h2 id="center-title">
        {t('list:centerTitle')}: {l(center.name)}
      </h2>
      <p className="slogan" lang="ko">
        {center.slogan}
      </p>
      <div lang="ko">
        {center.intro.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <dl className="facts">
        <div>
          <dt>{t('list:foundedOn')}</dt>
          <dd>
            <time dateTime={center.foundedOn}>{formatIsoDate(center.foundedOn, t)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('list:legalBasis')}</dt>
          <dd lang="ko">{center.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('list:purpose')}</dt>
          <dd lang="ko">{center.purpose}</dd>
        </div>
        <div>
          <dt>{t('list:staff')}</dt>
          <dd lang="ko">{center.staff.text}</dd>
        </div>
      </dl>
      <h3>{t('list:contactsTitle')}</h3>
      <CenterContacts center={center} withAddress />
      <InquiryActions center={center} sos headingLevel={3} />
    </section>
  );
}
