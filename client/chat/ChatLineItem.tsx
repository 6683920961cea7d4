import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/index.ts';
import type { ShownLine } from './chatStore.ts';
import { ReportMenu } from './ReportMenu.tsx';

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function formatTime(at: number, lang: string): string {
  let f = timeFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
    timeFormats.set(lang, f);
  }
  return f.format(at);
}

export interface ChatLineItemProps {
  line: ShownLine;
  mine: boolean;
  /** Extra controls for this line (the staff delete button), from the host view. */
  actions?: ReactNode;
}

/**
 * One chat line: name (with a staff badge the server sets, so a lookalike nickname cannot fake
 * it), time, text. Everything is a text node: chat is never markup.
 */
export function ChatLineItem({ line, mine, actions }: ChatLineItemProps) {
  const { t } = useTranslation('chat');
  const { lang } = useLang();
  const time = formatTime(line.at, lang);
  const cls = ['chat-line', mine ? 'chat-line--mine' : '', line.staff ? 'chat-line--staff' : '', line.deleted ? 'chat-line--deleted' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={cls} data-line-id={line.id} data-scope={line.scope}>
      <div className="chat-line__meta">
        <span className="chat-line__name">{line.nickname}</span>
        {line.staff ? <span className="chat-line__badge">{t('staffBadge')}</span> : null}
        {mine ? <span className="chat-line__you">({t('you')})</span> : null}
        <time className="chat-line__time" dateTime={new Date(line.at).toISOString()}>
          {time}
        </time>
      </div>
      <p className="chat-line__text">{line.deleted ? t('deleted') : line.text}</p>
      {/* After the text, so a screen reader hears who and what before the buttons. */}
      {line.deleted || (mine && !actions) ? null : (
        <div className="chat-line__actions">
          {mine ? null : <ReportMenu messageId={line.id} nickname={line.nickname} />}
          {actions}
        </div>
      )}
    </li>
  );
}
