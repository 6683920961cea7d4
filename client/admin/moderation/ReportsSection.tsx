import './i18n.ts';
import './moderation.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/api/account.ts';
import { REPORTS_POLL_MS, type Report, type StaffAction } from '../../../shared/api/moderation.ts';
import { useLang } from '../../i18n/index.ts';
import { AdminPage } from '../AdminPage.tsx';
import { GuestActions } from './GuestActions.tsx';
import { act, closeReport, loadReports, type Loaded } from './moderationApi.ts';
import { LoadState } from './LoadState.tsx';
import { useCsrf } from './useCsrf.ts';
import { when } from './when.ts';

/**
 * /admin/reports: every visitor's report of the fair, whichever shard or server it came from, newest
 * first, each with the lines said before it. Read again every few seconds, so new ones appear
 * without a reload. Visitors' words are shown as text.
 */
export function ReportsSection({ me }: { me: Account }) {
  const { t } = useTranslation();
  const csrf = useCsrf();
  const [which, setWhich] = useState<'open' | 'closed'>('open');
  const [list, setList] = useState<Loaded<{ reports: Report[] }> | null>(null);
  const [note, setNote] = useState('');

  const refresh = useCallback(() => loadReports(which).then(setList), [which]);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REPORTS_POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const run = async (done: string, p: Promise<boolean>) => {
    setNote(await p ? done : t('moderation:actionFailed'));
    await refresh();
  };
  const onAct = (a: StaffAction) => void run(t(`moderation:done_${a.action}`), act(a, csrf));

  return (
    <AdminPage account={me} title={t('moderation:navReports')}>
      <p>{t('moderation:reportsIntro')}</p>
      <div className="segmented" role="group" aria-label={t('moderation:navReports')}>
        {(['open', 'closed'] as const).map((w) => (
          <button key={w} type="button" className="button" aria-pressed={which === w} onClick={() => setWhich(w)}>
            {t(w === 'open' ? 'moderation:showOpen' : 'moderation:showClosed')}
          </button>
        ))}
      </div>
      <p role="status">{note}</p>
      <LoadState list={list} />
      {list?.ok && list.data.reports.length === 0 ? <p className="notice">{t('moderation:reportsEmpty')}</p> : null}
      {list?.ok ? (
        <ul className="cards">
          {list.data.reports.map((r) => (
            <ReportCard
              key={r.id}
              report={r}
              onAct={onAct}
              onClose={(status) => void run(t('moderation:done_close'), closeReport(r.id, status, csrf))}
            />
          ))}
        </ul>
      ) : null}
    </AdminPage>
  );
}

function ReportCard({ report: r, onAct, onClose }: { report: Report; onAct(a: StaffAction): void; onClose(status: 'resolved' | 'dismissed'): void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const titleId = `report-${r.id}`;
  return (
    <li className="card report" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('moderation:reportTitle', { shard: r.shard, at: when(r.at, lang), reason: t(`moderation:reason_${r.reason}`) })}
      </h2>
      <p>{t('moderation:reportBy', { name: r.reporterNickname })}</p>
      <p>{t('moderation:offender', { name: r.offenderNickname })}</p>
      <ol className="report__lines" aria-label={t('moderation:contextLabel')}>
        {r.lines.map((l) => (
          <li key={l.id} className={l.reported ? 'report__line report__line--reported' : 'report__line'}>
            {l.reported ? <strong className="report__mark">{t('moderation:reportedMark')}: </strong> : null}
            <span className="report__nick">{l.nickname}</span> <span className="report__text">{l.text}</span>
          </li>
        ))}
      </ol>
      {r.status === 'open' ? (
        <>
          <GuestActions guestId={r.offenderGuestId} name={r.offenderNickname} messageId={r.messageId} reportId={r.id} onAct={onAct} />
          <div className="report__close">
            <button type="button" className="button" onClick={() => onClose('resolved')}>
              {t('moderation:resolve')}
            </button>
            <button type="button" className="button" onClick={() => onClose('dismissed')}>
              {t('moderation:dismiss')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('moderation:closedBy', { status: t(`moderation:status_${r.status}`), name: r.closedBy ?? '', at: r.closedAt ? when(r.closedAt, lang) : '' })}</p>
      )}
    </li>
  );
}
