import './i18n.ts';
import './moderation.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import type { Ban } from '../../../shared/api/moderation.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage } from '../AdminPage.tsx';
import { liftBan, loadBans, type Loaded } from './moderationApi.ts';
import { LoadState } from './LoadState.tsx';
import { MutesList } from './MutesList.tsx';
import { useCsrf } from './useCsrf.ts';
import { when } from './when.ts';

/** /admin/bans: who is banned (a guest or an address), until when, why and by whom; lift a ban. Then the mutes. */
export function BansSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const csrf = useCsrf();
  const [list, setList] = useState<Loaded<{ bans: Ban[] }> | null>(null);
  const [note, setNote] = useState('');
  const refresh = useCallback(() => loadBans().then(setList), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const lift = async (key: string) => {
    setNote((await liftBan(key, csrf)) ? t('moderation:unbanned') : t('moderation:actionFailed'));
    await refresh();
  };

  return (
    <AdminPage account={me} title={t('moderation:navBans')}>
      <p>{t('moderation:bansIntro')}</p>
      <p role="status">{note}</p>
      <LoadState list={list} />
      {list?.ok && list.data.bans.length === 0 ? <p className="notice">{t('moderation:bansEmpty')}</p> : null}
      {list?.ok && list.data.bans.length > 0 ? (
        <table>
          <caption>{t('moderation:bansCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation:colWho')}</th>
              <th scope="col">{t('moderation:colUntil')}</th>
              <th scope="col">{t('moderation:colReason')}</th>
              <th scope="col">{t('moderation:colBy')}</th>
              <th scope="col">{t('moderation:colAction')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.bans.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.guestId ?? b.address}</th>
                <td>{b.until === null ? t('moderation:permanent') : when(b.until, lang)}</td>
                <td>{b.reason}</td>
                <td>
                  {b.by} · {when(b.at, lang)}
                </td>
                <td>
                  <button type="button" className="button" onClick={() => void lift(b.key)}>
                    {t('moderation:unban')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <MutesList csrf={csrf} />
    </AdminPage>
  );
}
