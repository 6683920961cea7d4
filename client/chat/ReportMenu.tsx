import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_REASONS } from '../../shared/protocol/clientMessages.ts';
import { sendReport } from './chatBinding.ts';
import { showNotice } from './chatStore.ts';

/**
 * The report button of one line: a disclosure with the reasons as buttons (no menu role: plain
 * buttons read and tab the same everywhere). Esc or Cancel closes it and returns focus.
 */
export function ReportMenu({ messageId, nickname }: { messageId: string; nickname: string }) {
  const { t } = useTranslation('chat');
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const groupId = useId();

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="chat-report">
      <button
        ref={toggle}
        type="button"
        className="chat-line__action"
        aria-expanded={open}
        aria-controls={open ? groupId : undefined}
        aria-label={t('reportLabel', { name: nickname })}
        title={t('report')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('report')}
      </button>
      {open ? (
        <div
          id={groupId}
          className="chat-report__reasons"
          role="group"
          aria-label={t('reportPrompt')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <p className="chat-report__prompt" aria-hidden="true">
            {t('reportPrompt')}
          </p>
          {REPORT_REASONS.map((reason, i) => (
            <button
              key={reason}
              ref={i === 0 ? first : undefined}
              type="button"
              className="chat-report__reason"
              onClick={() => {
                if (sendReport(messageId, reason)) showNotice('report', 'sent');
                close();
              }}
            >
              {t(`reason_${reason}`)}
            </button>
          ))}
          <button type="button" className="chat-report__reason chat-report__cancel" onClick={close}>
            {t('reportCancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
