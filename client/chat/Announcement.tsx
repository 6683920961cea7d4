import { useTranslation } from 'react-i18next';
import { useChat } from './chatStore.ts';

/** The latest staff announcement, pinned above the messages until dismissed. */
export function Announcement() {
  const { t } = useTranslation('chat');
  const a = useChat((s) => s.announcement);
  if (!a) return null;
  return (
    <div className="chat-announce">
      <p className="chat-announce__text">
        <strong className="chat-announce__label">{t('announceLabel')}</strong> {a.text}
      </p>
      <button type="button" className="chat-announce__close" aria-label={t('announceClose')} onClick={() => useChat.getState().dismissAnnouncement()}>
        ×
      </button>
    </div>
  );
}
