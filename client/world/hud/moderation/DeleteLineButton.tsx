import { useTranslation } from 'react-i18next';
import { sendModerate } from '../../../chat/chatBinding.ts';
import type { ShownLine } from '../../../chat/chatStore.ts';

/** Staff only: remove a line for everyone (the room broadcasts `chatDeleted`). */
export function DeleteLineButton({ line }: { line: ShownLine }) {
  const { t } = useTranslation('chat');
  return (
    <button
      type="button"
      className="chat-line__action chat-line__action--delete"
      aria-label={t('modDeleteLabel', { name: line.nickname })}
      title={t('modDelete')}
      onClick={() => sendModerate({ action: 'delete', messageId: line.id })}
    >
      {t('modDeleteShort')}
    </button>
  );
}
