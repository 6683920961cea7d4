import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatScope } from '../../shared/chat/rules.ts';
import { ChatLineItem } from './ChatLineItem.tsx';
import { useChat, type ShownLine } from './chatStore.ts';

export interface MessageListProps {
  scope: ChatScope;
  mySessionId: string | null;
  id: string;
  label: string;
  /** Per-line extra controls from the host (staff delete). */
  lineActions?: (line: ShownLine) => ReactNode;
}

/** Within this many pixels of the bottom the list follows new lines; further up, the reader stays put. */
const STICK_PX = 48;

/**
 * The lines of one scope as a polite live region (role=log): new lines are read out without
 * interrupting, and the host remounts it per scope so switching tabs does not read the backlog.
 * Focusable, because it scrolls and keyboard users must reach what is above.
 */
export function MessageList({ scope, mySessionId, id, label, lineActions }: MessageListProps) {
  const { t } = useTranslation('chat');
  const lines = useChat((s) => s.lines[scope]);
  const box = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = box.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lines]);

  return (
    <div
      ref={box}
      id={id}
      className="chat-log"
      role="log"
      aria-live="polite"
      aria-relevant="additions text"
      aria-label={label}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_PX;
      }}
    >
      {lines.length === 0 ? (
        <p className="chat-log__empty">{t('empty')}</p>
      ) : (
        <ul className="chat-log__list">
          {lines.map((line) => (
            <ChatLineItem key={line.id} line={line} mine={mySessionId !== null && line.senderId === mySessionId} actions={lineActions?.(line)} />
          ))}
        </ul>
      )}
    </div>
  );
}
