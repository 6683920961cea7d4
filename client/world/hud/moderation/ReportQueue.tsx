import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sendModerate } from '../../../chat/chatBinding.ts';
import { useChat } from '../../../chat/chatStore.ts';
import { useWorld } from '../../state/context.ts';

/**
 * Reports from visitors, newest first (the room sends them to staff only): the reported line, who
 * reported it and why, and the usual answers — delete the line, mute its author for 15 minutes —
 * then "done" clears it from this queue (the server keeps its own log).
 */
export function ReportQueue() {
  const { t } = useTranslation('chat');
  const { store } = useWorld();
  const reports = useChat((s) => s.reports);
  const headingId = useId();
  const announce = (name: string, action: string) => store.getState().announce(t('modDone', { name, action }));

  return (
    <section className="mod-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="mod-section__title">
        {t('modReports', { count: reports.length })}
      </h3>
      {reports.length === 0 ? <p className="mod-empty">{t('modNoReports')}</p> : null}
      <ul className="mod-list">
        {reports.map((r) => (
          <li key={r.id} className="mod-report" data-report-id={r.id}>
            <p className="mod-report__by">{t('modReportedBy', { name: r.reporter.nickname || '?', reason: t(`reason_${r.reason}`) })}</p>
            <blockquote className="mod-report__line">
              <strong>{r.line.nickname}</strong> {r.line.text}
            </blockquote>
            <div className="mod-actions">
              <button
                type="button"
                className="btn-pill mod-button mod-button--danger"
                onClick={() => sendModerate({ action: 'delete', messageId: r.line.id }) && announce(r.line.nickname, t('modDelete'))}
              >
                {t('modDelete')}
              </button>
              <button
                type="button"
                className="btn-pill mod-button"
                onClick={() => sendModerate({ action: 'mute', targetSessionId: r.line.senderId, minutes: 15 }) && announce(r.line.nickname, t('modMute', { minutes: 15 }))}
              >
                {t('modMute', { minutes: 15 })}
              </button>
              <button type="button" className="btn-pill mod-button" onClick={() => useChat.getState().dismissReport(r.id)}>
                {t('modDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
