/**
 * /studio, where enterprise members keep their booths (made for a phone): a lazy chunk of its own
 * behind the sign-in gate. "My booths" lists the account's booths; /studio/booths/:id is the booth
 * editor's place, which later work fills.
 */
import '../account/i18n.ts';
import './i18n.ts';
import '../account/account.css';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams } from 'react-router';
import { isStaff, type Account } from '../../shared/api/account.ts';
import { boothName } from '../account/boothName.ts';
import { RequireAccount } from '../account/Gate.tsx';
import { PrivatePage } from '../account/PrivatePage.tsx';
import { useCatalogue } from '../data/catalogue.ts';
import { useLang } from '../i18n/index.ts';
import { boothHref } from '../ui/boothHref.ts';
import { MyBooths } from './MyBooths.tsx';

/** /studio/booths/:id until the editor arrives: which booth, and that editing is not there yet. */
function BoothEditorPlace({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { id = '' } = useParams();
  const venue = useCatalogue();
  const name = boothName(venue.status === 'ready' ? venue.catalogue : null, id, lang);
  const allowed = isStaff(me.role) || me.boothIds.includes(id);
  return (
    <PrivatePage title={`${name} · ${t('studio:editorTitle')}`} account={me}>
      <p>
        <Link to="/studio">{t('studio:back')}</Link>
      </p>
      <h1>{name}</h1>
      {allowed ? (
        <>
          <p className="notice">{t('studio:editorNotYet')}</p>
          <ul className="inline-links">
            <li>
              <Link to={boothHref(id, 'world')}>{t('studio:viewInWorld')}</Link>
            </li>
            <li>
              <Link to={boothHref(id, 'list')}>{t('studio:viewInList')}</Link>
            </li>
          </ul>
        </>
      ) : (
        <p className="notice">{t('studio:notMember')}</p>
      )}
    </PrivatePage>
  );
}

export default function StudioApp() {
  const { t } = useTranslation();
  return (
    <RequireAccount title={t('studio:title')}>
      {(me) => (
        <Routes>
          <Route path="booths/:id" element={<BoothEditorPlace me={me} />} />
          <Route path="*" element={<MyBooths me={me} />} />
        </Routes>
      )}
    </RequireAccount>
  );
}
