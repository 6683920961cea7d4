import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTICE_MAX_CODE_POINTS } from '../../shared/chat/notice.ts';
import { useSessionRole } from '../net/sessionRole.ts';
import { sendNotice } from './chatBinding.ts';
import { useChat } from './chatStore.ts';

/**
 * Above the booth chat: the booth's pinned notice and its hearts, both the same in every shard (the
 * room sends them on arrival and as they change). The count is not a live region: hearts can stream
 * at 4 updates a second, which a screen reader would read out over the conversation; a new notice is.
 */
export function BoothPinned({ boothId }: { boothId: string }) {
  const { t } = useTranslation('chat');
  const notice = useChat((s) => s.boothNotices[boothId]);
  const hearts = useChat((s) => s.boothHearts[boothId] ?? 0);
  const staff = useSessionRole((s) => s.role === 'staff');
  // A member of this booth (from /api/session, as their join token says), on any page.
  const host = useSessionRole((s) => s.hostOf.includes(boothId));
  return (
    <div className="booth-pinned">
      <div role="status" className="booth-pinned__notice-slot">
        {notice ? (
          <p className="booth-pinned__notice">
            <strong className="booth-pinned__label">{t('boothNoticeLabel')}</strong> {notice.text}
          </p>
        ) : null}
      </div>
      <p className="booth-pinned__hearts" data-count={hearts}>
        <span aria-hidden="true">♥ </span>
        {t('boothHearts', { count: hearts })}
      </p>
      {staff || host ? <NoticeForm boothId={boothId} pinned={notice !== undefined} /> : null}
    </div>
  );
}

/** Staff or the booth's host pin or clear its notice (the room checks again: it refuses anyone else). */
function NoticeForm({ boothId, pinned }: { boothId: string; pinned: boolean }) {
  const { t } = useTranslation('chat');
  const [text, setText] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() && sendNotice(boothId, text)) setText('');
  };
  return (
    <form className="booth-pinned__form" onSubmit={submit}>
      <label className="booth-pinned__field">
        <span>{t('noticeInputLabel')}</span>
        <input value={text} maxLength={NOTICE_MAX_CODE_POINTS} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" className="btn-pill">
        {t('noticePin')}
      </button>
      {pinned ? (
        <button type="button" className="btn-pill" onClick={() => sendNotice(boothId, null)}>
          {t('noticeClear')}
        </button>
      ) : null}
    </form>
  );
}
