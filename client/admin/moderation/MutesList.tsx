import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mute } from '../../../shared/api/moderation.ts';
import { useLang } from '../../i18n/index.ts';
import { act, loadMutes, type Loaded } from './moderationApi.ts';
import { LoadState } from './LoadState.tsx';
import { when } from './when.ts';

/** The mutes holding now (kept like bans: every shard and process, across restarts), each liftable. */
export function MutesList({ csrf }: { csrf: string | null }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const heading = useId();
  const [list, setList] = useState<Loaded<{ mutes: Mute[] }> | null>(null);
  const [note, setNote] = useState('');
  const refresh = useCallback(() => loadMutes().then(setList), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const lift = async (guestId: string) => {
    setNote((await act({ action: 'unmute', guestId }, csrf)) ? t('moderation:unmuted') : t('moderation:actionFailed'));
    await refresh();
  };

  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t('moderation:mutesTitle')}</h2>
      <p>{t('moderation:mutesIntro')}</p>
      <p role="status">{note}</p>
      <LoadState list={list} />
      {list?.ok && list.data.mutes.length === 0 ? <p className="notice">{t('moderation:mutesEmpty')}</p> : null}
      {list?.ok && list.data.mutes.length > 0 ? (
        <table data-testid="mutes">
          <caption>{t('moderation:mutesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation:colWho')}</th>
              <th scope="col">{t('moderation:colMutedUntil')}</th>
              <th scope="col">{t('moderation:colBy')}</th>
              <th scope="col">{t('moderation:colAction')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.mutes.map((m) => (
              <tr key={m.guestId}>
                <th scope="row">{m.guestId}</th>
                <td>{when(m.until, lang)}</td>
                <td>
                  {m.by}
                  {m.at > 0 ? ` · ${when(m.at, lang)}` : ''}
                </td>
                <td>
                  <button type="button" className="button" onClick={() => void lift(m.guestId)}>
                    {t('moderation:unmute')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
