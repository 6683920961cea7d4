import './i18n.ts';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { BannedWordSchema } from '../../../shared/api/moderation.ts';
import { AdminPage } from '../AdminPage.tsx';
import { addWord, loadWords, removeWord, type Loaded } from './moderationApi.ts';
import { LoadState } from './LoadState.tsx';
import { useCsrf } from './useCsrf.ts';

type Words = { words: { word: string; addedBy: string; addedAt: number }[] };

/** /admin/words: the words masked in chat. Staff read them; admins add and remove (every shard follows within seconds). */
export function WordsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const id = useId();
  const csrf = useCsrf();
  const admin = me.role === 'admin';
  const [list, setList] = useState<Loaded<Words> | null>(null);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  const refresh = useCallback(() => loadWords().then(setList), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const word = BannedWordSchema.safeParse(draft);
    if (!word.success) return;
    const ok = await addWord(word.data, csrf);
    setNote(ok ? t('moderation:wordAdded') : t('moderation:actionFailed'));
    if (ok) setDraft('');
    await refresh();
  };
  const remove = async (word: string) => {
    setNote((await removeWord(word, csrf)) ? t('moderation:wordRemoved') : t('moderation:actionFailed'));
    await refresh();
  };

  return (
    <AdminPage account={me} title={t('moderation:navWords')}>
      <p>{t('moderation:wordsIntro')}</p>
      {admin ? (
        <form onSubmit={(e) => void add(e)}>
          <label htmlFor={id}>{t('moderation:newWord')}</label>{' '}
          <input id={id} type="text" maxLength={40} required value={draft} onChange={(e) => setDraft(e.target.value)} />{' '}
          <button type="submit" className="button button--primary">
            {t('moderation:addWord')}
          </button>
        </form>
      ) : (
        <p className="notice">{t('moderation:wordsAdminOnly')}</p>
      )}
      <p role="status">{note}</p>
      <LoadState list={list} />
      {list?.ok ? (
        <table>
          <caption>{t('moderation:wordsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation:colWord')}</th>
              <th scope="col">{t('moderation:colAddedBy')}</th>
              {admin ? <th scope="col">{t('moderation:colAction')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.data.words.map((w) => (
              <tr key={w.word}>
                <th scope="row">{w.word}</th>
                <td>{w.addedBy === 'seed' ? t('moderation:seed') : w.addedBy}</td>
                {admin ? (
                  <td>
                    <button type="button" className="button" onClick={() => void remove(w.word)}>
                      {t('moderation:removeWord', { word: w.word })}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </AdminPage>
  );
}
