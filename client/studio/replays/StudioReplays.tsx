/**
 * 다시보기 on a booth's studio page: the booth's replays with their date and length, each with a
 * delete that asks once more inline (a deleted replay, its video and its tags, cannot come back).
 */
import '../../replays/i18n.ts';
import '../../replays/replays.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplayView } from '../../../shared/api/replays.ts';
import { clockOf } from '../../../shared/replays/tags.ts';
import { useLang } from '../../i18n/index.ts';
import { replayDate } from '../../replays/replayDate.ts';
import { fetchReplays, removeReplay, type RemoveProblem } from '../../replays/replaysApi.ts';
import { sessionCsrf } from '../editor/studioApi.ts';

export function StudioReplays({ boothId }: { boothId: string }) {
  const { t } = useTranslation('replays');
  const { lang } = useLang();
  const headingId = useId();
  const [replays, setReplays] = useState<ReplayView[] | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<'removed' | RemoveProblem | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    void fetchReplays(boothId, abort.signal).then((r) => !abort.signal.aborted && setReplays(r));
    return () => abort.abort();
  }, [boothId]);

  const remove = async (id: string): Promise<void> => {
    const r = await removeReplay(boothId, id, await sessionCsrf());
    setAsking(null);
    // Already gone is gone: the list drops it either way.
    if (r.ok || r.problem === 'not_found') setReplays((list) => (list ?? []).filter((x) => x.id !== id));
    setOutcome(r.ok ? 'removed' : r.problem);
  };

  return (
    <section className="replays" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('title')}</h2>
      <p className="hint">{t('studioHint')}</p>
      <p role="status">{outcome === 'removed' ? t('removed') : null}</p>
      {outcome && outcome !== 'removed' ? (
        <p role="alert" className="field-error">
          {t(`error_${outcome}`)}
        </p>
      ) : null}
      {replays?.length === 0 ? <p>{t('studioEmpty')}</p> : null}
      <ul className="replays__list">
        {(replays ?? []).map((r) => {
          const date = replayDate(r.startedAt, lang);
          return (
            <li key={r.id} className="replay">
              <p className="replay__meta">
                <time dateTime={r.startedAt}>{date}</time> · {t('length', { length: clockOf(r.durationMs) })}
              </p>
              {asking === r.id ? (
                <div className="replay__confirm" role="group" aria-label={t('confirmRemove', { date })}>
                  <p>{t('confirmRemove', { date })}</p>
                  <button type="button" className="button button--danger" onClick={() => void remove(r.id)}>
                    {t('confirm')}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => setAsking(null)}>
                    {t('cancel')}
                  </button>
                </div>
              ) : (
                <button type="button" className="button" onClick={() => setAsking(r.id)}>
                  {t('remove', { date })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
